import type { Position } from "./geometry.ts";

// RD New ⇄ WGS84 by the polynomials of Schreutelkamp and Strang van Hees: within half a metre
// of the exact transformation (rd-new.ts, proj4) across the Netherlands, in about 1 kB of
// code. For the browser, where a tap on the SVG map (drawn in RD metres) becomes a point,
// and where proj4 would weigh many times as much for no visible difference.

const X0 = 155000;
const Y0 = 463000;
const LAT0 = 52.1551744;
const LON0 = 5.38720621;

type Terms = readonly (readonly [p: number, q: number, coefficient: number])[];

// Powers of dX and dY (units of 100 km) → arc seconds of latitude and longitude.
const LAT_TERMS: Terms = [
  [0, 1, 3235.65389], [2, 0, -32.58297], [0, 2, -0.2475], [2, 1, -0.84978], [0, 3, -0.0655], [2, 2, -0.01709],
  [1, 0, -0.00738], [4, 0, 0.0053], [2, 3, -0.00039], [4, 1, 0.00033], [1, 1, -0.00012],
];
const LON_TERMS: Terms = [
  [1, 0, 5260.52916], [1, 1, 105.94684], [1, 2, 2.45656], [3, 0, -0.81885], [1, 3, 0.05594], [3, 1, -0.05607],
  [0, 1, 0.01199], [3, 2, -0.00256], [1, 4, 0.00128], [0, 2, 0.00022], [2, 0, -0.00022], [5, 0, 0.00026],
];
// Powers of dLat and dLon (units of 10,000 arc seconds) → metres of x and y.
const X_TERMS: Terms = [
  [0, 1, 190094.945], [1, 1, -11832.228], [2, 1, -114.221], [0, 3, -32.391], [1, 0, -0.705], [3, 1, -2.34],
  [1, 3, -0.608], [0, 2, -0.008], [2, 3, 0.148],
];
const Y_TERMS: Terms = [
  [1, 0, 309056.544], [0, 2, 3638.893], [2, 0, 73.077], [1, 2, -157.984], [3, 0, 59.788], [0, 1, 0.433],
  [2, 2, -6.439], [1, 1, -0.032], [0, 4, 0.092], [1, 4, -0.054],
];

function sum(terms: Terms, a: number, b: number): number {
  let total = 0;
  for (const [p, q, coefficient] of terms) total += coefficient * a ** p * b ** q;
  return total;
}

/** RD New metres → [lon, lat], rounded to 6 decimals like rdToWgs84. */
export function rdToWgs84Approx([x, y]: Position): Position {
  const dx = (x - X0) * 1e-5;
  const dy = (y - Y0) * 1e-5;
  const round = (value: number) => Math.round(value * 1e6) / 1e6;
  return [round(LON0 + sum(LON_TERMS, dx, dy) / 3600), round(LAT0 + sum(LAT_TERMS, dx, dy) / 3600)];
}

/** [lon, lat] → RD New metres. */
export function wgs84ToRdApprox([lon, lat]: Position): Position {
  const dLat = 0.36 * (lat - LAT0);
  const dLon = 0.36 * (lon - LON0);
  return [X0 + sum(X_TERMS, dLat, dLon), Y0 + sum(Y_TERMS, dLat, dLon)];
}
