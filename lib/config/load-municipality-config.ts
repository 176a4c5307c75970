import fs from "node:fs";
import path from "node:path";
import { type MunicipalityConfig, MunicipalityConfigError, parseMunicipalityConfig } from "./municipality-config.ts";

export const DEFAULT_CONFIG_FILE = "municipality.config.json";

/** The file named by BUURTBEELD_CONFIG, else municipality.config.json in the project root. */
export function municipalityConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(/* turbopackIgnore: true */ env.BUURTBEELD_CONFIG?.trim() || DEFAULT_CONFIG_FILE);
}

export function loadMunicipalityConfig(file = municipalityConfigPath()): MunicipalityConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new MunicipalityConfigError(file, [`cannot read the file (${(error as NodeJS.ErrnoException).code})`]);
  }
  return parseMunicipalityConfig(text, file);
}

const CACHE_KEY = Symbol.for("buurtbeeld.municipalityConfig");
type ConfigGlobal = typeof globalThis & { [CACHE_KEY]?: MunicipalityConfig };

/** Read once per process: the server validates it at start, pages reuse it. */
export function getMunicipalityConfig(): MunicipalityConfig {
  const store = globalThis as ConfigGlobal;
  store[CACHE_KEY] ??= loadMunicipalityConfig();
  return store[CACHE_KEY];
}
