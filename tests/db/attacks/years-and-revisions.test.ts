import type { Highs } from "highs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadHighs } from "@/lib/disclosure/audit/lp-intervals.ts";
import { getCurrentRelease } from "@/lib/releases/get-current-release.ts";
import type { PublishOutcome } from "@/lib/releases/publish-release.ts";
import { TEST_TARGETS, type TestTarget } from "../support/test-databases.ts";
import { Attacker, addPublishedTable } from "./support/attacker.ts";
import { assessPrimary, describeInterval, isPrimary } from "./support/checks.ts";
import { type PublicRelease, readRelease } from "./support/public-view.ts";
import { type RawRegister, registerKey } from "./support/register.ts";
import { craftedRegister } from "./support/scenario.ts";
import { openWorld, PARAMETERS, publish, type World } from "./support/world.ts";

// Class 4 of the design note: differences across years and revisions.
//   (a) one release with two years of the same indicator: BU19910103 has 3 adults on
//       bijstand in 2022 and 4 in 2023; both are hidden, and the change between the years
//       cannot be derived.
//   (b) a revision: release A publishes BU19910402's 10 bijstand clients (Schaijk); a corrected register
//       says 7. Hiding the 7 now would be useless (A already told everyone it is 6-14), so
//       publishRelease must refuse, name the cell by position only, and leave A current.

const YEARS = [2022, 2023];
const TARGET = "BU19910103";
const REVISED = "BU19910402";
const { protection } = PARAMETERS;

function twoYearRegister(world: World): RawRegister {
  const register = craftedRegister(world.division, YEARS);
  register.setBijstand(2023, TARGET, 4);
  // Published exactly (a multiple of 5 rounds to itself) in release A.
  register.setBijstand(2022, REVISED, 10);
  return register;
}

