import { type AreaGeometry, polygonsOf, type Position } from "./geometry.ts";
import { wgs84ToRd } from "./rd-new.ts";

// SVG maps are drawn in RD New metres: a conformal projection made for the Netherlands,
// so buurten keep their true shapes, and whole metres make short, exact path data.

export interface SvgFrame {
  viewBox: string;
  width: number;
  height: number;
}

function toSvgPoint(position: Position): Position {
  const [x, y] = wgs84ToRd(position);
  return [Math.round(x), -Math.round(y)];
}

/** Numbers joined the way SVG allows: a minus sign separates as well as a space does. */
function joinNumbers(numbers: number[]): string {
  let out = "";
  for (const [index, value] of numbers.entries()) out += index > 0 && value >= 0 ? ` ${value}` : `${value}`;
  return out;
}

/**
 * Path data for a (multi)polygon, holes cut out with fill-rule evenodd. Relative steps
 * after the first point keep it about half as long: it travels in every page twice.
 */
export function svgPathData(geometry: AreaGeometry): string {
  return polygonsOf(geometry)
    .flatMap((rings) =>
      rings.map((ring) => {
        const points = ring.slice(0, -1).map(toSvgPoint);
        const [first, ...rest] = points;
        const steps: number[] = [];
        let [px, py] = first!;
        for (const [x, y] of rest) {
          steps.push(x - px, y - py);
          [px, py] = [x, y];
        }
        return `M${joinNumbers(first!)}${steps.length ? `l${joinNumbers(steps)}` : ""}z`;
      }),
    )
    .join("");
}

/** A viewBox around the geometries with a small margin. */
export function svgFrame(geometries: AreaGeometry[], marginFraction = 0.02): SvgFrame {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const geometry of geometries) {
    for (const rings of polygonsOf(geometry)) {
      for (const position of rings[0] ?? []) {
        const [x, y] = toSvgPoint(position);
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      }
    }
  }
  const margin = Math.round(Math.max(maxX - minX, maxY - minY) * marginFraction);
  const width = maxX - minX + 2 * margin;
  const height = maxY - minY + 2 * margin;
  return { viewBox: `${minX - margin} ${minY - margin} ${width} ${height}`, width, height };
}
