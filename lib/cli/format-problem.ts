import type { ImportProblem } from "../import/import-problem.ts";
import type { CliTranslator } from "./cli-translator.ts";

/** "buurten.geojson, feature 3 (BU19910103 Moleneind-Groenewoud): ring 1 is not closed." */
export function formatProblem(problem: ImportProblem, t: CliTranslator, itemLabel: "Feature" | "Line"): string {
  const message = t(`importProblems.${problem.key}`, problem.values);
  if (!problem.file && problem.item === undefined && !problem.code && !problem.name) return message;
  const label = t(`importProblems.itemLabel${itemLabel}`);
  const values = { file: problem.file ?? "", itemLabel: label, item: problem.item ?? "", code: problem.code ?? "", name: problem.name ?? "" };
  let where: string;
  if (problem.item === undefined) {
    const what = [problem.code, problem.name].filter(Boolean).join(" ");
    where = [problem.file, what].filter(Boolean).join(", ");
  }
  else if (problem.name) where = t("importProblems.whereItemCodeName", values);
  else if (problem.code) where = t("importProblems.whereItemCode", values);
  else where = t("importProblems.whereItem", values);
  return `${where}: ${message}`;
}
