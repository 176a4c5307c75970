import { describe, expect, it } from "vitest";
import { indicatorLegendEntries } from "@/lib/maps/indicator-legend.ts";

// A translator that shows which message and values were asked for.
const t = (key: string, values?: Record<string, string | number>) => (values ? `${key}(${Object.entries(values).map(([k, v]) => `${k}=${v}`).join(",")})` : key);

describe("indicatorLegendEntries", () => {
  const buurten = [{ mapClass: 1 }, { mapClass: 2 }, { mapClass: 2 }, { mapClass: "suppressed" as const }, { mapClass: "suppressed" as const }];
  const classes = [
    { index: 1, from: 1.5, to: 2, count: 1 },
    { index: 2, from: 3, to: 4.25, count: 2 },
  ];

  it("names every value class with its range, lowest and highest marked, then the two classes without a value", () => {
    const entries = indicatorLegendEntries({ classes, buurten, indicator: { rateScale: 100 } }, "nl", t);
    expect(entries.map((entry) => entry.mapClass)).toEqual([1, 2, "suppressed", "no-data"]);
    expect(entries[0]!.label).toBe("map.classShort(index=1,count=2): map.classLabelLowest(from=release.percent(rate=1,5),to=release.percent(rate=2,0))");
    expect(entries[1]!.label).toContain("map.classLabelHighest(");
    expect(entries.map((entry) => entry.count)).toEqual(["map.buurtCount(count=1)", "map.buurtCount(count=2)", "map.buurtCount(count=2)", "map.buurtCount(count=0)"]);
    expect(entries[2]!.label).toBe("map.legendSuppressed");
    expect(entries[3]!.label).toBe("map.legendNoData");
  });

  it("keeps the no-value classes when nothing is published", () => {
    const entries = indicatorLegendEntries({ classes: [], buurten: [{ mapClass: "no-data" }], indicator: { rateScale: 1000 } }, "en", t);
    expect(entries.map((entry) => [entry.mapClass, entry.count])).toEqual([
      ["suppressed", "map.buurtCount(count=0)"],
      ["no-data", "map.buurtCount(count=1)"],
    ]);
  });
});
