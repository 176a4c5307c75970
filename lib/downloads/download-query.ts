import { z } from "zod";
import { searchParamsRecord } from "../routing/search-params.ts";

// What a download URL may say: ?indicator=…&jaar=…&formaat=csv|geojson, all three, nothing
// else. A file is something people keep and cite, so a mistyped link is refused rather than
// answered with some other file.

export const DOWNLOAD_FORMATS = ["csv", "geojson"] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

const DownloadQuerySchema = z
  .object({
    indicator: z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/).max(64),
    // Digits only: Number() would also take " 2024", "2024.0" or "0x7e8".
    jaar: z.string().regex(/^\d{4}$/).transform(Number).pipe(z.int().min(1900).max(2200)),
    formaat: z.enum(DOWNLOAD_FORMATS),
  })
  .strict();

export type DownloadQuery = z.infer<typeof DownloadQuerySchema>;

/** The parsed query, or null when anything is missing, repeated, unknown or malformed. */
export function parseDownloadQuery(search: URLSearchParams): DownloadQuery | null {
  const parsed = DownloadQuerySchema.safeParse(searchParamsRecord(search));
  return parsed.success ? parsed.data : null;
}
