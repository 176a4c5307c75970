import type { AreaGeometry } from "../../geo/geometry.ts";
import { type ImportProblem, ProblemList } from "../../import/import-problem.ts";
import { type AreaLevelName, parentCodeOf } from "../area-code.ts";
import { dissolveOutline } from "./dissolve-outline.ts";
import type { ParsedArea } from "./parse-area-file.ts";

export interface DivisionArea {
  code: string;
  level: AreaLevelName;
  name: string;
  parentCode: string | null;
  geometry: AreaGeometry;
  derived: boolean;
}

/** A complete gemeente ⊃ wijk ⊃ buurt division of one year, ready to be written. */
export interface AreaDivision {
  year: number;
  gemeenteCode: string;
  /** Parents before children: the order in which they can be written. */
  areas: DivisionArea[];
  /** Not errors, but worth telling the person importing (e.g. a wijk without a name). */
  notices: ImportProblem[];
}

export interface BuildDivisionOptions {
  gemeenteCode: string;
  gemeenteName: string;
  year?: number;
  onProgress?: (done: number, total: number) => void;
}

function mostCommon(values: (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function resolveYear(parsed: ParsedArea[], requested: number | undefined, problems: ProblemList): number | undefined {
  if (requested !== undefined) {
    for (const area of parsed) {
      if (area.year !== undefined && area.year !== requested) {
        problems.add({ ...where(area), key: "yearMismatch", values: { year: area.year, expected: requested } });
      }
    }
    return requested;
  }
  const years = [...new Set(parsed.map((area) => area.year).filter((year) => year !== undefined))];
  if (years.length === 1) return years[0];
  if (years.length === 0) problems.add({ key: "yearMissing" });
  else problems.add({ key: "yearsDiffer", values: { years: years.sort().join(", ") } });
  return undefined;
}

function where(area: ParsedArea): Pick<ImportProblem, "file" | "item" | "code" | "name"> {
  return { file: area.file, item: area.item, code: area.code, name: area.name };
}

/**
 * Joins the features of one or more files into one division: refuses duplicates and
 * mixed years, and dissolves wijk and gemeente outlines from the buurten where the files
 * do not give them.
 */
export function buildAreaDivision(parsed: ParsedArea[], options: BuildDivisionOptions): AreaDivision {
  const problems = new ProblemList();
  const byCode = new Map<string, ParsedArea>();
  for (const area of parsed) {
    const first = byCode.get(area.code);
    if (first) {
      problems.add({ ...where(area), key: "duplicateCode", values: { firstFile: first.file, firstItem: first.item } });
      continue;
    }
    byCode.set(area.code, area);
  }
  const year = resolveYear(parsed, options.year, problems);
  const buurten = [...byCode.values()].filter((area) => area.level === "BUURT");
  if (buurten.length === 0) problems.add({ key: "noBuurten" });
  problems.throwIfAny();

  const notices: ImportProblem[] = [];
  const wijkCodes = [
    ...new Set([
      ...buurten.map((buurt) => parentCodeOf(buurt.code)!),
      ...[...byCode.values()].filter((area) => area.level === "WIJK").map((wijk) => wijk.code),
    ]),
  ].sort();
  const total = wijkCodes.length + 1;
  let done = 0;
  const tick = () => options.onProgress?.(++done, total);

  const wijken: DivisionArea[] = wijkCodes.map((code) => {
    const given = byCode.get(code);
    const parts = buurten.filter((buurt) => parentCodeOf(buurt.code) === code);
    let name = given?.name ?? mostCommon(parts.map((buurt) => buurt.wijkName));
    if (!name) {
      name = `Wijk ${code.slice(6)}`;
      notices.push({ code, key: "wijkNameMissing", values: { name } });
    }
    const wijk: DivisionArea = {
      code,
      level: "WIJK",
      name,
      parentCode: options.gemeenteCode,
      geometry: given?.wgs84 ?? dissolveOutline(parts.map((buurt) => buurt.rd)),
      derived: !given,
    };
    tick();
    return wijk;
  });

  const givenGemeente = byCode.get(options.gemeenteCode);
  const gemeente: DivisionArea = {
    code: options.gemeenteCode,
    level: "GEMEENTE",
    name: givenGemeente?.name ?? mostCommon(parsed.map((area) => area.gemeenteName)) ?? options.gemeenteName,
    parentCode: null,
    geometry: givenGemeente?.wgs84 ?? dissolveOutline(buurten.map((buurt) => buurt.rd)),
    derived: !givenGemeente,
  };
  tick();

  const buurtAreas: DivisionArea[] = buurten
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((buurt) => ({
      code: buurt.code,
      level: "BUURT",
      name: buurt.name!,
      parentCode: parentCodeOf(buurt.code)!,
      geometry: buurt.wgs84,
      derived: false,
    }));

  return { year: year!, gemeenteCode: options.gemeenteCode, areas: [gemeente, ...wijken, ...buurtAreas], notices };
}
