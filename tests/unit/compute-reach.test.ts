import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { computeReach, type ReachFacility } from "@/lib/facilities/compute-reach.ts";
import { NearestPointIndex } from "@/lib/facilities/nearest-point-index.ts";
import type { AreaGeometry, Position } from "@/lib/geo/geometry.ts";
import { gridPointsInside, gridPointsWithSpacing } from "@/lib/geo/grid-points.ts";
import { pointInPolygon } from "@/lib/geo/point-in-polygon.ts";

function square(x: number, y: number, size: number): AreaGeometry {
  return {
    type: "Polygon",
    coordinates: [
      [
        [x, y],
        [x + size, y],
        [x + size, y + size],
        [x, y + size],
        [x, y],
      ],
    ],
  };
}

// A 200 × 200 m buurt at aligned RD coordinates; with spacing 100 its grid points are the
// four cell centres (170050, 408050), (170150, 408050), (170050, 408150), (170150, 408150).
const BUURT = { code: "BU19910101", geometryRd: square(170000, 408000, 200) };
const EXACT = { grid: { spacing: 100, minPoints: 1 } };

const sorted = (points: Position[]) => [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);

describe("gridPointsInside", () => {
  it("gives the cell centres of an aligned square", () => {
    expect(sorted(gridPointsInside(BUURT.geometryRd, { spacing: 100, minPoints: 1 }))).toEqual([
      [170050, 408050],
      [170050, 408150],
      [170150, 408050],
      [170150, 408150],
    ]);
  });

  it("halves the spacing until enough points fall inside", () => {
    // 50 m: 16 points (< 25), 25 m: 64 points.
    const { points, spacing } = gridPointsWithSpacing(BUURT.geometryRd);
    expect(spacing).toBe(25);
    expect(points).toHaveLength(64);
  });

  it("doubles the spacing when too many points fall inside", () => {
    const { points, spacing } = gridPointsWithSpacing(square(160000, 400000, 10_000));
    // 50 m gives 40,000 points; 100 m 10,000; 200 m 2,500.
    expect(spacing).toBe(200);
    expect(points).toHaveLength(2500);
  });

  it("uses one lattice for neighbouring areas", () => {
    const left = gridPointsInside(square(170000, 408000, 300), { spacing: 100, minPoints: 1 });
    const right = gridPointsInside(square(170300, 408000, 300), { spacing: 100, minPoints: 1 });
    const xs = new Set([...left, ...right].map(([x]) => x));
    expect([...xs].sort()).toEqual([170050, 170150, 170250, 170350, 170450, 170550]);
  });

  it("leaves out points in a hole", () => {
    const withHole: AreaGeometry = {
      type: "Polygon",
      coordinates: [
        [[170000, 408000], [170300, 408000], [170300, 408300], [170000, 408300], [170000, 408000]],
        [[170100, 408100], [170100, 408200], [170200, 408200], [170200, 408100], [170100, 408100]],
      ],
    };
    const points = gridPointsInside(withHole, { spacing: 100, minPoints: 1 });
    expect(points).toHaveLength(8);
    expect(points).not.toContainEqual([170150, 408150]);
  });

  it("gives a sliver thinner than a metre one point inside it", () => {
    // 0.4 m wide, between lattice lines at every spacing down to 1 m.
    const sliver: AreaGeometry = {
      type: "Polygon",
      coordinates: [
        [
          [170000.1, 408000.1],
          [170500.1, 408000.1],
          [170500.1, 408000.5],
          [170000.1, 408000.5],
          [170000.1, 408000.1],
        ],
      ],
    };
    const points = gridPointsInside(sliver);
    expect(points).toHaveLength(1);
    expect(pointInPolygon(points[0]!, sliver)).toBe(true);
  });
});

describe("NearestPointIndex", () => {
  it("agrees with brute force", () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const facilities: Position[] = Array.from({ length: 60 }, () => [165000 + random() * 10000, 405000 + random() * 8000]);
    const index = new NearestPointIndex(facilities);
    for (let k = 0; k < 500; k++) {
      // Queries also well outside the facilities' extent.
      const query: Position = [150000 + random() * 40000, 395000 + random() * 30000];
      const brute = Math.min(...facilities.map(([x, y]) => Math.hypot(x - query[0], y - query[1])));
      expect(index.nearestDistance(query)).toBeCloseTo(brute, 9);
    }
  });
});

