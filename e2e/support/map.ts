import { expect, type Locator } from "@playwright/test";

/**
 * A point (in viewport pixels) where the visible shape of an SVG map link really is, so a
 * click or tap lands on that buurt and not on a neighbour inside its bounding box.
 * Prefers points near the middle whose surroundings (±4 px) belong to the same link.
 */
export async function pointInShape(link: Locator): Promise<{ x: number; y: number }> {
  await link.scrollIntoViewIfNeeded();
  const point = await link.evaluate((anchor) => {
    const box = anchor.getBoundingClientRect();
    const hits = (x: number, y: number) => {
      const element = document.elementFromPoint(x, y);
      return element !== null && anchor.contains(element);
    };
    const steps = 24;
    const candidates: { x: number; y: number }[] = [];
    for (let i = 1; i < steps; i++) {
      for (let j = 1; j < steps; j++) candidates.push({ x: box.left + (box.width * i) / steps, y: box.top + (box.height * j) / steps });
    }
    const cx = box.left + box.width / 2;
    const cy = box.top + box.height / 2;
    candidates.sort((p, q) => (p.x - cx) ** 2 + (p.y - cy) ** 2 - ((q.x - cx) ** 2 + (q.y - cy) ** 2));
    const margin = 4;
    return (
      candidates.find(
        (p) => hits(p.x, p.y) && hits(p.x - margin, p.y) && hits(p.x + margin, p.y) && hits(p.x, p.y - margin) && hits(p.x, p.y + margin),
      ) ??
      candidates.find((p) => hits(p.x, p.y)) ??
      null
    );
  });
  expect(point, `a visible, hittable point of ${link}`).not.toBeNull();
  return point!;
}
