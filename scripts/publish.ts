import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { cliLocale, cliTranslator } from "../lib/cli/cli-translator.ts";
import { parseCliArgs } from "../lib/cli/parse-cli-args.ts";
import { progressBar } from "../lib/cli/progress.ts";
import { EXIT, runCli, UsageError } from "../lib/cli/run-cli.ts";
import { loadMunicipalityConfig } from "../lib/config/load-municipality-config.ts";
import { loadHighs } from "../lib/disclosure/audit/lp-intervals.ts";
import { describeDatabaseTarget } from "../lib/db/database-target.ts";
import { openDatabase } from "../lib/db/open-database.ts";
import { importSource } from "../lib/import/import-source.ts";
import type { AuditReport } from "../lib/releases/audit-report.ts";
import { publishRelease } from "../lib/releases/publish-release.ts";
import { releaseSalt } from "../lib/releases/release-salt.ts";
import { auditReportFromOutcome, writeAuditReport } from "../lib/releases/write-audit-report.ts";

const USAGE = `Usage: npm run publish -- --input REGISTER.csv [--demo] [--report-dir DIR] [--lang nl|en]

Protects the municipality's raw register counts and publishes them as the new current
release: primary rules, secondary suppression, rounding to multiples of 5, rates, and an
audit (max-flow inside protection, then independently with HiGHS). On any failure nothing
changes and the failing cells are named by position. The raw counts are never stored.

Input columns: gebiedscode,indicator,jaar,categorie,aantal,basis (categorie "totaal" for
the total). The rounding key comes from BUURTBEELD_RELEASE_SALT; --demo marks the release
as demo data (and uses a fixed demo key when none is set). Works against the embedded
database before the server starts, and against PostgreSQL at any time.`;

const Args = z.object({
  positionals: z.array(z.string()).max(0),
  input: z.string({ message: "--input FILE is required" }),
  demo: z.boolean().optional(),
  "report-dir": z.string().default(path.join(".data", "reports")),
  lang: z.enum(["nl", "en"]).optional(),
  help: z.boolean().optional(),
});

let lang: string | undefined;
await runCli(
  async () => {
    const args = parseCliArgs(
      process.argv.slice(2),
      {
        input: { type: "string" },
        demo: { type: "boolean" },
        "report-dir": { type: "string" },
        lang: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
      Args,
      USAGE,
    );
    lang = args.lang;
    const locale = cliLocale(lang);
    const t = cliTranslator(locale);
    const salt = releaseSalt(process.env, args.demo ?? false);
    if (!salt) throw new UsageError(t("cli.saltMissing"));
    const config = loadMunicipalityConfig();
    const content = await fs.readFile(args.input, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`Cannot read ${args.input}: ${error.code}`);
    });
    const highs = await loadHighs();

    const db = await openDatabase();
    let report: AuditReport;
    try {
      process.stderr.write(`Database: ${describeDatabaseTarget(db.target)}\n`);
      await db.migrate();
      const stageLabel = { protect: "cli.progressProtect", verify: "cli.progressVerify", write: "cli.progressWrite" } as const;
      const outcome = await publishRelease(db, importSource(args.input, content), {
        gemeenteCode: config.gemeenteCode,
        divisionYear: config.areaYear,
        parameters: config.disclosure,
        salt,
        isDemo: args.demo ?? false,
        highs,
        progress: (stage) => progressBar(t(stageLabel[stage])),
      });
      report = auditReportFromOutcome(outcome, config.name);
      if (outcome.releaseId !== null) {
        process.stdout.write(
          `${t("cli.publishDone", {
            id: outcome.releaseId,
            demo: report.isDemo ? t("cli.publishDemoMark") : "",
            indicators: report.indicators,
            years: report.years.join(", "),
            published: report.cells.published,
            suppressed: report.cells.suppressed,
          })}\n`,
        );
      } else {
        process.stderr.write(`${t("cli.publishFailed")}\n`);
        for (const failure of report.failures.slice(0, 50)) {
          process.stderr.write(`${t("cli.publishFailure", { cell: failure.cell, reason: t(`auditReport.reason_${failure.reason}`) })}\n`);
        }
        process.exitCode = EXIT.badInput;
      }
    } finally {
      await db.close();
    }

    const { json, html } = await writeAuditReport(report, args["report-dir"], t, locale);
    process.stdout.write(`${t("cli.reportWritten", { json, html })}\n`);
  },
  { t: () => cliTranslator(cliLocale(lang)), itemLabel: "Line" },
);