describe.each(TEST_TARGETS)("differences across years and revisions, on the $name", (testTarget: TestTarget) => {
  let world: World;
  let highs: Highs;
  let register: RawRegister;
  let outcome: PublishOutcome;
  let release: PublicRelease;

  const bijstandTables = (year: number) => ({ indicator: "bijstand", year, categories: [] as string[], baseCode: "volwassenen" });
  const attackerFor = (years: number[], knowledge: { basesOnly?: boolean } = {}) => {
    const attacker = new Attacker(highs);
    for (const year of years) addPublishedTable(attacker, world.division, release, bijstandTables(year), { parameters: PARAMETERS, ...knowledge });
    return attacker;
  };

  beforeAll(async () => {
    world = await openWorld(testTarget);
    highs = await loadHighs();
    register = twoYearRegister(world);
    outcome = await publish(world.db, register.toCsv());
    release = await readRelease(world.db, world.division);
  });
  afterAll(() => world?.dispose());

  describe("(a) consecutive years of the same indicator", () => {
    it("publishes both years in one release, each year its own protected table", () => {
      expect(outcome.releaseId).not.toBeNull();
      expect(release.years).toEqual(YEARS);
      for (const year of YEARS) expect(release.get("bijstand", year, TARGET).status).toBe("SUPPRESSED");
    });

    it("hides the same complements in both years, so the two patterns do not combine into a new difference", () => {
      const wijk = world.division.wijkOf(TARGET);
      const hiddenIn = (year: number) =>
        world.division.childrenOf(wijk).filter((buurt) => release.get("bijstand", year, buurt).status === "SUPPRESSED");
      expect(hiddenIn(2023)).toEqual(hiddenIn(2022));
    });

    it("each year's hidden count is protected on its own", () => {
      for (const year of YEARS) {
        const attacker = attackerFor([year]);
        const apriori = attackerFor([year], { basesOnly: true });
        const n = register.cell("bijstand", year, TARGET, "totaal").count;
        const assessment = assessPrimary(attacker, apriori, registerKey("bijstand", year, TARGET, "totaal"), n, PARAMETERS);
        expect(assessment.shortfall, `${year}: ${describeInterval(assessment.interval)}`).toBeNull();
      }
    });

    it("the change from 2022 to 2023 (3 → 4) cannot be derived: it could be a fall or a rise", () => {
      const attacker = attackerFor(YEARS);
      const change = attacker.intervalOf([
        [registerKey("bijstand", 2023, TARGET, "totaal"), 1],
        [registerKey("bijstand", 2022, TARGET, "totaal"), -1],
      ]);
      expect(change.lower).toBeLessThanOrEqual(-protection);
      expect(change.upper).toBeGreaterThanOrEqual(protection);
    });

    it("an attacker who assumes the hidden count barely changed (|Δ| ≤ 1) still cannot narrow either year beyond ± p", () => {
      const attacker = attackerFor(YEARS);
      const apriori = attackerFor(YEARS, { basesOnly: true });
      const [a, b] = YEARS.map((year) => registerKey("bijstand", year, TARGET, "totaal")) as [string, string];
      for (const model of [attacker, apriori]) {
        model.atMost([[b, 1], [a, -1]], 1);
        model.atMost([[a, 1], [b, -1]], 1);
      }
      for (const year of YEARS) {
        const n = register.cell("bijstand", year, TARGET, "totaal").count;
        const assessment = assessPrimary(attacker, apriori, registerKey("bijstand", year, TARGET, "totaal"), n, PARAMETERS);
        expect(assessment.shortfall, `${year}: ${describeInterval(assessment.interval)}`).toBeNull();
      }
    });

    it("every hidden primary of both years stays protected in one two-year program", () => {
      const attacker = attackerFor(YEARS);
      const apriori = attackerFor(YEARS, { basesOnly: true });
      let primaries = 0;
      for (const row of release.values.values()) {
        if (row.indicatorCode !== "bijstand" || row.status !== "SUPPRESSED") continue;
        const raw = register.cell("bijstand", row.year, row.areaCode, "totaal");
        if (!isPrimary(raw, PARAMETERS)) continue;
        primaries++;
        const assessment = assessPrimary(attacker, apriori, registerKey("bijstand", row.year, row.areaCode, "totaal"), raw.count, PARAMETERS);
        expect(assessment.shortfall, `${row.year} ${row.areaCode}: ${describeInterval(assessment.interval)}`).toBeNull();
      }
      expect(primaries).toBeGreaterThanOrEqual(2 * 4);
    });
  });

  describe("(b) a revision that would hide a cell the current release showed", () => {
    let revision: PublishOutcome;
    let releaseA: PublicRelease;

    beforeAll(async () => {
      releaseA = await readRelease(world.db, world.division);
      expect(releaseA.get("bijstand", 2022, REVISED)).toMatchObject({ status: "PUBLISHED", count: 10 });
      const corrected = twoYearRegister(world);
      corrected.setBijstand(2022, REVISED, 7);
      revision = await publish(world.db, corrected.toCsv(), { file: "register-gecorrigeerd.csv" });
    });

    it("is refused: no release id, and the failure names the cell by position only", () => {
      expect(revision.releaseId).toBeNull();
      expect(revision.gate.passed).toBe(false);
      const cell = registerKey("bijstand", 2022, REVISED, "totaal");
      expect(revision.gate.failures.map((failure) => failure.cell)).toContain(cell);
      for (const failure of revision.gate.failures) {
        expect(Object.keys(failure).sort()).toEqual(["cell", "reason"]);
        expect(failure.reason).toMatch(/^(determined|upperTooClose|lowerTooClose|intervalTooNarrow|sumTooSmall)$/);
      }
    });

    it("leaves release A current and unchanged", async () => {
      const current = await getCurrentRelease(world.db.prisma);
      expect(current?.id).toBe(releaseA.releaseId);
      const after = await readRelease(world.db, world.division);
      const sorted = (release: PublicRelease) => [...release.values.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      expect(sorted(after)).toEqual(sorted(releaseA));
      expect(await world.db.prisma.release.count()).toBe(1);
    });

    it("why: A's published 10 alone already bounds the corrected 7 to at least 6 (≥ 10 by the published rules)", () => {
      const attacker = new Attacker(highs);
      addPublishedTable(attacker, world.division, releaseA, bijstandTables(2022), { parameters: PARAMETERS, publishedRule: true });
      const known = attacker.interval(registerKey("bijstand", 2022, REVISED, "totaal"));
      expect(known.lower).toBeGreaterThan(7 - protection);
    });
  });
});
