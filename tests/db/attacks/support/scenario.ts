import { RawRegister } from "./register.ts";
import type { Division } from "./world.ts";

// The crafted register most attack examples run on (one year, 2022). Every cell is safe by
// default; these are made vulnerable on purpose, each in its own place of the real
// Maashorst division:
//
//   Uden      BU19910103  bijstand: 3 clients                             (P1, subtraction)
//             BU19910105  wmo 0-17: a single child                         (P1, 2-D differencing)
//             BU19910106  a care home: 118 of its 120 65-plussers get Wmo  (P2, 100 % cell)
//   Zeeland   BU19910602  wmo 0-17: 0 of 180 children                      (informative zero)
//   Volkel    BU19910298  the air base: no children, no 65-plussers (structural zeros);
//                         wmo 18-64: 2 of its 12 adults (P1); bijstand: 0 of 12 (informative zero)
//             BU19910201, BU19910299  bijstand 4 and 3: their union is 7, Volkel's total too
//                                                                          (overlapping areas)
//   Reek      BU19910501  wmo 65+: 9 of 150; BU19910502 wmo 65+: 1 of 1 (P1 pair; the wijk's
//                         65+ total is exactly 10)                         (unpicking rounding)
//   Odiliapeel            bijstand 20 and 14: the smallest wijk, the cheapest complement.

export const YEAR = 2022;

export const CRAFTED = {
  subtraction: { indicator: "bijstand", area: "BU19910103", category: "totaal", count: 3 },
  singlePerson: { indicator: "wmo", area: "BU19910105", category: "0-17", count: 1 },
  careHome: { indicator: "wmo", area: "BU19910106", category: "65+", count: 118, base: 120 },
  informativeZero: { indicator: "wmo", area: "BU19910602", category: "0-17", count: 0, base: 180 },
  airBase: "BU19910298",
  volkelPair: ["BU19910201", "BU19910299"],
  reekPair: { indicator: "wmo", category: "65+", village: "BU19910501", scattered: "BU19910502", wijk: "WK199105" },
} as const;

export function craftedRegister(division: Division, years: number[] = [YEAR]): RawRegister {
  const register = new RawRegister(division, years);
  register.setInwoners("BU19910106", { "0-17": 210, "18-64": 640, "65+": 120 });
  register.setInwoners("BU19910602", { "0-17": 180, "18-64": 520, "65+": 160 });
  register.setInwoners("BU19910298", { "0-17": 0, "18-64": 12, "65+": 0 });
  register.setAdults("BU19910298", 12);
  register.setInwoners("BU19910501", { "0-17": 320, "18-64": 810, "65+": 150 });
  register.setInwoners("BU19910502", { "0-17": 40, "18-64": 95, "65+": 1 });
  for (const year of years) {
    register.setBijstand(year, "BU19910103", 3);
    register.setWmo(year, "BU19910105", { "0-17": 1, "18-64": 25, "65+": 40 });
    register.setWmo(year, "BU19910106", { "0-17": 14, "18-64": 30, "65+": 118 }, { "0-17": 12, "18-64": 18, "65+": 100 });
    register.setWmo(year, "BU19910602", { "0-17": 0, "18-64": 24, "65+": 36 });
    register.setWmo(year, "BU19910298", { "0-17": 0, "18-64": 2, "65+": 0 });
    register.setBijstand(year, "BU19910298", 0);
    register.setBijstand(year, "BU19910201", 4);
    register.setBijstand(year, "BU19910299", 3);
    register.setWmo(year, "BU19910501", { "0-17": 22, "18-64": 35, "65+": 9 });
    register.setWmo(year, "BU19910502", { "0-17": 12, "18-64": 15, "65+": 1 });
    register.setBijstand(year, "BU19910301", 20);
    register.setBijstand(year, "BU19910399", 14);
  }
  return register;
}
