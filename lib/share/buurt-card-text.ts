import type { AreaSummary } from "../areas/area-summary.ts";
import { cbsFieldBase, cbsSlug } from "../figures/cbs-label-keys.ts";
import type { CellStatus } from "../figures/figure-table-model.ts";
import { formatIndicatorCell } from "../figures/format-indicator-cell.ts";
import type { CbsFigureTable } from "../figures/get-cbs-figures.ts";
import { toFigureTable } from "../figures/to-figure-table.ts";
import type { ReleaseSection } from "../pages/load-buurt-page.ts";
import { KEY_FIGURE_COUNT, pickKeyIndicators } from "./pick-key-indicators.ts";

type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has(key: string): boolean };

export interface CardFigure {
  label: string;
  /** The value in words, as the page says it: "12,3% (45) in 2024", "afgeschermd in 2024". */
  value: string;
  status: CellStatus;
  /** Set when the buurt is among the gemeente's worst fifth for this figure. */
  standsOut?: string;
}

/** Every word on a buurt's share card. Only this reaches the picture, so what it says is testable. */
export interface BuurtCardText {
  siteName: string;
  title: string;
  subtitle: string;
  figuresHeading: string | null;
  figures: CardFigure[];
  /** Said instead of figures when there are none. */
  empty: string | null;
  demo: string | null;
  /** How the figures were protected; only under register figures. */
  protection: string | null;
}

export interface BuurtCardInput {
  buurt: AreaSummary;
  wijk: AreaSummary;
  gemeente: AreaSummary;
  figures: CbsFigureTable | null;
  release: ReleaseSection | null;
}

/** CBS figures a card falls back on before any release: who lives there, in how many households. */
const CBS_KEY_FIELDS = ["AantalInwoners", "HuishoudensTotaal", "GemiddeldeHuishoudensgrootte", "Bevolkingsdichtheid"];

/**
 * The card's text in the page's words: the register figures of the current release where
 * there is one (a withheld figure says so and nothing more), else CBS key figures, else
 * just the names.
 */
export function buurtCardText(data: BuurtCardInput, locale: "nl" | "en", t: Translate): BuurtCardText {
  const { buurt, wijk, gemeente, release } = data;
  const base = {
    siteName: t("share.siteName", { gemeente: gemeente.name }),
    title: buurt.name,
    subtitle: t("share.buurtSubtitle", { wijk: wijk.name, gemeente: gemeente.name }),
  };
  if (release) {
    const figures = pickKeyIndicators(release.themes).map((indicator) => {
      const cell = indicator.cells[buurt.code] ?? { status: "NO_DATA" as const, count: null, rate: null };
      return {
        label: indicator.name[locale],
        value: t("share.figureValue", { value: formatIndicatorCell(cell, indicator.rateScale, locale, t), year: release.year }),
        status: cell.status,
        standsOut: indicator.standsOut ? t("share.standsOut") : undefined,
      };
    });
    return {
      ...base,
      figuresHeading: t("share.releaseHeading"),
      figures,
      empty: figures.length === 0 ? t("share.noFigures") : null,
      demo: release.isDemo ? t("share.demo") : null,
      protection: t("share.protection"),
    };
  }
  const figures = data.figures ? cbsKeyFigures(data.figures, buurt.code, locale, t) : [];
  return {
    ...base,
    figuresHeading: figures.length > 0 ? t("share.cbsHeading", { year: data.figures!.year }) : null,
    figures,
    empty: figures.length === 0 ? t("share.noFigures") : null,
    demo: null,
    protection: null,
  };
}

function cbsKeyFigures(table: CbsFigureTable, buurtCode: string, locale: "nl" | "en", t: Translate): CardFigure[] {
  const rows = table.rows.filter((row) => CBS_KEY_FIELDS.includes(cbsFieldBase(row.key)));
  const shaped = toFigureTable({ ...table, rows }, [{ code: buurtCode, heading: "" }], { locale, t });
  if (shaped.columns.length === 0) return [];
  return shaped.groups
    .flatMap((group) => group.rows)
    .slice(0, KEY_FIGURE_COUNT)
    .map((row) => {
      const cell = row.cells[0]!;
      // "8.765 aantal" says nothing more than "8.765": a plain count goes without its unit.
      const unit = cell.status === "PUBLISHED" && !isPlainCount(rows.find((raw) => raw.key === row.key)?.unit) ? row.unit : "";
      return { label: row.label, value: unit ? `${cell.text} ${unit}` : cell.text, status: cell.status };
    });
}

function isPlainCount(unit: string | null | undefined): boolean {
  return !unit || cbsSlug(unit) === "aantal";
}
