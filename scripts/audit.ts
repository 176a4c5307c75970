import fs from "node:fs/promises";
import { z } from "zod";
import { cliLocale, cliTranslator } from "../lib/cli/cli-translator.ts";
import { parseCliArgs } from "../lib/cli/parse-cli-args.ts";
import { progressBar } from "../lib/cli/progress.ts";
import { EXIT, runCli, UsageError } from "../lib/cli/run-cli.ts";
import { loadHighs } from "../lib/disclosure/audit/lp-intervals.ts";
import { DisclosureParametersSchema } from "../lib/disclosure/parameters.ts";
import { primaryRule } from "../lib/disclosure/primary-rules.ts";
import { describeDatabaseTarget } from "../lib/db/database-target.ts";
import { openDatabase } from "../lib/db/open-database.ts";
import { parseRegisterCsv } from "../lib/releases/import/parse-register-csv.ts";
import { registerKey } from "../lib/releases/import/register-data.ts";
import { inputFingerprint } from "../lib/releases/input-fingerprint.ts";
import { loadReleaseTables } from "../lib/releases/load-release-tables.ts";
import { loadDivision, loadPlanIndicators } from "../lib/releases/publish-release.ts";
import { releaseSalt } from "../lib/releases/release-salt.ts";
import { layoutCells } from "../lib/releases/release-table-layout.ts";
import { verifyTables } from "../lib/releases/verify-release.ts";

const USAGE = `Usage: npm run audit [-- --input REGISTER.csv] [--demo] [--lang nl|en]

Re-audits the current release from the database, independently with HiGHS.
  without --input: the attacker's view — no hidden value is determined by the published
                   figures, and every hidden interval is at least as wide as the protection
                   level (or as the published base populations allow);
  with --input:    the full criteria, with the raw register the release was made from
                   (checked against the release's fingerprint; needs the same key in
                   BUURTBEELD_RELEASE_SALT, or --demo for demo releases).
Exits 1 when the audit fails. Prints positions, never values.`;

const Args = z.object({
  positionals: z.array(z.string()).max(0),
  input: z.string().optional(),
  demo: z.boolean().optional(),
  lang: z.enum(["nl", "en"]).optional(),
  help: z.boolean().optional(),
});

let lang: string | undefined;
await runCli(
  async () => {
    const args = parseCliArgs(
      process.argv.slice(2),
      { input: { type: "string" }, demo: { type: "boolean" }, lang: { type: "string" }, help: { type: "boolean", short: "h" } },
      Args,
      USAGE,
    );
    lang = args.lang;
    const t = cliTranslator(cliLocale(lang));
    const highs = await loadHighs();
    const db = await openDatabase();
    try {
      process.stderr.write(`Database: ${describeDatabaseTarget(db.target)}\n`);
      await db.migrate();
      const release = await db.prisma.release.findFirst({ where: { status: "CURRENT" } });
      if (!release) {
        process.stderr.write(`${t("cli.noCurrentRelease")}\n`);
        process.exitCode = EXIT.badInput;
        return;
      }
      const parameters = DisclosureParametersSchema.parse(release.parameters);
      const tables = await loadReleaseTables(db, release);

      if (args.input) {
        const salt = releaseSalt(process.env, args.demo ?? release.isDemo);
        if (!salt) throw new UsageError(t("cli.saltMissing"));
        const content = await fs.readFile(args.input, "utf8").catch((error: NodeJS.ErrnoException) => {
          throw new UsageError(`Cannot read ${args.input}: ${error.code}`);
        });
        if (inputFingerprint(salt, content) !== release.inputFingerprint) {
          process.stderr.write(`${t("cli.inputMismatch", { id: release.id })}\n`);
          process.exitCode = EXIT.badInput;
          return;
        }
        const [division, indicators] = await Promise.all([loadDivision(db, release.gemeenteCode, release.divisionYear), loadPlanIndicators(db)]);
        const register = parseRegisterCsv(content, args.input, {
          areas: division,
          indicators: new Map(indicators.map((i) => [i.code, { base: i.baseCode, categories: i.categories }])),
        });
        const sensitive = new Map(indicators.map((i) => [i.code, i.sensitive]));
        for (const table of tables) {
          const cells = layoutCells(table.layout).map(({ area, category }) =>
            register.cells.get(registerKey(table.indicatorCode, table.year, area, category))!,
          );
          const values = cells.map((cell) => cell.count);
          const rules = cells.map((cell) => (sensitive.get(table.indicatorCode) === false ? null : primaryRule(cell.count, cell.base, parameters)));
          table.truth = { values, isPrimary: (cell) => rules[cell] !== null };
        }
      }

      const result = verifyTables(tables, parameters, highs, progressBar(t("cli.progressVerify")));
      const criteria = result.criteria === "full" ? t("auditReport.criteriaFull") : t("auditReport.criteriaAttacker");
      if (result.passed) {
        process.stdout.write(
          `${t("cli.auditDone", { id: release.id, criteria, hidden: result.hiddenCells, tables: result.tables, narrowest: result.narrowestInterval ?? "—" })}\n`,
        );
      } else {
        process.stderr.write(`${t("cli.auditFailed", { id: release.id, criteria })}\n`);
        for (const failure of result.failures.slice(0, 50)) {
          process.stderr.write(`${t("cli.publishFailure", { cell: failure.cell, reason: t(`auditReport.reason_${failure.reason}`) })}\n`);
        }
        process.exitCode = EXIT.badInput;
      }
    } finally {
      await db.close();
    }
  },
  { t: () => cliTranslator(cliLocale(lang)), itemLabel: "Line" },
);
