import { describe, expect, it } from "vitest";
import { rdToWgs84Approx, wgs84ToRdApprox } from "@/lib/geo/rd-approx.ts";
import { rdToWgs84, wgs84ToRd } from "@/lib/geo/rd-new.ts";

// The browser turns a tap on the SVG map (RD New metres) into lon/lat with these polynomials;
// the server places that point with proj4. They must agree far better than a fingertip.

const GRID = [100_000, 130_000, 155_000, 170_800, 200_000, 250_000].flatMap((x) => [320_000, 380_000, 407_850, 463_000, 520_000, 600_000].map((y) => [x, y] as [number, number]));

describe("RD New ⇄ WGS84 without proj4", () => {
  it("puts every point within a metre of proj4 across the Netherlands", () => {
    for (const rd of GRID) {
      const [x, y] = wgs84ToRd(rdToWgs84Approx(rd));
      expect(Math.hypot(x - rd[0], y - rd[1]), `${rd}`).toBeLessThan(1);
    }
  });

  it("goes back to RD New within a metre of proj4", () => {
    for (const rd of GRID) {
      const [x, y] = wgs84ToRdApprox(rdToWgs84(rd));
      expect(Math.hypot(x - rd[0], y - rd[1]), `${rd}`).toBeLessThan(1);
    }
  });

  it("knows Amersfoort, the origin of RD", () => {
    const [lon, lat] = rdToWgs84Approx([155_000, 463_000]);
    expect(lon).toBeCloseTo(5.38720621, 6);
    expect(lat).toBeCloseTo(52.1551744, 6);
  });
});
