import type { CliTranslator } from "../cli/cli-translator.ts";
import type { DisclosureParameters } from "../disclosure/parameters.ts";
import type { VerificationResult } from "./verify-release.ts";

export interface AuditReport {
  releaseId: number | null;
  gemeente: string;
  createdAt: string;
  isDemo: boolean;
  divisionYear: number;
  years: number[];
  indicators: number;
  cells: { total: number; published: number; suppressed: number };
  parameters: DisclosureParameters;
  ruleCounts: Record<string, number>;
  gate: { engine: string; passed: boolean; seconds: number; narrowestInterval: number | null } | null;
  verification: Omit<VerificationResult, "failures"> | null;
  /** By position, never by value. */
  failures: { cell: string; reason: string }[];
  passed: boolean;
}

const escape = (text: string | number) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

function rows(entries: [string, string | number][]): string {
  return entries.map(([key, value]) => `<tr><th scope="row">${escape(key)}</th><td>${escape(value)}</td></tr>`).join("");
}

/** A standalone page a municipality can file with the release: no scripts, no raw counts. */
export function auditReportHtml(report: AuditReport, t: CliTranslator, locale: string): string {
  const r = (key: string, values?: Record<string, string | number>) => t(`auditReport.${key}`, values);
  const yesNo = (value: boolean) => r(value ? "yes" : "no");
  const outcome = (passed: boolean) => r(passed ? "passed" : "failed");
  const title = report.releaseId === null ? r("titleFailed", { gemeente: report.gemeente }) : r("title", { id: report.releaseId, gemeente: report.gemeente });
  const section = (heading: string, body: string) => `<section><h2>${escape(heading)}</h2>${body}</section>`;
  const table = (entries: [string, string | number][]) => `<table>${rows(entries)}</table>`;
  const rule = (key: string, count: string) => [r(key), report.ruleCounts[count] ?? 0] as [string, number];
  const failures =
    report.failures.length === 0
      ? `<p>${escape(r("failuresNone"))}</p>`
      : `<table><thead><tr><th scope="col">${escape(r("position"))}</th><th scope="col">${escape(r("reason"))}</th></tr></thead><tbody>${report.failures
          .map((f) => `<tr><td>${escape(f.cell.replaceAll("|", " | "))}</td><td>${escape(r(`reason_${f.reason}`))}</td></tr>`)
          .join("")}</tbody></table>`;
  return `<!DOCTYPE html>
<html lang="${escape(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
body{font-family:system-ui,sans-serif;line-height:1.5;margin:2rem auto;max-width:48rem;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #8c8c8c;padding:.3rem .5rem;text-align:left;vertical-align:top}
td{font-variant-numeric:tabular-nums}.passed{color:#0b6b2e;font-weight:700}.failed{color:#b00020;font-weight:700}
</style>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
<p>${escape(r("intro"))}</p>
${section(
  r("summary"),
  `<table>${rows([[r("status"), outcome(report.passed)]]).replace("<td>", `<td class="${report.passed ? "passed" : "failed"}">`)}${rows([
    [r("createdAt"), report.createdAt],
    [r("demo"), yesNo(report.isDemo)],
    [r("divisionYear"), report.divisionYear],
    [r("years"), report.years.join(", ")],
    [r("indicators"), report.indicators],
    [r("cellsTotal"), report.cells.total],
    [r("cellsPublished"), report.cells.published],
    [r("cellsSuppressed"), report.cells.suppressed],
  ])}</table>`,
)}
${section(
  r("parameters"),
  table([
    [r("threshold"), report.parameters.threshold],
    [r("protection"), report.parameters.protection],
    [r("roundingBase"), report.parameters.roundingBase],
    [r("minRateDenominator"), report.parameters.minRateDenominator],
  ]),
)}
${section(
  r("rules"),
  table([
    rule("ruleP1", "P1"),
    rule("ruleP2", "P2"),
    rule("ruleL", "L"),
    rule("ruleS1", "S1"),
    rule("ruleS2", "S2"),
    rule("rulePublished", "published"),
    rule("ruleStructuralZeros", "structuralZeros"),
    rule("ruleRates", "rates"),
    rule("ruleRatesWithheld", "ratesWithheld"),
  ]),
)}
${
  report.gate
    ? section(
        r("gate"),
        table([
          [r("engine"), report.gate.engine],
          [r("status"), outcome(report.gate.passed)],
          [r("narrowest"), report.gate.narrowestInterval ?? "—"],
          [r("seconds"), report.gate.seconds.toFixed(1)],
        ]),
      )
    : ""
}
${
  report.verification
    ? section(
        r("verification"),
        table([
          [r("engine"), report.verification.engine],
          [r("criteria"), r(report.verification.criteria === "full" ? "criteriaFull" : "criteriaAttacker")],
          [r("status"), outcome(report.verification.passed)],
          [r("tables"), report.verification.tables],
          [r("hiddenCells"), report.verification.hiddenCells],
          [r("narrowest"), report.verification.narrowestInterval ?? "—"],
          [r("seconds"), report.verification.seconds.toFixed(1)],
        ]),
      )
    : ""
}
${section(r("failures"), failures)}
</main>
</body>
</html>
`;
}
