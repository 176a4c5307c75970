import { describe, expect, it } from "vitest";
import { classifyNeedReach, type NeedReachInput } from "../../lib/facilities/classify-need-reach.ts";

const published = (code: string, rate: number, meanMeters: number | null): NeedReachInput => ({ code, need: { status: "PUBLISHED", rate }, meanMeters });

describe("classifyNeedReach", () => {
  // Ten buurten with rates 1..10: the top fifth are the two highest (9 and 10).
  const buurten = Array.from({ length: 10 }, (_, index) => published(`B${index + 1}`, index + 1, index % 2 === 0 ? 1500 : 300));

  it("highlights a buurt only when its need is in the top fifth and the facility is beyond 1 km", () => {
    const categories = classifyNeedReach(buurten);
    expect(categories.get("B9")).toBe("both"); // rate 9, 1,500 m
    expect(categories.get("B10")).toBe("need"); // rate 10, 300 m
    expect(categories.get("B1")).toBe("far"); // rate 1, 1,500 m
    expect(categories.get("B2")).toBe("neither");
    expect([...categories.values()].filter((category) => category === "both")).toHaveLength(1);
  });

  it("never highlights a withheld or missing need, or an unknown reach", () => {
    const categories = classifyNeedReach([
      ...buurten,
      { code: "S", need: { status: "SUPPRESSED", rate: null }, meanMeters: 5000 },
      { code: "N", need: { status: "NO_DATA", rate: null }, meanMeters: 5000 },
      published("U", 99, null),
    ]);
    expect(categories.get("S")).toBe("suppressed");
    expect(categories.get("N")).toBe("no-data");
    expect(categories.get("U")).toBe("no-data");
  });

  it("moves the border with the chosen distance", () => {
    expect(classifyNeedReach(buurten, 2000).get("B9")).toBe("need");
  });
});
