import { areaLevelOf } from "../areas/area-code.ts";
import { publicStatus } from "../figures/public-status.ts";
import type { ReleasedValue } from "../releases/get-released-values.ts";
import type { ValueBody } from "./schemas/values.ts";

/** Only what passed disclosure control leaves: a withheld cell carries no number, whatever is stored. */
export function toValue(value: ReleasedValue, rateScale: number): ValueBody {
  const status = publicStatus(value);
  const shown = status === "gepubliceerd";
  return {
    indicator: value.indicatorCode,
    jaar: value.year,
    gebied: value.areaCode,
    niveau: (areaLevelOf(value.areaCode) ?? "BUURT").toLowerCase() as ValueBody["niveau"],
    categorie: value.category,
    status,
    aantal: shown ? value.count : null,
    basis: shown ? value.base : null,
    waarde: shown ? value.rate : null,
    schaal: rateScale,
  };
}
