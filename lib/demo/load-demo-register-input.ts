import area from "@turf/area";
import { getAreaDivision } from "../areas/get-area-division.ts";
import type { PrismaClient } from "../db/generated/client.ts";
import { getCbsFigures } from "../figures/get-cbs-figures.ts";
import type { RegisterCountsInput } from "./generate-register-counts.ts";

const POPULATION_KEY = "AantalInwoners";

/** A missing prerequisite (areas, CBS populations), said plainly. */
export class DemoPrerequisiteError extends Error {}

/**
 * What the demo generator starts from: the real buurten (with their area) and the real CBS
 * wijk populations. Everything else it makes up.
 */
export async function loadDemoRegisterInput(
  prisma: PrismaClient,
  gemeenteCode: string,
  areaYear: number,
): Promise<Omit<RegisterCountsInput, "catalogue" | "years" | "seed">> {
  const division = await getAreaDivision(prisma, gemeenteCode, areaYear);
  if (!division) {
    throw new DemoPrerequisiteError(
      `No area division ${areaYear} of ${gemeenteCode} in the database. Import it first: npm run import:areas -- FILE.geojson`,
    );
  }
  const figures = await getCbsFigures(prisma, division.wijken.map((wijk) => wijk.code));
  const populationRow = figures?.rows.find((row) => row.key.replace(/_\d+$/, "") === POPULATION_KEY);
  if (!figures || !populationRow) {
    throw new DemoPrerequisiteError(
      `No CBS wijk populations (${POPULATION_KEY}) in the database. Import them first: npm run import:cbs -- --fields FIELDS.csv --figures FIGURES.csv`,
    );
  }
  const wijken = division.wijken.map((wijk) => {
    const population = populationRow.cells[wijk.code]?.value;
    if (population === null || population === undefined || !Number.isInteger(population)) {
      throw new DemoPrerequisiteError(
        `CBS table ${figures.tableId} has no published number of inhabitants for wijk ${wijk.code} (${wijk.name}).`,
      );
    }
    return { code: wijk.code, name: wijk.name, population };
  });
  const buurten = division.wijken.flatMap((wijk) =>
    wijk.buurten.map((buurt) => ({
      code: buurt.code,
      name: buurt.name,
      wijkCode: wijk.code,
      areaHa: area(buurt.geometry as Parameters<typeof area>[0]) / 10_000,
    })),
  );
  return { buurten, wijken, gemeenteCode: division.gemeente.code, populationYear: figures.year };
}
