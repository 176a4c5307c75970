import type { Highs } from "highs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadHighs } from "@/lib/disclosure/audit/lp-intervals.ts";
import { cbsFieldBase } from "@/lib/figures/cbs-label-keys.ts";
import type { CbsFigureTable } from "@/lib/figures/get-cbs-figures.ts";
import { importCbsTable } from "@/lib/figures/import-cbs-table.ts";
import { importSource } from "@/lib/import/import-source.ts";
import { auditCurrentRelease } from "@/lib/releases/audit-current-release.ts";
import { getCurrentRelease } from "@/lib/releases/get-current-release.ts";
import type { PublishOutcome } from "@/lib/releases/publish-release.ts";
import { demoSource } from "../support/demo-files.ts";
import { TEST_TARGETS, type TestTarget } from "../support/test-databases.ts";
import { Attacker, addPublishedTable, type PublishedKnowledge } from "./support/attacker.ts";
import { assessPrimary, describeInterval } from "./support/checks.ts";
import { type PublicRelease, readCbsFigures, readRelease } from "./support/public-view.ts";
import { RawRegister, registerKey } from "./support/register.ts";
import { YEAR } from "./support/scenario.ts";
import { GEMEENTE, openWorld, PARAMETERS, publish, SALT, type World } from "./support/world.ts";

// Class 6 of the design note: figures published elsewhere (CBS) and insider knowledge of
// one's own clients.
//
// Two wijken with two buurten each get identical bijstand counts: a village buurt with 9
// clients (P1) and an outlying buurt with 28, the only possible complement; each wijk's 37
// is published (rounded to 35 with this salt). CBS publishes its own figure for the same
// population ("PersonenPerSoortUitkeringBijstand", the cbsKey of bijstand) for Reek's
// outlying buurt: 30, i.e. 26-34 to an attacker. Then Reek's 9 = (31..39) − (26..34) would be
// at most 13 < 9 + p: the complement no longer protects, so the audit must find
// protection elsewhere. Odiliapeel, without a CBS figure, is the control.

const CBS_KEY = "PersonenPerSoortUitkeringBijstand_94";
const REEK = { wijk: "WK199105", village: "BU19910501", outlying: "BU19910502" };
const ODILIAPEEL = { wijk: "WK199103", village: "BU19910301", outlying: "BU19910399" };
const TABLE = { indicator: "bijstand", year: YEAR, categories: [] as string[], baseCode: "volwassenen" };
const CBS_SLACK = 4; // CBS rounds these counts to fives as well (lib/releases/outside-knowledge.ts).

async function importCbs(world: World, figures: Record<string, number>): Promise<void> {
  const rows = ["code," + CBS_KEY, ...Object.entries(figures).map(([area, value]) => `${area},${value}`)].join("\n");
  await importCbsTable(world.db.prisma, demoSource("cbsFields"), importSource(`kwb-${YEAR}-bijstand.csv`, `${rows}\n`), {
    gemeenteCode: GEMEENTE,
    tableId: "85984NED",
    year: YEAR,
  });
}

/** Every CBS figure for bijstand's population, as a bound on the cell it describes. */
function addCbsKnowledge(attacker: Attacker, cbs: CbsFigureTable | null): number {
  let added = 0;
  for (const row of cbs?.rows ?? []) {
    if (cbsFieldBase(row.key) !== "PersonenPerSoortUitkeringBijstand") continue;
    for (const [area, cell] of Object.entries(row.cells)) {
      if (cell.status !== "PUBLISHED" || cell.value === null) continue;
      attacker.bound(registerKey("bijstand", cbs!.year, area, "totaal"), Math.max(0, cell.value - CBS_SLACK), cell.value + CBS_SLACK);
      added++;
    }
  }
  return added;
}

