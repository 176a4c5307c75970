import { TOTAL_CATEGORY } from "../../indicators/catalogue-schema.ts";

/** One cell of the municipality's raw register counts. Lives only in memory while publishing. */
export interface RegisterCell {
  count: number;
  base: number;
}

export const registerKey = (indicator: string, year: number, area: string, category: string) =>
  `${indicator}|${year}|${area}|${category}`;

/** The raw counts of one publication, keyed by indicator|year|area|category. */
export interface RegisterData {
  cells: Map<string, RegisterCell>;
  indicators: string[];
  years: number[];
}

export { TOTAL_CATEGORY };
