import fs from "node:fs/promises";
import { z } from "zod";
import { cliLocale, cliTranslator } from "../lib/cli/cli-translator.ts";
import { parseCliArgs } from "../lib/cli/parse-cli-args.ts";
import { runCli, UsageError } from "../lib/cli/run-cli.ts";
import { describeDatabaseTarget } from "../lib/db/database-target.ts";
import { openDatabase } from "../lib/db/open-database.ts";
import { importSource } from "../lib/import/import-source.ts";
import { parseCatalogue } from "../lib/indicators/parse-catalogue.ts";
import { writeCatalogue } from "../lib/indicators/write-catalogue.ts";

import { DEFAULT_CATALOGUE } from "../lib/indicators/default-catalogue.ts";

const USAGE = `Usage: npm run import:indicators [-- FILE.json] [--lang nl|en]

Replaces the indicator catalogue (themes, category sets, base populations, indicators in
Dutch and English) with the file's. Default: ${DEFAULT_CATALOGUE}.`;

const Args = z.object({
  positionals: z.array(z.string()).max(1),
  lang: z.enum(["nl", "en"]).optional(),
  help: z.boolean().optional(),
});

let lang: string | undefined;
await runCli(
  async () => {
    const args = parseCliArgs(process.argv.slice(2), { lang: { type: "string" }, help: { type: "boolean", short: "h" } }, Args, USAGE);
    lang = args.lang;
    const t = cliTranslator(cliLocale(lang));
    const file = args.positionals[0] ?? DEFAULT_CATALOGUE;
    const content = await fs.readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`Cannot read ${file}: ${error.code}`);
    });
    const source = importSource(file, content);
    const catalogue = parseCatalogue(source.content, source.file);
    const db = await openDatabase();
    try {
      process.stderr.write(`Database: ${describeDatabaseTarget(db.target)}\n`);
      await db.migrate();
      const summary = await writeCatalogue(db.prisma, catalogue, source);
      process.stdout.write(`${t("cli.importIndicatorsDone", { ...summary })}\n`);
    } finally {
      await db.close();
    }
  },
  { t: () => cliTranslator(cliLocale(lang)), itemLabel: "Line" },
);
