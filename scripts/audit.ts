import fs from "node:fs/promises";
import { z } from "zod";
import { cliLocale, cliTranslator } from "../lib/cli/cli-translator.ts";
import { parseCliArgs } from "../lib/cli/parse-cli-args.ts";
import { progressBar } from "../lib/cli/progress.ts";
import { EXIT, runCli, UsageError } from "../lib/cli/run-cli.ts";
import { loadHighs } from "../lib/disclosure/audit/lp-intervals.ts";
import { describeDatabaseTarget } from "../lib/db/database-target.ts";
import { openDatabase } from "../lib/db/open-database.ts";
import { auditCurrentRelease } from "../lib/releases/audit-current-release.ts";
import { releaseSalt } from "../lib/releases/release-salt.ts";

const USAGE = `Usage: npm run audit [-- --input REGISTER.csv] [--demo] [--lang nl|en]

Re-audits the current release from the database, independently with HiGHS, together with
what CBS has published about the same populations (also figures imported later).
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
    let raw: { content: string; file: string; salt: string } | undefined;
    if (args.input) {
      const salt = releaseSalt(process.env, args.demo ?? false);
      if (!salt) throw new UsageError(t("cli.saltMissing"));
      const content = await fs.readFile(args.input, "utf8").catch((error: NodeJS.ErrnoException) => {
        throw new UsageError(`Cannot read ${args.input}: ${error.code}`);
      });
      raw = { content, file: args.input, salt };
    }
    const highs = await loadHighs();
    const db = await openDatabase();
    try {
      process.stderr.write(`Database: ${describeDatabaseTarget(db.target)}\n`);
      await db.migrate();
      const audit = await auditCurrentRelease(db, highs, { raw, onProgress: progressBar(t("cli.progressVerify")) });
      if (audit.status === "noRelease") {
        process.stderr.write(`${t("cli.noCurrentRelease")}\n`);
        process.exitCode = EXIT.badInput;
        return;
      }
      if (audit.status === "inputMismatch") {
        process.stderr.write(`${t("cli.inputMismatch", { id: audit.releaseId })}\n`);
        process.exitCode = EXIT.badInput;
        return;
      }
      const { result, releaseId } = audit;
      const criteria = result.criteria === "full" ? t("auditReport.criteriaFull") : t("auditReport.criteriaAttacker");
      if (result.passed) {
        process.stdout.write(
          `${t("cli.auditDone", { id: releaseId, criteria, hidden: result.hiddenCells, tables: result.tables, narrowest: result.narrowestInterval ?? "—" })}\n`,
        );
        return;
      }
      process.stderr.write(`${t("cli.auditFailed", { id: releaseId, criteria })}\n`);
      for (const failure of result.failures.slice(0, 50)) {
        process.stderr.write(`${t("cli.publishFailure", { cell: failure.cell, reason: t(`auditReport.reason_${failure.reason}`) })}\n`);
      }
      process.exitCode = EXIT.badInput;
    } finally {
      await db.close();
    }
  },
  { t: () => cliTranslator(cliLocale(lang)), itemLabel: "Line" },
);