describe("computeReach", () => {
  it("measures from the four grid points to a facility at the buurt's corner", () => {
    // Distances from (170000, 408000): √(50²+50²) = 70.71, √(150²+50²) = 158.11 (twice),
    // √(150²+150²) = 212.13. Mean 599.07 / 4 = 149.77 → 150; all within 400 m.
    const rows = computeReach([BUURT], [{ type: "huisarts", x: 170000, y: 408000 }], ["huisarts"], EXACT);
    expect(rows).toEqual([
      { buurtCode: "BU19910101", type: "huisarts", meanMeters: 150, within400: 1, within800: 1, within1200: 1, gridPoints: 4 },
    ]);
  });

  it("measures a facility beyond the buurt, half the points within 800 m", () => {
    // From (170900, 408100): dx 850 or 750, dy 50 for every point.
    // √(850²+50²) = 851.47 (twice), √(750²+50²) = 751.66 (twice); mean 801.57 → 802.
    const [row] = computeReach([BUURT], [{ type: "bus", x: 170900, y: 408100 }], ["bus"], EXACT);
    expect(row).toMatchObject({ meanMeters: 802, within400: 0, within800: 0.5, within1200: 1 });
  });

  it("measures a facility 1,000 m away", () => {
    // From (171100, 408100): √(1050²+50²) = 1051.19 (twice), √(950²+50²) = 951.31 (twice); mean 1001.25.
    const [row] = computeReach([BUURT], [{ type: "bus", x: 171100, y: 408100 }], ["bus"], EXACT);
    expect(row).toMatchObject({ meanMeters: 1001, within400: 0, within800: 0, within1200: 1 });
  });

  it("gives one row per type, and none for a type without facilities", () => {
    const facilities: ReachFacility[] = [
      { type: "huisarts", x: 170000, y: 408000 },
      // Inside the buurt, at its centre: every point √(50²+50²) = 70.71 away.
      { type: "school", x: 170100, y: 408100 },
    ];
    const rows = computeReach([BUURT], facilities, ["huisarts", "school", "apotheek"], EXACT);
    expect(rows.map((row) => [row.type, row.meanMeters])).toEqual([
      ["huisarts", 150],
      ["school", 71],
    ]);
  });

  it("uses only the nearest facility of the type", () => {
    // The corner facility from the first case, and one 5 km away that changes nothing.
    const facilities: ReachFacility[] = [
      { type: "huisarts", x: 175000, y: 408000 },
      { type: "huisarts", x: 170000, y: 408000 },
    ];
    const [row] = computeReach([BUURT], facilities, ["huisarts"], EXACT);
    expect(row?.meanMeters).toBe(150);
  });

  it("gives no rows when no type has facilities", () => {
    expect(computeReach([BUURT], [], ["huisarts"])).toEqual([]);
  });

  it("never gets worse when a facility is added", () => {
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const buurten = [BUURT, { code: "BU19910102", geometryRd: square(171000, 409000, 700) }];
    let facilities: ReachFacility[] = [{ type: "bus", x: 168000, y: 406000 }];
    let previous = computeReach(buurten, facilities, ["bus"]);
    for (let k = 0; k < 25; k++) {
      facilities = [...facilities, { type: "bus", x: 168000 + random() * 6000, y: 406000 + random() * 6000 }];
      const next = computeReach(buurten, facilities, ["bus"]);
      next.forEach((row, r) => {
        expect(row.meanMeters).toBeLessThanOrEqual(previous[r]!.meanMeters);
        expect(row.within400).toBeGreaterThanOrEqual(previous[r]!.within400);
      });
      previous = next;
    }
  });

  it("stays fast for the real buurten and a few hundred stops", () => {
    const file = path.resolve("..", "shared", "data", "buurten_2022_maashorst_rd.geojson");
    const collection = JSON.parse(fs.readFileSync(file, "utf8")) as {
      features: { properties: { buurtcode: string }; geometry: AreaGeometry }[];
    };
    const buurten = collection.features.map((f) => ({ code: f.properties.buurtcode, geometryRd: f.geometry }));
    let seed = 3;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const stops: ReachFacility[] = Array.from({ length: 300 }, () => ({
      type: "bus",
      x: 167000 + random() * 13000,
      y: 403000 + random() * 17000,
    }));
    const started = performance.now();
    const rows = computeReach(buurten, stops, ["bus"]);
    expect(rows).toHaveLength(buurten.length);
    for (const row of rows) {
      expect(row.gridPoints).toBeGreaterThanOrEqual(25);
      expect(row.gridPoints).toBeLessThanOrEqual(4000);
    }
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
