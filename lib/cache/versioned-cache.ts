// A read cache for published data. Entries belong to one data version; when the version
// moves on, the old entries are dropped at once. Bounded, so a crawler walking every
// code cannot grow it without limit.

export interface VersionedCache<Key, Value> {
  /** A version is the data version, or a word that combines it with another (initiatives change between imports). */
  get(version: number | string, key: Key, load: () => Promise<Value>): Promise<Value>;
}

export function createVersionedCache<Key, Value>(maxEntries = 1000): VersionedCache<Key, Value> {
  let currentVersion: number | string = -1;
  let entries = new Map<Key, Promise<Value>>();
  return {
    get(version, key, load) {
      if (version !== currentVersion) {
        currentVersion = version;
        entries = new Map();
      }
      const hit = entries.get(key);
      if (hit) return hit;
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as Key);
      const loading = load().catch((error: unknown) => {
        entries.delete(key);
        throw error;
      });
      entries.set(key, loading);
      return loading;
    },
  };
}
