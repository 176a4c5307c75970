import "server-only";
import { cache } from "react";
import { createVersionedCache } from "../cache/versioned-cache.ts";
import { getMunicipalityConfig } from "../config/load-municipality-config.ts";
import { getPrisma } from "../db/get-prisma.ts";
import { getInitiativesVersion } from "../initiatives/get-initiatives-version.ts";
import { type PublicInitiativeView, readPublicInitiatives } from "../initiatives/read-public-initiatives.ts";
import { requestDataVersion } from "./request-data-version.ts";

// Initiatives change between imports (moderation publishes them one by one), so their
// pages are cached per data version *and* initiatives version. One list serves the list
// page, each initiative's page and card, and every buurt page.
const listCache = createVersionedCache<string, PublicInitiativeView[]>(1);

/** The initiatives version, asked once per request. */
export const requestInitiativesVersion = cache(async () => getInitiativesVersion(await getPrisma()));

/** Both versions in one word: what the initiatives' pages and cards depend on. */
export async function requestPublicInitiativesVersion(): Promise<string> {
  const [data, initiatives] = await Promise.all([requestDataVersion(), requestInitiativesVersion()]);
  return `${data}-${initiatives}`;
}

/** Every published initiative with its buurt's and wijk's names. */
export async function loadPublicInitiatives(): Promise<PublicInitiativeView[]> {
  const config = getMunicipalityConfig();
  const [prisma, version] = await Promise.all([getPrisma(), requestPublicInitiativesVersion()]);
  return listCache.get(version, "all", () => readPublicInitiatives(prisma, { gemeenteCode: config.gemeenteCode, areaYear: config.areaYear }));
}

/** One published initiative, or null (unknown, or not public). */
export async function loadPublicInitiative(id: number): Promise<PublicInitiativeView | null> {
  return (await loadPublicInitiatives()).find((initiative) => initiative.id === id) ?? null;
}

/** The published initiatives of one buurt, newest publication first. */
export async function loadBuurtInitiatives(buurtCode: string): Promise<PublicInitiativeView[]> {
  return (await loadPublicInitiatives()).filter((initiative) => initiative.buurtCode === buurtCode);
}
