import fs from "node:fs/promises";
import { z } from "zod";
import { cliLocale, cliTranslator } from "../lib/cli/cli-translator.ts";
import { formatProblem } from "../lib/cli/format-problem.ts";
import { parseCliArgs } from "../lib/cli/parse-cli-args.ts";
import { runCli, UsageError } from "../lib/cli/run-cli.ts";
import { loadMunicipalityConfig } from "../lib/config/load-municipality-config.ts";
import { describeDatabaseTarget } from "../lib/db/database-target.ts";
import { openDatabase } from "../lib/db/open-database.ts";
import { importFacilities } from "../lib/facilities/import-facilities.ts";
import { facilityCounts } from "../lib/facilities/write-facilities.ts";
import { importSource } from "../lib/import/import-source.ts";

const USAGE = `Usage: npm run import:facilities -- FILE [options]

Reads facilities (huisarts, apotheek, supermarkt, basisschool, ...) and replaces the stored
set, the demo set included, then computes every buurt's reach. Accepted:
  - GeoJSON points with a "type" (or "soort") property naming our facility type, or with
    OpenStreetMap tags (an Overpass Turbo export);
  - Overpass API JSON ({"elements": [...]}), nodes and ways with "center";
  - CSV with columns type (or soort), name (or naam) and lon,lat (WGS84) or x,y (RD New).
Facilities up to 3 km outside the gemeente are kept: residents cross the border.

Options:
  --crs CRS       EPSG:28992 or EPSG:4326, for GeoJSON without a "crs" member
  --lang nl|en    language of messages (default: Dutch, or English when LANG=en*)`;

const Args = z.object({
  positionals: z.array(z.string()).length(1, { message: "name one facility file" }),
  crs: z.enum(["EPSG:28992", "EPSG:4326"]).optional(),
  lang: z.enum(["nl", "en"]).optional(),
  help: z.boolean().optional(),
});

const argv = process.argv.slice(2);
let lang: string | undefined;
// CSV problems name a line, JSON problems a feature.
let itemLabel: "Feature" | "Line" = "Feature";

await runCli(
  async () => {
    const args = parseCliArgs(argv, { crs: { type: "string" }, lang: { type: "string" }, help: { type: "boolean", short: "h" } }, Args, USAGE);
    lang = args.lang;
    const t = cliTranslator(cliLocale(lang));
    const config = loadMunicipalityConfig();
    const file = args.positionals[0]!;
    const content = await fs.readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`Cannot read ${file}: ${error.code}`);
    });
    if (!content.trimStart().startsWith("{")) itemLabel = "Line";
    const db = await openDatabase();
    try {
      process.stderr.write(`Database: ${describeDatabaseTarget(db.target)}\n`);
      await db.migrate();
      const { summary, notices } = await importFacilities(db.prisma, importSource(file, content), {
        gemeenteCode: config.gemeenteCode,
        areaYear: config.areaYear,
        crs: args.crs,
      });
      for (const notice of notices) process.stdout.write(`${t("cli.notice", { message: formatProblem(notice, t, itemLabel) })}\n`);
      process.stdout.write(`${t("cli.importFacilitiesDone", { ...facilityCounts(summary), gemeente: config.name })}\n`);
    } finally {
      await db.close();
    }
  },
  {
    t: () => cliTranslator(cliLocale(lang)),
    get itemLabel() {
      return itemLabel;
    },
  },
);
