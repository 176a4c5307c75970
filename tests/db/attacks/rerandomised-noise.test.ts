import type { Highs } from "highs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadHighs } from "@/lib/disclosure/audit/lp-intervals.ts";
import { getCurrentRelease } from "@/lib/releases/get-current-release.ts";
import type { PublishOutcome } from "@/lib/releases/publish-release.ts";
import { TEST_TARGETS, type TestTarget } from "../support/test-databases.ts";
import { Attacker, addPublishedTable, baseKey, type PublishedKnowledge, type TableSpec } from "./support/attacker.ts";
import { AGE_BANDS } from "./support/catalogue.ts";
import { assessPrimary, describeInterval, isPrimary } from "./support/checks.ts";
import { type PublicRelease, readRelease } from "./support/public-view.ts";
import { RawRegister, registerKey, TOTAL } from "./support/register.ts";
import { craftedRegister, YEAR } from "./support/scenario.ts";
import { openWorld, PARAMETERS, publish, SALT, type World } from "./support/world.ts";

// Class 8 of the design note: averaging of re-randomised noise. Rounding is random but
// fixed per cell (HMAC of the cell's identity with the release salt), so downloading or
// publishing again gives the same value and there is nothing to average. A new salt gives
// new roundings; publishing the same data under a new salt hands the attacker two
// roundings of each cell, and that must not narrow any hidden cell beyond protection.
// Finally the same number published twice with independent noise inside ONE release: a
// plain population count that equals the base population of a sensitive table.

