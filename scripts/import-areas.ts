import fs from "node:fs/promises";
import { z } from "zod";
import { importAreas } from "../lib/areas/import-areas.ts";
import { cliLocale, cliTranslator } from "../lib/cli/cli-translator.ts";
import { formatProblem } from "../lib/cli/format-problem.ts";
import { parseCliArgs } from "../lib/cli/parse-cli-args.ts";
import { progressBar } from "../lib/cli/progress.ts";
import { runCli, UsageError } from "../lib/cli/run-cli.ts";
import { loadMunicipalityConfig } from "../lib/config/load-municipality-config.ts";
import { describeDatabaseTarget } from "../lib/db/database-target.ts";
import { openDatabase } from "../lib/db/open-database.ts";
import { importSource } from "../lib/import/import-source.ts";

const USAGE = `Usage: npm run import:areas -- FILE.geojson [FILE.geojson ...] [options]

Reads CBS/PDOK gebiedsindelingen (buurten, and optionally wijken and the gemeente) as
GeoJSON in RD New (EPSG:28992) or WGS84 and stores them for the configured gemeente.
Wijk and gemeente outlines missing from the files are dissolved from the buurten.

Options:
  --year YEAR     division year, when the files do not say it (property "jaar")
  --crs CRS       EPSG:28992 or EPSG:4326, for files without a "crs" member
  --lang nl|en    language of messages (default: Dutch, or English when LANG=en*)`;

const Args = z.object({
  positionals: z.array(z.string()).min(1, { message: "name at least one GeoJSON file" }),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  crs: z.enum(["EPSG:28992", "EPSG:4326"]).optional(),
  lang: z.enum(["nl", "en"]).optional(),
  help: z.boolean().optional(),
});

const argv = process.argv.slice(2);
let lang: string | undefined;

await runCli(
  async () => {
    const args = parseCliArgs(
      argv,
      { year: { type: "string" }, crs: { type: "string" }, lang: { type: "string" }, help: { type: "boolean", short: "h" } },
      Args,
      USAGE,
    );
    lang = args.lang;
    const t = cliTranslator(cliLocale(lang));
    const config = loadMunicipalityConfig();
    const sources = await Promise.all(
      args.positionals.map(async (file) => {
        const content = await fs.readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
          throw new UsageError(`Cannot read ${file}: ${error.code}`);
        });
        return importSource(file, content);
      }),
    );
    const db = await openDatabase();
    try {
      process.stderr.write(`Database: ${describeDatabaseTarget(db.target)}\n`);
      await db.migrate();
      const { summary, notices } = await importAreas(db.prisma, sources, {
        gemeenteCode: config.gemeenteCode,
        gemeenteName: config.name,
        year: args.year,
        crs: args.crs,
        progress: (stage) =>
          progressBar(t(`cli.progress${stage === "validate" ? "Validate" : stage === "dissolve" ? "Dissolve" : "Write"}`)),
      });
      for (const notice of notices) {
        process.stdout.write(`${t("cli.notice", { message: formatProblem(notice, t, "Feature") })}\n`);
      }
      process.stdout.write(`${t("cli.importAreasDone", { ...summary, gemeente: config.name })}\n`);
    } finally {
      await db.close();
    }
  },
  { t: () => cliTranslator(cliLocale(lang)), itemLabel: "Feature" },
);
