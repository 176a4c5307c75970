import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { cliTranslator } from "../lib/cli/cli-translator.ts";
import { formatProblem } from "../lib/cli/format-problem.ts";
import { parseCliArgs } from "../lib/cli/parse-cli-args.ts";
import { EXIT, runCli, UsageError } from "../lib/cli/run-cli.ts";
import { loadMunicipalityConfig } from "../lib/config/load-municipality-config.ts";
import { describeDatabaseTarget } from "../lib/db/database-target.ts";
import { openDatabase } from "../lib/db/open-database.ts";
import { DemoInputError, generateRegisterCounts, type RegisterCountsInput } from "../lib/demo/generate-register-counts.ts";
import { DemoPrerequisiteError, loadDemoRegisterInput } from "../lib/demo/load-demo-register-input.ts";
import { toRegisterCsv } from "../lib/demo/to-register-csv.ts";
import { ImportError } from "../lib/import/import-problem.ts";
import { importSource } from "../lib/import/import-source.ts";
import type { Catalogue } from "../lib/indicators/catalogue-schema.ts";
import { DEFAULT_CATALOGUE } from "../lib/indicators/default-catalogue.ts";
import { parseCatalogue } from "../lib/indicators/parse-catalogue.ts";

const DEFAULT_OUT = ".data/demo/register-demo.csv";
const DEFAULT_SEED = "buurtbeeld-demo";

const USAGE = `Usage: npm run demo:register -- [options]

Writes a FICTITIOUS register extract for demos and tests of the publish step: counts and
base populations per buurt, wijk and gemeente for every indicator of the catalogue, in the
raw input format of npm run publish (gebiedscode,indicator,jaar,categorie,aantal,basis).
The areas come from the database (npm run import:areas), the wijk populations from the
imported CBS figures (AantalInwoners; npm run import:cbs). Everything else is made up.
The same seed, catalogue and areas always give the same file.

Options:
  --out FILE        where to write the CSV (default ${DEFAULT_OUT})
  --catalogue FILE  indicator catalogue (default ${DEFAULT_CATALOGUE})
  --seed TEXT       seed of the generator (default ${DEFAULT_SEED})
  --years YEARS     a range like 2021-2024 or a list like 2022,2024 (default 2021-2024)`;

const Year = z.coerce.number().int().min(1990).max(2100);

const Years = z
  .string()
  .trim()
  .transform((text, context) => {
    const range = text.match(/^(\d{4})\s*-\s*(\d{4})$/);
    const parts = range ? [] : text.split(",").map((part) => part.trim());
    const years = range
      ? Array.from({ length: Math.max(0, Number(range[2]) - Number(range[1]) + 1) }, (_, i) => Number(range[1]) + i)
      : parts.map((part) => (/^\d{4}$/.test(part) ? Number(part) : Number.NaN));
    if (years.length === 0 || years.length > 30 || years.some((year) => !Year.safeParse(year).success)) {
      context.addIssue({ code: "custom", message: "years like 2021-2024 or 2022,2024 (1990–2100, at most 30)" });
      return z.NEVER;
    }
    if (new Set(years).size !== years.length) {
      context.addIssue({ code: "custom", message: "a year occurs twice" });
      return z.NEVER;
    }
    return years.sort((a, b) => a - b);
  });

const Args = z.object({
  positionals: z.array(z.string()).max(0, { message: "pass options only (see --help)" }),
  out: z.string().min(1).default(DEFAULT_OUT),
  catalogue: z.string().min(1).default(DEFAULT_CATALOGUE),
  seed: z.string().min(1, { message: "a non-empty seed" }).default(DEFAULT_SEED),
  years: Years.default([2021, 2022, 2023, 2024]),
  help: z.boolean().optional(),
});

/** Missing areas or populations, an invalid catalogue: a message without a stack trace, and exit code 1. */
class ReportedError extends Error {}

async function main(): Promise<void> {
  const started = performance.now();
  const args = parseCliArgs(
    process.argv.slice(2),
    {
      out: { type: "string" },
      catalogue: { type: "string" },
      seed: { type: "string" },
      years: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    Args,
    USAGE,
  );
  const config = loadMunicipalityConfig();
  const content = await fs.readFile(args.catalogue, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`Cannot read ${args.catalogue}: ${error.code}`);
  });
  const source = importSource(args.catalogue, content);
  let catalogue: Catalogue;
  try {
    catalogue = parseCatalogue(source.content, source.file);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    const t = cliTranslator("en");
    const problems = error.problems.map((problem) => `  - ${formatProblem(problem, t, "Line")}`);
    throw new ReportedError(`The catalogue ${args.catalogue} is not valid:\n${problems.join("\n")}`);
  }

  const db = await openDatabase();
  let input: Omit<RegisterCountsInput, "catalogue" | "years" | "seed">;
  try {
    process.stderr.write(`Database: ${describeDatabaseTarget(db.target)}\n`);
    await db.migrate();
    input = await loadDemoRegisterInput(db.prisma, config.gemeenteCode, config.areaYear);
  } finally {
    await db.close();
  }

  const rows = generateRegisterCounts({ ...input, catalogue, years: args.years, seed: args.seed });
  await fs.mkdir(path.dirname(path.resolve(args.out)), { recursive: true });
  await fs.writeFile(args.out, toRegisterCsv(rows), "utf8");
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const areas = 1 + input.wijken.length + input.buurten.length;
  process.stdout.write(
    `Wrote ${rows.length} rows to ${args.out} in ${seconds} s: ${catalogue.indicators.length} indicators, ` +
      `years ${args.years.join(", ")}, ${areas} areas, seed "${args.seed}".\n` +
      `FICTITIOUS demo data: only the wijk populations are real (CBS, ${input.populationYear}).\n`,
  );
}

await runCli(
  async () => {
    try {
      await main();
    } catch (error) {
      if (!(error instanceof ReportedError || error instanceof DemoInputError || error instanceof DemoPrerequisiteError)) throw error;
      process.stderr.write(`${error.message}\n`);
      process.exitCode = EXIT.badInput;
    }
  },
  { t: () => cliTranslator("en"), itemLabel: "Line" },
);
