import fs from "node:fs/promises";
import path from "node:path";
import { DIST_DIR } from "./portal.ts";

// MapLibre's DOM and CSS class prefix. The library's own JS chunk and its stylesheet both
// contain it, and nothing of ours does (our classes are buurtbeeld-*), so it finds the map
// chunks of any build without knowing Turbopack's hashed file names in advance.
const SIGNATURE = "maplibregl-";

export interface MapChunk {
  /** The URL path the browser requests, /_next/static/chunks/… */
  urlPath: string;
  bytes: number;
}

/** The build's chunks that carry MapLibre code or styles. */
export async function findMapChunks(): Promise<MapChunk[]> {
  const dir = path.join(DIST_DIR, "static", "chunks");
  const found: MapChunk[] = [];
  for (const entry of await fs.readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(js|css)$/.test(entry.name)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const content = await fs.readFile(file);
    if (content.includes(SIGNATURE)) {
      found.push({ urlPath: `/_next/static/chunks/${path.relative(dir, file).split(path.sep).join("/")}`, bytes: content.byteLength });
    }
  }
  return found;
}

/** URLs among `urls` that are map code: a MapLibre chunk, or anything named maplibre (the worker). */
export function mapCodeIn(urls: string[], chunks: MapChunk[]): string[] {
  const chunkPaths = new Set(chunks.map((chunk) => chunk.urlPath));
  return urls.filter((url) => chunkPaths.has(new URL(url).pathname) || /maplibre/i.test(url));
}
