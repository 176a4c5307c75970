import type { Highs } from "highs";
import type { Database } from "../db/open-database.ts";
import { DisclosureParametersSchema } from "../disclosure/parameters.ts";
import { primaryRule } from "../disclosure/primary-rules.ts";
import { parseRegisterCsv } from "./import/parse-register-csv.ts";
import { registerKey } from "./import/register-data.ts";
import { inputFingerprint } from "./input-fingerprint.ts";
import { loadReleaseTables } from "./load-release-tables.ts";
import { cbsKnowledge } from "./outside-knowledge.ts";
import { loadDivision, loadPlanIndicators } from "./publish-release.ts";
import { layoutCells } from "./release-table-layout.ts";
import { type VerificationResult, verifyTables } from "./verify-release.ts";

export type CurrentReleaseAudit =
  | { status: "noRelease" }
  | { status: "inputMismatch"; releaseId: number }
  | { status: "audited"; releaseId: number; result: VerificationResult };

/**
 * Re-audits the current release from the database alone, with what CBS has published about
 * the same populations since. With the raw register (checked by fingerprint) it applies the
 * full criteria; without, the attacker's view.
 */
export async function auditCurrentRelease(
  db: Database,
  highs: Highs,
  options: { raw?: { content: string; file: string; salt: string }; onProgress?: (done: number, total: number) => void } = {},
): Promise<CurrentReleaseAudit> {
  const release = await db.prisma.release.findFirst({ where: { status: "CURRENT" } });
  if (!release) return { status: "noRelease" };
  const parameters = DisclosureParametersSchema.parse(release.parameters);
  const [tables, indicators] = await Promise.all([loadReleaseTables(db, release), loadPlanIndicators(db)]);

  if (options.raw) {
    if (inputFingerprint(options.raw.salt, options.raw.content) !== release.inputFingerprint) {
      return { status: "inputMismatch", releaseId: release.id };
    }
    const division = await loadDivision(db, release.gemeenteCode, release.divisionYear);
    const register = parseRegisterCsv(options.raw.content, options.raw.file, {
      areas: division,
      indicators: new Map(indicators.map((i) => [i.code, { base: i.baseCode, categories: i.categories }])),
    });
    const sensitive = new Map(indicators.map((i) => [i.code, i.sensitive]));
    for (const table of tables) {
      const cells = layoutCells(table.layout).map(({ area, category }) => register.cells.get(registerKey(table.indicatorCode, table.year, area, category)));
      if (cells.some((cell) => cell === undefined)) continue;
      const values = cells.map((cell) => cell!.count);
      const rules = cells.map((cell) => (sensitive.get(table.indicatorCode) === false ? null : primaryRule(cell!.count, cell!.base, parameters)));
      table.truth = { values, isPrimary: (cell) => rules[cell] !== null };
    }
  }

  // What CBS publishes about the same populations is the attacker's too, whenever it came.
  const cbs = await cbsKnowledge(db.prisma, [...new Set(tables.map((table) => table.year))], indicators);
  for (const table of tables) {
    const cells = layoutCells(table.layout);
    table.knowledge = cells.map(({ area, category }, i) => {
      const known = cbs.get(registerKey(table.indicatorCode, table.year, area, category));
      const linked = table.knowledge?.[i];
      // With the raw data, a CBS figure that does not fit is about another population.
      if (!known || (table.truth && (table.truth.values[i]! < known.lower || table.truth.values[i]! > known.upper))) return linked;
      if (!linked) return known;
      return { lower: Math.max(known.lower, linked.lower), upper: Math.min(known.upper, linked.upper) };
    });
  }
  return { status: "audited", releaseId: release.id, result: verifyTables(tables, parameters, highs, options.onProgress) };
}
