export type Position = [number, number];
export type Ring = Position[];
export type PolygonGeometry = { type: "Polygon"; coordinates: Ring[] };
export type MultiPolygonGeometry = { type: "MultiPolygon"; coordinates: Ring[][] };
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;

export function polygonsOf(geometry: AreaGeometry): Ring[][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

export function mapPositions(geometry: AreaGeometry, map: (position: Position) => Position): AreaGeometry {
  const mapPolygon = (rings: Ring[]) => rings.map((ring) => ring.map(map));
  return geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: mapPolygon(geometry.coordinates) }
    : { type: "MultiPolygon", coordinates: geometry.coordinates.map(mapPolygon) };
}

/** Shoelace area; positive when the ring runs counter-clockwise in x-east, y-north axes. */
export function signedRingArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/** RFC 7946 winding: exterior rings counter-clockwise, holes clockwise. */
export function rewindRfc7946(geometry: AreaGeometry): AreaGeometry {
  const rewindPolygon = (rings: Ring[]) =>
    rings.map((ring, index) => {
      const counterClockwise = signedRingArea(ring) > 0;
      const wantCounterClockwise = index === 0;
      return counterClockwise === wantCounterClockwise ? ring : [...ring].reverse();
    });
  return geometry.type === "Polygon"
    ? { type: "Polygon", coordinates: rewindPolygon(geometry.coordinates) }
    : { type: "MultiPolygon", coordinates: geometry.coordinates.map(rewindPolygon) };
}

export function boundsOf(geometries: AreaGeometry[]): [number, number, number, number] {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const geometry of geometries) {
    for (const polygon of polygonsOf(geometry)) {
      for (const [x, y] of polygon[0] ?? []) {
        if (x < minX) minX = x;
        if (y < minY) minY = y;
        if (x > maxX) maxX = x;
        if (y > maxY) maxY = y;
      }
    }
  }
  return [minX, minY, maxX, maxY];
}
