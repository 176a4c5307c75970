import { formattingLocale } from "./formatting-locale.ts";

export function formatCount(locale: string, value: number): string {
  return new Intl.NumberFormat(formattingLocale(locale)).format(value);
}

/** A rate with one decimal: "12,3%" in Dutch, "12.3%" in English; per-1,000 rates as a number. */
export function formatRateNumber(locale: string, rate: number): string {
  return new Intl.NumberFormat(formattingLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);
}

/** A share of 0–1 as a whole percentage: "45%". Shares of areas, never of people. */
export function formatShare(locale: string, share: number): string {
  return new Intl.NumberFormat(formattingLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(share);
}
