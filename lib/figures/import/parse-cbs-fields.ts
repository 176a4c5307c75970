import { z } from "zod";
import { ImportError, ProblemList } from "../../import/import-problem.ts";
import { readCsv } from "../../import/read-csv.ts";

/** One variable of a CBS table as its metadata (DataProperties) describes it. */
export interface CbsField {
  key: string;
  /** "figure" columns hold numbers to show; "region" columns identify the area. */
  role: "figure" | "region";
  title: string;
  topicGroup: string | null;
  unit: string | null;
  decimals: number;
  description: string | null;
  position: number;
}

const REQUIRED_COLUMNS = ["key", "type", "title"] as const;
const REGION_GROUP = "Regioaanduiding";
const TEXT_UNITS = new Set(["naam", "omschrijving", "code"]);

const Decimals = z.coerce.number().int().min(0).max(6);

/**
 * Reads the field list of a CBS table (key, type, group, title, unit, decimals,
 * description), as in kwb_85984NED_2024_fields.csv.
 */
export function parseCbsFields(content: string, file: string): CbsField[] {
  const { header, rows } = readCsv(content, file);
  const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  if (missing.length > 0) throw new ImportError([{ file, key: "missingColumns", values: { columns: missing.join(", ") } }]);
  const column = (name: string) => header.indexOf(name);

  const problems = new ProblemList();
  const fields: CbsField[] = [];
  const seen = new Set<string>();
  for (const { line, cells } of rows) {
    const cell = (name: string) => {
      const index = column(name);
      return index < 0 ? "" : (cells[index] ?? "").trim();
    };
    const key = cell("key");
    const type = cell("type");
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(key)) {
      problems.add({ file, item: line, key: "invalidFieldKey", values: { value: key } });
      continue;
    }
    if (seen.has(key)) {
      problems.add({ file, item: line, code: key, key: "duplicateField" });
      continue;
    }
    seen.add(key);
    if (type === "TopicGroup") continue;
    const decimals = Decimals.safeParse(cell("decimals") || "0");
    if (!decimals.success) {
      problems.add({ file, item: line, code: key, key: "invalidDecimals", values: { value: cell("decimals") } });
      continue;
    }
    const group = cell("group") || null;
    const unit = cell("unit") || null;
    const isRegion =
      type !== "Topic" || group === REGION_GROUP || (unit !== null && TEXT_UNITS.has(unit.toLowerCase()));
    fields.push({
      key,
      role: isRegion ? "region" : "figure",
      title: cell("title").trim() || key,
      topicGroup: group,
      unit,
      decimals: decimals.data,
      description: cell("description") || null,
      position: fields.length + 1,
    });
  }
  problems.throwIfAny();
  if (!fields.some((field) => field.role === "figure")) throw new ImportError([{ file, key: "noFigureFields" }]);
  return fields;
}
