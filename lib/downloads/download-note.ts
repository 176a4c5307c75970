import { formattingLocale } from "../i18n/formatting-locale.ts";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The rules a release was protected with that the public may know (never p or the salt). */
export interface PublishedRules {
  threshold: number;
  roundingBase: number;
  minRateDenominator: number;
}

export interface DownloadNoteFacts {
  locale: "nl" | "en";
  gemeente: string;
  indicator: { name: string; definition: string; source: string; base: string };
  rateScale: number;
  year: number;
  areaYear: number;
  release: { id: number; createdAt: Date; isDemo: boolean };
  dataVersion: number;
  rules: PublishedRules;
  licence: { id: string; url: string };
  /** The explanation page: absolute with a configured siteUrl, else the site's own path. */
  explanationUrl: string;
}

/** The release's date as the pages write dates: "3 maart 2025", "3 March 2025". */
export function releaseDate(createdAt: Date, locale: "nl" | "en"): string {
  return new Intl.DateTimeFormat(formattingLocale(locale), { dateStyle: "long", timeZone: "Europe/Amsterdam" }).format(createdAt);
}

/** "Made from release 12 of 3 March 2025 (data version 40)": said in the note and in the GeoJSON's metadata. */
export function generatedFrom(facts: Pick<DownloadNoteFacts, "locale" | "release" | "dataVersion">, t: Translate): string {
  return t("download.generatedFrom", { release: facts.release.id, date: releaseDate(facts.release.createdAt, facts.locale), version: facts.dataVersion });
}

/** Who to name when using the figures. */
export function attribution(gemeente: string, t: Translate): string {
  return t("download.attribution", { gemeente });
}

/**
 * The README inside every download, one line per sentence group: what the figures are, which
 * release they come from, the protection rules with the numbers the release really used, what
 * the two statuses mean, and the licence. The same lines go into the CSV and the GeoJSON.
 */
export function downloadNote(facts: DownloadNoteFacts, t: Translate): string[] {
  const { indicator, rules } = facts;
  return [
    t("download.note.title", { gemeente: facts.gemeente, indicator: indicator.name, year: facts.year }),
    t("download.note.what", { definition: indicator.definition }),
    t("download.note.figures", { year: facts.year, areaYear: facts.areaYear }),
    generatedFrom(facts, t),
    ...(facts.release.isDemo ? [t("download.note.demo")] : []),
    t("download.note.columns", { base: indicator.base }),
    t(facts.rateScale === 100 ? "download.note.valuePercent" : "download.note.valuePerThousand", { scale: facts.rateScale }),
    t("download.note.language"),
    t("download.note.threshold", { threshold: rules.threshold }),
    t("download.note.rounding", { roundingBase: rules.roundingBase }),
    t("download.note.rates", { minRateDenominator: rules.minRateDenominator }),
    t("download.note.complements"),
    t("download.note.suppressed"),
    t("download.note.noData"),
    t("download.note.finest"),
    t("download.note.source", { source: indicator.source, areaYear: facts.areaYear }),
    t("download.note.licence", { licence: facts.licence.id, url: facts.licence.url, attribution: attribution(facts.gemeente, t) }),
    t("download.note.explanation", { url: facts.explanationUrl }),
  ];
}
