import { z } from "zod";
import { cliLocale, cliTranslator } from "../lib/cli/cli-translator.ts";
import { parseCliArgs } from "../lib/cli/parse-cli-args.ts";
import { readSecret } from "../lib/cli/read-secret.ts";
import { EXIT, runCli, UsageError } from "../lib/cli/run-cli.ts";
import { loadMunicipalityConfig } from "../lib/config/load-municipality-config.ts";
import { describeDatabaseTarget } from "../lib/db/database-target.ts";
import { openDatabase } from "../lib/db/open-database.ts";
import { routes } from "../lib/routes.ts";
import { createStaffUser } from "../lib/staff/create-staff-user.ts";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../lib/staff/hash-password.ts";
import { normalizeEmail } from "../lib/staff/staff-email.ts";

const USAGE = `Usage: npm run staff:create-admin -- --email ADDRESS --name "NAME" [--lang nl|en]

Creates a staff account with the role admin, e.g. the first one, who then adds moderators
on /nl/beheer/medewerkers. The password (at least ${MIN_PASSWORD_LENGTH} characters) comes from the environment
variable BUURTBEELD_ADMIN_PASSWORD, or else from standard input (asked for at a terminal,
without echo). Refuses an e-mail address that already has an account. Works on the
embedded database (stop the server first) and on DATABASE_URL.`;

const Args = z.object({
  positionals: z.array(z.string()).max(0),
  email: z.email().max(254),
  name: z.string().trim().min(1).max(120),
  lang: z.enum(["nl", "en"]).optional(),
  help: z.boolean().optional(),
});

let lang: string | undefined;
await runCli(
  async () => {
    const args = parseCliArgs(
      process.argv.slice(2),
      { email: { type: "string" }, name: { type: "string" }, lang: { type: "string" }, help: { type: "boolean", short: "h" } },
      Args,
      USAGE,
    );
    lang = args.lang;
    const locale = cliLocale(lang);
    const t = cliTranslator(locale);
    const config = loadMunicipalityConfig();
    const password = process.env.BUURTBEELD_ADMIN_PASSWORD ?? (await readSecret(t("staff.cli.passwordPrompt", { minimum: MIN_PASSWORD_LENGTH })));
    if (!password) throw new UsageError(t("staff.cli.passwordMissing"));
    if ([...password].length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
      throw new UsageError(t("staff.cli.passwordTooShort", { minimum: MIN_PASSWORD_LENGTH }));
    }
    const email = normalizeEmail(args.email);
    const db = await openDatabase();
    try {
      process.stderr.write(`Database: ${describeDatabaseTarget(db.target)}\n`);
      await db.migrate();
      const result = await createStaffUser(db.prisma, { email, name: args.name, password, role: "ADMIN", actor: { id: null, name: "npm run staff:create-admin" } });
      if (!result.ok) {
        process.stderr.write(`${t("staff.cli.emailExists", { email })}\n`);
        process.exitCode = EXIT.badInput;
        return;
      }
      const login = routes.staffLogin(locale);
      const url = config.siteUrl ? new URL(login, config.siteUrl).toString() : login;
      process.stdout.write(`${t("staff.cli.createAdminDone", { name: args.name, email, url })}\n`);
    } finally {
      await db.close();
    }
  },
  { t: () => cliTranslator(cliLocale(lang)) },
);
