// How many submissions one server instance works on at once. Beyond that a request waits
// outside (the proxy answers 429 with Retry-After) rather than piling up database
// connections until everything times out.

export interface ConcurrencyGate {
  /** A function that leaves the gate, or null when it is full. */
  tryEnter(): (() => void) | null;
  isFull(): boolean;
  inFlight(): number;
}

export function createConcurrencyGate(max: number): ConcurrencyGate {
  let inFlight = 0;
  return {
    tryEnter() {
      if (inFlight >= max) return null;
      inFlight++;
      let left = false;
      return () => {
        if (left) return;
        left = true;
        inFlight--;
      };
    },
    isFull: () => inFlight >= max,
    inFlight: () => inFlight,
  };
}

// On globalThis: the proxy and the Server Action are separate bundles in one process and
// must see the same count.
const KEY = Symbol.for("buurtbeeld.submissionGate");
type GateGlobal = typeof globalThis & { [KEY]?: ConcurrencyGate };

export function sharedConcurrencyGate(max: number): ConcurrencyGate {
  const store = globalThis as GateGlobal;
  store[KEY] ??= createConcurrencyGate(max);
  return store[KEY];
}
