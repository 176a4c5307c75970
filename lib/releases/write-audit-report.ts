import fs from "node:fs/promises";
import path from "node:path";
import type { CliTranslator } from "../cli/cli-translator.ts";
import { type AuditReport, auditReportHtml } from "./audit-report.ts";
import type { PublishOutcome } from "./publish-release.ts";

function withoutFailures<T extends { failures: unknown }>({ failures: _failures, ...rest }: T): Omit<T, "failures"> {
  return rest;
}

/** The filed form of a publication: what was done and what the audits found, by position only. */
export function auditReportFromOutcome(outcome: PublishOutcome, gemeente: string, createdAt = new Date()): AuditReport {
  return {
    releaseId: outcome.releaseId,
    gemeente,
    createdAt: createdAt.toISOString(),
    isDemo: outcome.summary.isDemo,
    divisionYear: outcome.summary.divisionYear,
    years: outcome.summary.years,
    indicators: outcome.summary.indicators,
    cells: outcome.summary.cells,
    parameters: outcome.summary.parameters,
    ruleCounts: outcome.summary.ruleCounts,
    gate: withoutFailures(outcome.gate),
    verification: outcome.verification ? withoutFailures(outcome.verification) : null,
    failures: [...outcome.gate.failures, ...(outcome.verification?.failures ?? [])],
    passed: outcome.releaseId !== null,
  };
}

/** Writes the report as JSON and as a readable page; returns both paths. */
export async function writeAuditReport(report: AuditReport, directory: string, t: CliTranslator, locale: string) {
  await fs.mkdir(directory, { recursive: true });
  const name = report.releaseId !== null ? `release-${report.releaseId}-audit` : `publish-failed-${report.createdAt.replace(/[:.]/g, "-")}`;
  const json = path.join(directory, `${name}.json`);
  const html = path.join(directory, `${name}.html`);
  await fs.writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await fs.writeFile(html, auditReportHtml(report, t, locale));
  return { json, html };
}
