import { z } from "zod";
import { cliLocale, cliTranslator } from "../lib/cli/cli-translator.ts";
import { parseCliArgs } from "../lib/cli/parse-cli-args.ts";
import { runCli } from "../lib/cli/run-cli.ts";
import { loadMunicipalityConfig } from "../lib/config/load-municipality-config.ts";
import { describeDatabaseTarget } from "../lib/db/database-target.ts";
import { openDatabase } from "../lib/db/open-database.ts";
import { applyRetention } from "../lib/privacy/apply-retention.ts";

const USAGE = `Usage: npm run initiatives:retention [-- --dry-run] [--lang nl|en]

Deletes the contact data of submitters (their e-mail address and the mails to it) once
their initiative has had no status change for initiatives.contactRetentionDays days
(municipality.config.json, default 365), counted from the last status change or else the
submission. Mails sent before that period are deleted too. The initiatives stay.
Also clears expired staff sessions and old rate-limit counters. Run it daily, e.g. from
cron; with --dry-run it only counts. Works on the embedded database (stop the server first)
and on DATABASE_URL.`;

const Args = z.object({
  positionals: z.array(z.string()).max(0),
  "dry-run": z.boolean().optional(),
  lang: z.enum(["nl", "en"]).optional(),
  help: z.boolean().optional(),
});

let lang: string | undefined;
await runCli(
  async () => {
    const args = parseCliArgs(
      process.argv.slice(2),
      { "dry-run": { type: "boolean" }, lang: { type: "string" }, help: { type: "boolean", short: "h" } },
      Args,
      USAGE,
    );
    lang = args.lang;
    const t = cliTranslator(cliLocale(lang));
    const days = loadMunicipalityConfig().initiatives.contactRetentionDays;
    const dryRun = args["dry-run"] ?? false;
    const db = await openDatabase();
    try {
      process.stderr.write(`Database: ${describeDatabaseTarget(db.target)}\n`);
      await db.migrate();
      const result = await applyRetention(db.prisma, { retentionDays: days, dryRun, actor: { id: null, name: "npm run initiatives:retention" } });
      const values = { days, contacts: result.contacts, mails: result.mails, sessions: result.sessions, windows: result.rateLimitWindows };
      process.stdout.write(`${t(dryRun ? "staff.cli.retentionDryRun" : "staff.cli.retentionDone", values)}\n`);
    } finally {
      await db.close();
    }
  },
  { t: () => cliTranslator(cliLocale(lang)) },
);
