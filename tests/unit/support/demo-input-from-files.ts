// The demo generator's input read straight from ../shared/data and the shipped catalogue,
// without a database: real buurten (with their area), real wijk populations (CBS key
// figures 2024). Not a test file itself.
import fs from "node:fs";
import path from "node:path";
import area from "@turf/area";
import { CatalogueSchema } from "@/lib/indicators/catalogue-schema.ts";

const DATA = path.resolve("../shared/data");

interface BuurtFeature {
  properties: { buurtcode: string; buurtnaam: string; wijkcode: string };
  geometry: Parameters<typeof area>[0];
}

export const demoCatalogue = CatalogueSchema.parse(JSON.parse(fs.readFileSync(path.resolve("prisma/seed/indicator-catalogue.json"), "utf8")));

const features = (JSON.parse(fs.readFileSync(path.join(DATA, "buurten_2022_maashorst_wgs84.geojson"), "utf8")) as { features: BuurtFeature[] }).features;
export const demoBuurten = features.map((f) => ({
  code: f.properties.buurtcode,
  name: f.properties.buurtnaam,
  wijkCode: f.properties.wijkcode,
  areaHa: area(f.geometry) / 10_000,
}));

const kwb = fs.readFileSync(path.join(DATA, "kwb_2024_maashorst_gemeente_wijk.csv"), "utf8").trim().split("\n");
const header = kwb[0]!.split(",");
export const demoWijken = kwb
  .slice(1)
  .map((line) => line.split(","))
  .filter((cells) => cells[0]!.startsWith("WK"))
  .map((cells) => ({ code: cells[0]!, name: cells[1]!, population: Number(cells[header.indexOf("AantalInwoners_5")]) }));
