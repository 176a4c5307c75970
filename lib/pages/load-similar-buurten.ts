import "server-only";
import { type SimilarBuurt, similarBuurten } from "../figures/similar-buurten.ts";
import { type GridBuurt, type GridIndicator, gridCell, loadReleaseGrid, type ReleaseGrid } from "./load-release-grid.ts";

export interface SimilarBuurten {
  of: GridBuurt;
  year: number;
  buurten: (SimilarBuurt & { buurt: GridBuurt })[];
  /** What the buurten were compared on. */
  features: GridIndicator[];
}

/** Buurten like this one in the newest year of the current release; null before any release. */
export async function loadSimilarBuurten(code: string): Promise<SimilarBuurten | null> {
  const result = await loadReleaseGrid();
  if (result.kind !== "grid") return null;
  const of = result.grid.buurten.find((buurt) => buurt.code === code);
  return of ? findSimilar(result.grid, of) : null;
}

/** The population profile: the descriptive indicators, where neither high nor low is a need. */
export function findSimilar(grid: ReleaseGrid, of: GridBuurt): SimilarBuurten {
  const features = grid.indicators.filter((indicator) => !indicator.higherIsWorse);
  const profiles = new Map(
    grid.buurten.map((buurt) => [
      buurt.code,
      new Map(
        features.flatMap((feature) => {
          const cell = gridCell(grid, feature.code, buurt.code);
          return cell.status === "PUBLISHED" && cell.rate !== null ? [[feature.code, cell.rate] as const] : [];
        }),
      ),
    ]),
  );
  const byCode = new Map(grid.buurten.map((buurt) => [buurt.code, buurt]));
  const found = similarBuurten(of.code, profiles, features.map((feature) => feature.code), 5);
  return { of, year: grid.year, buurten: found.map((similar) => ({ ...similar, buurt: byCode.get(similar.code)! })), features };
}
