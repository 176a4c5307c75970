import fs from "node:fs/promises";
import { z } from "zod";
import { cliLocale, cliTranslator } from "../lib/cli/cli-translator.ts";
import { parseCliArgs } from "../lib/cli/parse-cli-args.ts";
import { runCli, UsageError } from "../lib/cli/run-cli.ts";
import { loadMunicipalityConfig } from "../lib/config/load-municipality-config.ts";
import { describeDatabaseTarget } from "../lib/db/database-target.ts";
import { openDatabase } from "../lib/db/open-database.ts";
import { importSource } from "../lib/import/import-source.ts";
import { importAmbitions } from "../lib/omgevingsvisie/import-ambitions.ts";

const USAGE = `Usage: npm run import:omgevingsvisie -- FILE.geojson [options]

Reads the ambitions of the Omgevingsvisie with their areas and replaces the stored ones (the
demo ambitions included), then computes which buurten each ambition touches. One GeoJSON
feature per area, properties: id, thema, titel_nl, titel_en, tekst_nl, tekst_en, status
(ontwerp, vastgesteld, in-uitvoering, gerealiseerd), document_url; features with the same
id are one ambition. Polygons in RD New (EPSG:28992) or WGS84.

Options:
  --crs CRS       EPSG:28992 or EPSG:4326, for files without a "crs" member
  --lang nl|en    language of messages (default: Dutch, or English when LANG=en*)`;

const Args = z.object({
  positionals: z.array(z.string()).length(1, { message: "name one GeoJSON file" }),
  crs: z.enum(["EPSG:28992", "EPSG:4326"]).optional(),
  lang: z.enum(["nl", "en"]).optional(),
  help: z.boolean().optional(),
});

const argv = process.argv.slice(2);
let lang: string | undefined;

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
    const db = await openDatabase();
    try {
      process.stderr.write(`Database: ${describeDatabaseTarget(db.target)}\n`);
      await db.migrate();
      const summary = await importAmbitions(db.prisma, importSource(file, content), {
        gemeenteCode: config.gemeenteCode,
        areaYear: config.areaYear,
        crs: args.crs,
      });
      process.stdout.write(`${t("cli.importAmbitionsDone", { ambitions: summary.ambitions, overlaps: summary.overlaps, gemeente: config.name })}\n`);
    } finally {
      await db.close();
    }
  },
  { t: () => cliTranslator(cliLocale(lang)), itemLabel: "Feature" },
);
