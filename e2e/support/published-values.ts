import { expect, type Page } from "@playwright/test";
import { formatWhole, type Locale } from "./site.ts";

// One published cell as every channel shows it (map table, API, CSV, GeoJSON, embed), so
// the specs of each channel compare against the same page text, written out by hand.

const STATUS_TEXT = {
  nl: { suppressed: "afgeschermd", noData: "geen gegevens" },
  en: { suppressed: "withheld", noData: "no data" },
} as const;

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i += 2;
    } else if (char === '"') {
      quoted = !quoted;
      i += 1;
    } else if (!quoted && char === ",") {
      record.push(field);
      field = "";
      i += 1;
    } else if (!quoted && char === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 2;
    } else {
      field += char;
      i += 1;
    }
  }
  expect(field === "" && record.length === 0, "the file ends with CRLF").toBe(true);
  return records;
}

export interface FileRow {
  code: string;
  niveau: string;
  status: string;
  aantal: number | null;
  waarde: number | null;
}

/** What the map's table shows for a row of the file, written out by hand like the tests of the pages. */
export function shownOnPage(row: FileRow, unit: string, locale: Locale): string {
  const t = STATUS_TEXT[locale];
  if (row.status === "afgeschermd") return t.suppressed;
  if (row.status === "geenGegevens") return t.noData;
  expect(row.status).toBe("gepubliceerd");
  const count = formatWhole(row.aantal!, locale);
  if (row.waarde === null) return count;
  const [whole, decimals] = row.waarde.toFixed(1).split(".");
  const rate = `${formatWhole(Number(whole), locale)}${locale === "nl" ? "," : "."}${decimals}`;
  return unit === "%" ? `${rate}% (${count})` : `${rate} per ${locale === "nl" ? "1.000" : "1,000"} (${count})`;
}

/** Buurt code → the value text of the map's table. */
export async function tableOnMap(page: Page): Promise<Map<string, string>> {
  const rows = await page.locator("#kaart-tabel tbody tr").evaluateAll((all) =>
    all.map((row) => [row.getAttribute("data-buurt")!, row.querySelectorAll("td")[1]!.textContent!.trim()] as const),
  );
  return new Map(rows);
}

