import fs from "node:fs/promises";
import path from "node:path";
import { onCleanUp } from "./cleanup.ts";
import { DIST_DIR } from "./portal.ts";

// The baseline for the interactive map: MapLibre alone, drawing the portal's own GeoJSON.
// next start serves whatever is in <distDir>/static at /_next/static/ (it lists the folder
// when it starts), so putting the page there has the same server, origin, compression and
// worker route serve it, without the app gaining a test-only page. The files live only in
// the bench's build directory and are removed when the bench ends.

const FOLDER = "bench-bare-map";
export const BARE_MAP_PATH = `/_next/static/${FOLDER}/index.html`;

// The portal's interactive map with everything of ours taken away: an empty style, one
// GeoJSON source, one fill layer, fitted to the data, the same worker URL as the portal.
// Like the portal's switch, a button loads MapLibre (a dynamic import) and draws the map,
// so both are timed from a click on a page that has finished loading.
// Query: data (the GeoJSON URL), w and h (the portal's map size in CSS pixels).
const HTML = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bare MapLibre</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="maplibre-gl.css">
<style>html, body { margin: 0 }</style>
</head>
<body>
<button id="show" type="button">Interactieve kaart</button>
<div id="map"></div>
<script type="module">
const query = new URLSearchParams(location.search);
const container = document.getElementById("map");
container.style.width = query.get("w") + "px";
container.style.height = query.get("h") + "px";
document.getElementById("show").addEventListener("click", async () => {
  document.body.dataset.clickAt = String(performance.now());
  const maplibregl = await import("./maplibre-gl.js");
  maplibregl.setWorkerUrl("/assets/maplibre/maplibre-gl-worker.mjs");
  const map = new maplibregl.Map({
    container,
    style: { version: 8, sources: {}, layers: [{ id: "background", type: "background", paint: { "background-color": "#ffffff" } }] },
  });
  map.on("load", async () => {
    const response = await fetch(query.get("data"));
    if (!response.ok) { document.body.dataset.state = "failed"; return; }
    const data = await response.json();
    map.addSource("areas", { type: "geojson", data });
    map.addLayer({ id: "fill", type: "fill", source: "areas", paint: { "fill-color": "#3b7ab5" } });
    const bounds = new maplibregl.LngLatBounds();
    for (const { geometry } of data.features) {
      const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
      for (const polygon of polygons) for (const point of polygon[0] ?? []) bounds.extend(point);
    }
    map.fitBounds(bounds, { padding: 16, animate: false });
    map.once("idle", () => {
      document.body.dataset.readyAt = String(performance.now());
      document.body.dataset.state = "ready";
    });
  });
}, { once: true });
document.body.dataset.state = "waiting";
</script>
</body>
</html>
`;

/** Puts the bare page and MapLibre's own files into the build; call before next start. */
export async function installBareMap(): Promise<void> {
  const dir = path.join(DIST_DIR, "static", FOLDER);
  onCleanUp(() => fs.rm(dir, { recursive: true, force: true }));
  await fs.rm(dir, { recursive: true, force: true });
  await fs.mkdir(dir, { recursive: true });
  const dist = path.join("node_modules", "maplibre-gl", "dist");
  // .js rather than .mjs: served as JavaScript whatever MIME table the server has, and
  // with nosniff a module script of any other type would be refused.
  await fs.copyFile(path.join(dist, "maplibre-gl.mjs"), path.join(dir, "maplibre-gl.js"));
  await fs.copyFile(path.join(dist, "maplibre-gl.css"), path.join(dir, "maplibre-gl.css"));
  await fs.writeFile(path.join(dir, "index.html"), HTML);
}
