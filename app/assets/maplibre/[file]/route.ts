import { readFile } from "node:fs/promises";
import path from "node:path";

// MapLibre's worker, from our own origin: it finds its worker only when loaded over
// http(s), the CSP allows workers from 'self' only, and nothing may come from a CDN.
const FILES: Record<string, string> = { "maplibre-gl-worker.mjs": "text/javascript; charset=utf-8" };
// The server runs from the project directory (next start), where npm put the package.
const dist = path.join(process.cwd(), "node_modules", "maplibre-gl", "dist");

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const type = FILES[file];
  if (!type) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const body = await readFile(path.join(dist, file));
  return new Response(body, {
    headers: { "content-type": type, "cache-control": "public, max-age=86400" },
  });
}
