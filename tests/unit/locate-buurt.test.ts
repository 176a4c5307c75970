import { describe, expect, it } from "vitest";
import { distanceMetres } from "@/lib/geo/distance.ts";
import type { AreaGeometry, Ring } from "@/lib/geo/geometry.ts";
import { buurtenNear, locatable, locateBuurt } from "@/lib/initiatives/locate-buurt.ts";
import { parseNearbyQuery } from "@/lib/initiatives/nearby-query.ts";

const ring = (lon: number, lat: number, size: number): Ring => [[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]];
const square = (lon: number, lat: number, size: number): AreaGeometry => ({ type: "Polygon", coordinates: [ring(lon, lat, size)] });

// Two buurten side by side, the first with a hole (an enclave of another gemeente).
const BUURTEN = [
  locatable({
    code: "BU00000001",
    name: "West",
    geometry: { type: "Polygon", coordinates: [ring(5.6, 51.6, 0.01), ring(5.604, 51.604, 0.002).reverse()] },
  }),
  locatable({ code: "BU00000002", name: "Oost", geometry: square(5.61, 51.6, 0.01) }),
];

describe("locateBuurt", () => {
  it("finds the buurt a point lies in", () => {
    expect(locateBuurt([5.601, 51.601], BUURTEN)?.code).toBe("BU00000001");
    expect(locateBuurt([5.615, 51.605], BUURTEN)?.code).toBe("BU00000002");
  });

  it("finds none outside the gemeente, in a hole, or far away", () => {
    expect(locateBuurt([5.59, 51.605], BUURTEN)).toBeUndefined();
    expect(locateBuurt([5.605, 51.605], BUURTEN)).toBeUndefined();
    expect(locateBuurt([4.9, 52.37], BUURTEN)).toBeUndefined();
  });
});

describe("buurtenNear", () => {
  it("includes a neighbour within reach of the point and leaves out one beyond it", () => {
    // 5.6095 is about 35 m from Oost's edge at 5.61; 5.6005 is about 660 m from it.
    expect(buurtenNear([5.6095, 51.605], BUURTEN, 500).map((buurt) => buurt.code)).toEqual(["BU00000001", "BU00000002"]);
    expect(buurtenNear([5.6005, 51.605], BUURTEN, 500).map((buurt) => buurt.code)).toEqual(["BU00000001"]);
  });
});

describe("distanceMetres", () => {
  it("measures short distances in the Netherlands to within a percent", () => {
    // One thousandth of a degree of latitude is about 111 m; of longitude at 51.6° about 69 m.
    expect(distanceMetres([5.6, 51.6], [5.6, 51.601])).toBeCloseTo(111.2, 0);
    expect(distanceMetres([5.6, 51.6], [5.601, 51.6])).toBeCloseTo(69.1, 0);
  });
});

describe("parseNearbyQuery", () => {
  it("reads a buurt or a point", () => {
    expect(parseNearbyQuery(new URLSearchParams("buurt=bu19910101"))).toEqual({ kind: "buurt", code: "BU19910101" });
    expect(parseNearbyQuery(new URLSearchParams("lon=5.61&lat=51.65"))).toEqual({ kind: "point", lon: 5.61, lat: 51.65 });
  });

  it("refuses half a point, nonsense and nothing", () => {
    for (const query of ["lon=5.61", "lat=51.6", "lon=&lat=", "lon=abc&lat=51", "lon=500&lat=51", "buurt=GM1991", ""]) {
      expect(parseNearbyQuery(new URLSearchParams(query)), query).toBeUndefined();
    }
  });
});
