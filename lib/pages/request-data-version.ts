import "server-only";
import { cache } from "react";
import { getDataVersion } from "../cache/data-version.ts";
import { getPrisma } from "../db/get-prisma.ts";

/** The data version, asked once per request however many loaders need it. */
export const requestDataVersion = cache(async () => getDataVersion(await getPrisma()));
