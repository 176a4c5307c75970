import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { cliLocale, cliTranslator } from "../lib/cli/cli-translator.ts";
import { parseCliArgs } from "../lib/cli/parse-cli-args.ts";
import { progressBar } from "../lib/cli/progress.ts";
import { runCli, UsageError } from "../lib/cli/run-cli.ts";
import { loadMunicipalityConfig } from "../lib/config/load-municipality-config.ts";
import { describeDatabaseTarget } from "../lib/db/database-target.ts";
import { openDatabase } from "../lib/db/open-database.ts";
import { importCbsTable } from "../lib/figures/import-cbs-table.ts";
import { indicatorsTouchedByCbs } from "../lib/releases/indicators-touched-by-cbs.ts";
import { importSource } from "../lib/import/import-source.ts";

const USAGE = `Usage: npm run import:cbs -- --fields FIELDS.csv --figures FIGURES.csv [options]

Reads CBS "Kerncijfers wijken en buurten" rows with CBS's own column names (for example
AantalInwoners_5) and the table's field list, and stores the figures as CBS published
them ("." = secret, empty = cannot occur) for the configured gemeente.

Options:
  --table ID       CBS table id, e.g. 85984NED (default: read from the field list's file name)
  --year YEAR      year of the figures (default: read from a file name like kwb-2024 or kwb_..._2024)
  --only-configured-gemeente   skip rows of other gemeenten (a national file) instead of refusing them
  --lang nl|en     language of messages`;

const Args = z.object({
  positionals: z.array(z.string()).max(0, { message: "pass files with --fields and --figures" }),
  fields: z.string({ message: "--fields FILE is required" }),
  figures: z.string({ message: "--figures FILE is required" }),
  table: z.string().regex(/^\d{5}[A-Z]{3}$/, { message: "a CBS table id like 85984NED" }).optional(),
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  "only-configured-gemeente": z.boolean().optional(),
  lang: z.enum(["nl", "en"]).optional(),
  help: z.boolean().optional(),
});

function inferTableId(file: string): string | undefined {
  return path.basename(file).match(/(\d{5}[A-Z]{3})/)?.[1];
}

function inferYear(...files: string[]): number | undefined {
  for (const file of files) {
    const match = path.basename(file).match(/kwb[-_](?:\d{5}[A-Z]{3}[-_])?(\d{4})/i);
    if (match) return Number(match[1]);
  }
  return undefined;
}

async function read(file: string) {
  const content = await fs.readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`Cannot read ${file}: ${error.code}`);
  });
  return importSource(file, content);
}

let lang: string | undefined;
await runCli(
  async () => {
    const args = parseCliArgs(
      process.argv.slice(2),
      {
        fields: { type: "string" },
        figures: { type: "string" },
        table: { type: "string" },
        year: { type: "string" },
        "only-configured-gemeente": { type: "boolean" },
        lang: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      Args,
      USAGE,
    );
    lang = args.lang;
    const t = cliTranslator(cliLocale(lang));
    const tableId = args.table ?? inferTableId(args.fields);
    if (!tableId) throw new UsageError(`Cannot tell the CBS table from ${args.fields}; pass --table (e.g. 85984NED).`);
    const year = args.year ?? inferYear(args.figures, args.fields);
    if (!year) throw new UsageError("Cannot tell the year of the figures from the file names; pass --year.");
    const config = loadMunicipalityConfig();
    const [fields, figures] = await Promise.all([read(args.fields), read(args.figures)]);

    const db = await openDatabase();
    try {
      process.stderr.write(`Database: ${describeDatabaseTarget(db.target)}\n`);
      await db.migrate();
      const { summary, skippedRows } = await importCbsTable(db.prisma, fields, figures, {
        gemeenteCode: config.gemeenteCode,
        tableId,
        year,
        onlyConfiguredGemeente: args["only-configured-gemeente"],
        onProgress: progressBar(t("cli.progressWrite")),
      });
      if (skippedRows > 0) process.stdout.write(`${t("cli.skippedRows", { count: skippedRows })}\n`);
      process.stdout.write(`${t("cli.importFiguresDone", { ...summary, table: summary.tableId })}\n`);
      const touched = await indicatorsTouchedByCbs(db.prisma, summary.tableId);
      if (touched.length > 0) process.stdout.write(`${t("cli.cbsTouchesRelease", { indicators: touched.join(", ") })}\n`);
    } finally {
      await db.close();
    }
  },
  { t: () => cliTranslator(cliLocale(lang)), itemLabel: "Line" },
);
