import { classFill } from "@/components/choropleth/map-patterns.tsx";
import type { Level } from "@/lib/maps/bivariate-classes.ts";

const LEVELS: Level[] = [1, 2, 3];
const CELL = 20;

/**
 * The nine colours as the grid they form: first indicator rising to the right, second
 * rising upwards. A picture only; the list beside it says the same in words.
 */
export function BivariateGrid({ axisFirst, axisSecond }: { axisFirst: string; axisSecond: string }) {
  return (
    <div className="buurtbeeld-bivariate-grid" aria-hidden="true">
      <span className="buurtbeeld-bivariate-grid__axis buurtbeeld-bivariate-grid__axis--second">{axisSecond}</span>
      <svg viewBox={`0 0 ${CELL * 3} ${CELL * 3}`} className="buurtbeeld-bivariate-grid__svg" focusable="false">
        {LEVELS.map((y) =>
          LEVELS.map((x) => (
            <rect
              key={`${x}-${y}`}
              x={(x - 1) * CELL}
              y={(3 - y) * CELL}
              width={CELL}
              height={CELL}
              fill={classFill("bivariate-grid", `${x}-${y}`)}
              className="buurtbeeld-map-legend__rect"
            />
          )),
        )}
      </svg>
      <span className="buurtbeeld-bivariate-grid__axis">{axisFirst}</span>
    </div>
  );
}
