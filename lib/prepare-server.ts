import { formSecret } from "./abuse/form-secret.ts";
import { getMunicipalityConfig } from "./config/load-municipality-config.ts";
import { describeDatabaseTarget } from "./db/database-target.ts";
import { getServerDatabase } from "./db/server-database.ts";

/**
 * Checks the municipality configuration and brings the database schema up to date, or
 * stops the process with a clear message: a server that cannot do either must not serve.
 */
export async function prepareServer(): Promise<void> {
  try {
    const config = getMunicipalityConfig();
    formSecret();
    const db = await getServerDatabase();
    console.log(`Buurtbeeld for ${config.name} (${config.gemeenteCode}) on the ${describeDatabaseTarget(db.target)}`);
    if (db.target.kind === "postgres" && !process.env.BUURTBEELD_FORM_SECRET) {
      // Several instances may share this database; each would refuse the others' forms.
      console.warn("BUURTBEELD_FORM_SECRET is not set: forms are signed with a key of this process only. Set it (32+ characters) when more than one instance serves the site.");
    }
  } catch (error) {
    console.error(`Buurtbeeld cannot start:\n${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
