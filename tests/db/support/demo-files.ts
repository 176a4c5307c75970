import fs from "node:fs";
import path from "node:path";
import { DEMO_FILES, demoDataDir } from "@/lib/demo/demo-data.ts";
import { importSource } from "@/lib/import/import-source.ts";

export const MAASHORST = { gemeenteCode: "GM1991", gemeenteName: "Maashorst" };

export function demoSource(file: keyof typeof DEMO_FILES | string) {
  const name = file in DEMO_FILES ? DEMO_FILES[file as keyof typeof DEMO_FILES] : file;
  const full = path.join(demoDataDir(), name);
  return importSource(full, fs.readFileSync(full, "utf8"));
}
