import type { AreaGeometry } from "../geo/geometry.ts";
import type { AreaLevelName } from "./area-code.ts";

export interface AreaSummary {
  code: string;
  name: string;
  level: AreaLevelName;
  year: number;
}

export interface AreaWithGeometry extends AreaSummary {
  parentCode: string | null;
  geometry: AreaGeometry;
}