describe.each(TEST_TARGETS)("figures published elsewhere and insider knowledge, on the $name", (testTarget: TestTarget) => {
  let world: World;
  let highs: Highs;
  let register: RawRegister;
  let outcome: PublishOutcome;
  let release: PublicRelease;

  const key = (area: string) => registerKey("bijstand", YEAR, area, "totaal");
  const build = async (knowledge: Partial<PublishedKnowledge> = {}) => {
    const attacker = new Attacker(highs);
    addPublishedTable(attacker, world.division, release, TABLE, { parameters: PARAMETERS, publishedRule: true, ...knowledge });
    addCbsKnowledge(attacker, await readCbsFigures(world.db, world.division));
    return attacker;
  };

  beforeAll(async () => {
    world = await openWorld(testTarget);
    highs = await loadHighs();
    register = new RawRegister(world.division, [YEAR], ["bijstand"]);
    for (const twin of [REEK, ODILIAPEEL]) {
      register.setBijstand(YEAR, twin.village, 9);
      register.setBijstand(YEAR, twin.outlying, 28);
    }
    await importCbs(world, { [REEK.outlying]: 30 });
    outcome = await publish(world.db, register.toCsv());
    release = await readRelease(world.db, world.division);
  });
  afterAll(() => world?.dispose());

  describe("a CBS figure for a cell the release would hide", () => {
    it("set-up: the twins' raw counts are equal, CBS shows 30 for Reek's outlying buurt on the site", async () => {
      for (const twin of [REEK, ODILIAPEEL]) {
        expect(register.cell("bijstand", YEAR, twin.wijk, "totaal").count).toBe(37);
        expect(release.get("bijstand", YEAR, twin.village).status).toBe("SUPPRESSED");
        expect(release.get("bijstand", YEAR, twin.outlying).status).toBe("SUPPRESSED");
      }
      const cbs = await readCbsFigures(world.db, world.division);
      expect(cbs?.rows.find((row) => row.key === CBS_KEY)?.cells).toEqual({ [REEK.outlying]: { value: 30, status: "PUBLISHED" } });
      expect(outcome.releaseId).not.toBeNull();
      expect(outcome.verification?.passed).toBe(true);
    });

    it("the audit took the CBS figure into account: Reek's total is hidden as well, its CBS-less twin Odiliapeel's is not", () => {
      expect(release.get("bijstand", YEAR, REEK.wijk).status).toBe("SUPPRESSED");
      expect(release.get("bijstand", YEAR, ODILIAPEEL.wijk)).toMatchObject({ status: "PUBLISHED", count: 35 });
    });

    it("an attacker with the release and every CBS figure cannot narrow Reek's 9 beyond ± p", async () => {
      const attacker = await build();
      const apriori = await build({ basesOnly: true });
      const assessment = assessPrimary(attacker, apriori, key(REEK.village), 9, PARAMETERS);
      expect(assessment.shortfall, describeInterval(assessment.interval)).toBeNull();
      // The outlying buurt is pinned to CBS's 26-34 now; the protection comes from the wijk total.
      expect(attacker.interval(key(REEK.outlying))).toEqual({ lower: 26, upper: 34 });
    });

    it("the same attack on the twin shows what the CBS figure would have done there: nothing yet (no figure)", async () => {
      const attacker = await build();
      const interval = attacker.interval(key(ODILIAPEEL.village));
      expect(interval.lower).toBe(0);
      expect(interval.upper).toBeGreaterThanOrEqual(9 + PARAMETERS.protection);
    });
  });

  describe("insider knowledge of one's own clients", () => {
    it("a welfare organisation that knows 4 of the village's 9 clients (and 20 of the outlying buurt's 28) cannot pin the rest", async () => {
      const attacker = await build();
      attacker.bound(key(REEK.village), 4);
      attacker.bound(key(REEK.outlying), 20);
      const interval = attacker.interval(key(REEK.village));
      const unknown = { lower: interval.lower - 4, upper: interval.upper - 4 };
      // The 5 clients it does not know could be none of them or more than p.
      expect(unknown.lower).toBe(0);
      expect(unknown.upper - unknown.lower).toBeGreaterThanOrEqual(PARAMETERS.protection);
    });

    it("an organisation that knows 8 of the 9 still cannot tell whether there is a ninth", async () => {
      const attacker = await build();
      attacker.bound(key(REEK.village), 8);
      const interval = attacker.interval(key(REEK.village));
      expect(interval.lower).toBe(8);
      expect(interval.upper).toBeGreaterThan(9);
    });
  });

  describe("a CBS figure that arrives after the release", () => {
    let before: PublicRelease;

    beforeAll(async () => {
      before = release;
      // import:cbs replaces the table: CBS's 2022 figures now include Odiliapeel's outlying buurt.
      await importCbs(world, { [REEK.outlying]: 30, [ODILIAPEEL.outlying]: 30 });
    });

    it("set-up: the release is unchanged and current; the site now shows CBS's 30 for Odiliapeel's outlying buurt", async () => {
      expect((await getCurrentRelease(world.db.prisma))?.id).toBe(before.releaseId);
      const cbs = await readCbsFigures(world.db, world.division);
      expect(cbs?.rows.find((row) => row.key === CBS_KEY)?.cells[ODILIAPEEL.outlying]).toEqual({ value: 30, status: "PUBLISHED" });
      expect(release.get("bijstand", YEAR, ODILIAPEEL.wijk)).toMatchObject({ status: "PUBLISHED", count: 35 });
    });

    // The release was safe against what CBS had published when it was made; CBS's later
    // figure breaks that: Odiliapeel's total 35 (true 31-39) minus CBS's 30 (26-34) leaves the
    // hidden village at most 13 < 9 + p. The site cannot unpublish CBS, nor the earlier release,
    // so the defence is to notice and say so: npm run import:cbs says the figures touch the
    // release, and npm run audit with the raw register names the cell.
    it("the attack works on the release as it stands", async () => {
      const attacker = await build();
      expect(attacker.interval(key(ODILIAPEEL.village))).toEqual({ lower: 0, upper: 13 });
    });

    it("npm run audit with the raw register notices and names the village's cell", async () => {
      const audit = await auditCurrentRelease(world.db, highs, { raw: { content: register.toCsv(), file: "register.csv", salt: SALT } });
      expect(audit.status).toBe("audited");
      if (audit.status !== "audited") return;
      expect(audit.result).toMatchObject({ passed: false, criteria: "full" });
      expect(audit.result.failures).toContainEqual({ cell: key(ODILIAPEEL.village), reason: "upperTooClose" });
    });

    it("publishing the same year again is refused, naming the village, because the earlier release plus CBS already expose it", async () => {
      const current = await getCurrentRelease(world.db.prisma);
      const again = await publish(world.db, register.toCsv());
      expect(again.releaseId).toBeNull();
      expect(again.gate.failures).toContainEqual({ cell: key(ODILIAPEEL.village), reason: "upperTooClose" });
      expect(await getCurrentRelease(world.db.prisma)).toEqual(current);
    });
  });
});
