import { spawn } from "node:child_process";
import path from "node:path";
import { z } from "zod";
import { cliLocale, cliTranslator } from "../lib/cli/cli-translator.ts";
import { parseCliArgs } from "../lib/cli/parse-cli-args.ts";
import { progressBar } from "../lib/cli/progress.ts";
import { runCli } from "../lib/cli/run-cli.ts";
import { loadMunicipalityConfig } from "../lib/config/load-municipality-config.ts";
import { describeDatabaseTarget } from "../lib/db/database-target.ts";
import { openDatabase } from "../lib/db/open-database.ts";
import { facilityCounts } from "../lib/facilities/write-facilities.ts";
import { demoDataDir, importDemoData, missingDemoFiles } from "../lib/demo/demo-data.ts";
import { auditReportFromOutcome, writeAuditReport } from "../lib/releases/write-audit-report.ts";

const USAGE = `Usage: npm run demo [-- --no-build] [--lang nl|en]

Migrates the database (embedded by default), imports the Maashorst demo data from
../shared/data (or BUURTBEELD_DEMO_DATA), builds the portal and serves it on PORT (3000).`;

const Args = z.object({
  positionals: z.array(z.string()).max(0),
  "no-build": z.boolean().optional(),
  lang: z.enum(["nl", "en"]).optional(),
  help: z.boolean().optional(),
});
const Port = z.coerce.number().int().min(1).max(65535).default(3000);

const next = path.resolve("node_modules/next/dist/bin/next");

function runNext(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [next, ...args], { stdio: "inherit", env });
    // The server owns the embedded database from here on; pass Ctrl+C on so it closes cleanly.
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on("SIGINT", forward);
    process.on("SIGTERM", forward);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

let lang: string | undefined;
await runCli(async () => {
  const args = parseCliArgs(
    process.argv.slice(2),
    { "no-build": { type: "boolean" }, lang: { type: "string" }, help: { type: "boolean", short: "h" } },
    Args,
    USAGE,
  );
  lang = args.lang;
  const locale = cliLocale(lang);
  const t = cliTranslator(locale);
  const port = Port.parse(process.env.PORT || undefined);
  const config = loadMunicipalityConfig();
  const dir = demoDataDir();
  const missing = missingDemoFiles(dir);

  const db = await openDatabase();
  try {
    process.stderr.write(`Database: ${describeDatabaseTarget(db.target)}\n`);
    if (missing.length === 0) {
      process.stdout.write(`${t("cli.demoUsingData", { dir })}\n`);
      const labels: Record<string, string> = {
        validate: "cli.progressValidate",
        dissolve: "cli.progressDissolve",
        write: "cli.progressWrite",
        protect: "cli.progressProtect",
        verify: "cli.progressVerify",
      };
      const imported = await importDemoData(db, dir, config, (stage) => progressBar(t(labels[stage] ?? "cli.progressWrite")));
      process.stdout.write(
        `${t("cli.demoImported", { ...imported.areas, figures: imported.figures.figures, table: imported.figures.tableId, year: imported.figures.year })}\n`,
      );
      if ("reused" in imported.release) {
        process.stdout.write(`${t("cli.demoReleaseReused", { id: imported.release.releaseId })}\n`);
      } else {
        const report = auditReportFromOutcome(imported.release, config.name);
        const { html } = await writeAuditReport(report, path.join(".data", "reports"), t, locale);
        process.stdout.write(
          `${t("cli.demoReleasePublished", { id: imported.release.releaseId!, published: report.cells.published, suppressed: report.cells.suppressed, report: html })}\n`,
        );
      }
      const { facilities, ambitions, initiatives } = imported;
      process.stdout.write(
        `${facilities.summary ? t("cli.demoFacilitiesImported", facilityCounts(facilities.summary)) : t("cli.demoFacilitiesKept", { count: facilities.kept })}\n`,
      );
      process.stdout.write(
        `${ambitions.summary ? t("cli.demoAmbitionsImported", { ambitions: ambitions.summary.ambitions, overlaps: ambitions.summary.overlaps }) : t("cli.demoAmbitionsKept", { count: ambitions.kept })}\n`,
      );
      process.stdout.write(
        `${initiatives.summary ? t("cli.demoInitiativesImported", initiatives.summary) : t("cli.demoInitiativesKept", { count: initiatives.kept })}\n`,
      );
    } else {
      process.stderr.write(`\n${t("cli.demoDataMissing", { dir, files: missing.join(", ") })}\n\n`);
      await db.migrate();
      const count = await db.prisma.area.count({ where: { gemeenteCode: config.gemeenteCode, level: "BUURT" } });
      if (count === 0) {
        process.stderr.write(`${t("cli.demoNothingToShow", { gemeente: config.name })}\n`);
        process.exitCode = 1;
        return;
      }
      process.stderr.write(`${t("cli.demoContinuing", { count, gemeente: config.name })}\n`);
    }
  } finally {
    await db.close();
  }

  const env = { ...process.env, PORT: String(port) };
  if (!args["no-build"]) {
    process.stdout.write(`${t("cli.demoBuilding")}\n`);
    const built = await runNext(["build"], env);
    if (built !== 0) {
      process.exitCode = built;
      return;
    }
  }
  process.stdout.write(`${t("cli.demoStarting", { gemeente: config.name, port })}\n`);
  process.exitCode = await runNext(["start", "-p", String(port)], env);
});