const OTHER_SALT = "attack-examples-other-salt-0002";
const TABLES: TableSpec[] = [
  { indicator: "wmo", year: YEAR, categories: AGE_BANDS, baseCode: "inwoners" },
  { indicator: "hbh", year: YEAR, categories: AGE_BANDS, baseCode: "inwoners" },
  { indicator: "bijstand", year: YEAR, categories: [], baseCode: "volwassenen" },
];
const entries = (release: PublicRelease) => [...release.values.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe.each(TEST_TARGETS)("averaging of re-randomised noise, on the $name", (testTarget: TestTarget) => {
  let highs: Highs;
  beforeAll(async () => {
    highs = await loadHighs();
  });

  describe("the same register published again", () => {
    let world: World;
    let register: RawRegister;
    const releases: PublicRelease[] = [];
    const outcomes: PublishOutcome[] = [];

    beforeAll(async () => {
      world = await openWorld(testTarget);
      register = craftedRegister(world.division);
      for (const salt of [SALT, SALT, OTHER_SALT]) {
        outcomes.push(await publish(world.db, register.toCsv(), { salt }));
        releases.push(await readRelease(world.db, world.division));
      }
    });
    afterAll(() => world?.dispose());

    it("with the same salt gives exactly the same values: every cell rounds the same way every time", async () => {
      expect(outcomes.map((outcome) => outcome.releaseId)).toEqual([1, 2, 3]);
      const [first, second] = releases as [PublicRelease, PublicRelease];
      expect(entries(second)).toEqual(entries(first));
      // Reading it again (a page view, a download) gives the same values too.
      expect(entries(await readRelease(world.db, world.division, second.releaseId))).toEqual(entries(second));
    });

    it("with another salt rounds cells differently (the salt is what fixes the noise)", () => {
      const [, second, third] = releases as [PublicRelease, PublicRelease, PublicRelease];
      let differ = 0;
      let both = 0;
      for (const [key, value] of second.values) {
        const other = third.values.get(key)!;
        if (value.status !== "PUBLISHED" || other.status !== "PUBLISHED") continue;
        both++;
        if (value.count !== other.count) differ++;
        // Both are roundings of one true count: never more than one rounding step apart.
        expect(Math.abs(value.count! - other.count!)).toBeLessThanOrEqual(PARAMETERS.roundingBase);
      }
      expect(both).toBeGreaterThan(300);
      expect(differ).toBeGreaterThan(both / 10);
    });

    it("an attacker who intersects both roundings narrows published cells only: every hidden primary stays protected", async () => {
      const [, second, third] = releases as [PublicRelease, PublicRelease, PublicRelease];
      // The current release's audit took the previous one's values as known: the situation was checked.
      expect(outcomes[2]!.verification?.passed).toBe(true);
      expect((await getCurrentRelease(world.db.prisma))?.id).toBe(third.releaseId);
      const build = (knowledge: Partial<PublishedKnowledge> = {}) => {
        const attacker = new Attacker(highs);
        for (const release of [second, third]) {
          for (const table of TABLES) addPublishedTable(attacker, world.division, release, table, { parameters: PARAMETERS, ...knowledge });
        }
        return attacker;
      };
      const both = build({ publishedRule: true });
      const apriori = build({ basesOnly: true });
      // Averaging does help on published cells: somewhere a 10 and a 15 become [11, 14].
      const narrowed = [...second.values].filter(([key, value]) => {
        const other = third.values.get(key)!;
        return value.status === "PUBLISHED" && other.status === "PUBLISHED" && value.count !== other.count;
      });
      expect(narrowed.length).toBeGreaterThan(0);
      const [sample] = narrowed[0]!;
      const width = both.known(sample);
      expect(width.upper - width.lower).toBeLessThan(2 * (PARAMETERS.roundingBase - 1));
      // ... but not on hidden cells.
      let primaries = 0;
      for (const release of [second, third]) {
        for (const row of release.values.values()) {
          if (row.status !== "SUPPRESSED") continue;
          const raw = register.cell(row.indicatorCode, row.year, row.areaCode, row.category);
          if (!isPrimary(raw, PARAMETERS)) continue;
          primaries++;
          const key = registerKey(row.indicatorCode, row.year, row.areaCode, row.category);
          const assessment = assessPrimary(both, apriori, key, raw.count, PARAMETERS);
          expect(assessment.shortfall, `${key} (n=${raw.count}) ${describeInterval(assessment.interval)}`).toBeNull();
        }
      }
      expect(primaries).toBeGreaterThanOrEqual(20);
    });
  });

  describe("one number published twice in one release, with independent noise", () => {
    // A plain population count (inwoners65: the number of 65-plussers, not sensitive, never
    // hidden) is the base population of the 65+ band of wmo and hbh. Both are rounded to
    // fives, but each with its own key: inwoners65|2022|<area>|totaal for the count,
    // basis|inwoners|2022|<area>|65+ for the base. The shipped catalogue has the same
    // pattern (inwoners_75plus vs the 75+ band of wmo_totaal and the base inwoners-75plus;
    // kinderen_0_17 vs the 0-17 band; eenpersoonshuishoudens vs the household type).
    //
    // Reek, 65-plussers: the village BU19910501 has 150, 5 of them get Wmo; the scattered
    // houses BU19910502 have 6, all 6 get Wmo; the wijk's 11 is not a small count. The salt
    // is fixed so that the wijk's 11 rounds up to 15, the scattered houses' base of 6 rounds
    // up to 10, and their count of 6 in inwoners65 rounds down to 5.
    const DOUBLE_SALT = "double-rounding-salt-0034";
    const village = "BU19910501";
    const scattered = "BU19910502";
    const wijk = "WK199105";
    let world: World;
    let register: RawRegister;
    let outcome: PublishOutcome;
    let release: PublicRelease;
    const cell = (area: string) => registerKey("wmo", YEAR, area, "65+");

    const build = (knowledge: Partial<PublishedKnowledge>, linkCount: boolean) => {
      const attacker = new Attacker(highs);
      for (const table of TABLES) addPublishedTable(attacker, world.division, release, table, { parameters: PARAMETERS, ...knowledge });
      if (linkCount) {
        // The definitions are public: inwoners65 of an area is the 65+ base population there.
        addPublishedTable(attacker, world.division, release, { indicator: "inwoners65", year: YEAR, categories: [], baseCode: "inwoners", sensitive: false }, { parameters: PARAMETERS, ...knowledge });
        for (const area of world.division.areas) {
          attacker.equal([[registerKey("inwoners65", YEAR, area, TOTAL), 1], [baseKey("inwoners", YEAR, area, "65+"), -1]]);
        }
      }
      return attacker;
    };

    beforeAll(async () => {
      world = await openWorld(testTarget, { populationCount: true });
      register = new RawRegister(world.division, [YEAR], ["wmo", "hbh", "bijstand", "inwoners65"]);
      register.setInwoners(village, { "0-17": 320, "18-64": 810, "65+": 150 });
      register.setInwoners(scattered, { "0-17": 40, "18-64": 95, "65+": 6 });
      register.setWmo(YEAR, village, { "0-17": 22, "18-64": 35, "65+": 5 });
      register.setWmo(YEAR, scattered, { "0-17": 12, "18-64": 15, "65+": 6 });
      outcome = await publish(world.db, register.toCsv(), { salt: DOUBLE_SALT });
      release = await readRelease(world.db, world.division);
    });
    afterAll(() => world?.dispose());

    // The design note: "the same figure shown in two views has the same value and status
    // everywhere". A population count declared fromBase is the base's own rounded figure.
    it("the number of 65-plussers is the same in the inwoners65 row and in the 65+ base of wmo, in every area", () => {
      const differing = world.division.areas.filter(
        (area) => release.get("inwoners65", YEAR, area).count !== release.get("wmo", YEAR, area, "65+").base,
      );
      expect(differing).toEqual([]);
    });

    it("set-up: published, both buurten's 65+ Wmo cells hidden; the 65-plussers shown once, as the base's own rounding", () => {
      expect(outcome.releaseId).not.toBeNull();
      expect(outcome.verification?.passed).toBe(true);
      expect(isPrimary(register.cell("wmo", YEAR, village, "65+"), PARAMETERS)).toBe(true);
      expect(register.cell("wmo", YEAR, scattered, "65+")).toEqual({ count: 6, base: 6 });
      expect(release.get("wmo", YEAR, village, "65+").status).toBe("SUPPRESSED");
      expect(release.get("wmo", YEAR, scattered, "65+").status).toBe("SUPPRESSED");
      expect(release.get("inwoners65", YEAR, scattered).count).toBe(release.get("wmo", YEAR, scattered, "65+").base);
    });

    // Before inwoners65 was declared fromBase, the same 6 people were rounded twice (5 and 10)
    // and together capped the scattered houses' hidden Wmo count at 9, which pushed the
    // village's hidden 5 up to at least 2. Now both figures are one rounding, and the audit
    // also caps each cell by everything the base tables give away.
    it("an attacker who links inwoners65 to the 65+ base cannot narrow the village's 5 beyond ± p", () => {
      const linked = build({ publishedRule: true, baseVariables: true }, true);
      const apriori = build({ basesOnly: true, baseVariables: true }, true);
      const assessment = assessPrimary(linked, apriori, cell(village), 5, PARAMETERS);
      expect(assessment.shortfall, describeInterval(assessment.interval)).toBeNull();
    });
  });
});
