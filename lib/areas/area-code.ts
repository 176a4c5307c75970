// CBS codes are hierarchical: BU + gemeente (4) + wijk (2) + buurt (2), WK + gemeente (4)
// + wijk (2), GM + gemeente (4). The parent of any area follows from its code alone.

export type AreaLevelName = "GEMEENTE" | "WIJK" | "BUURT";

const PATTERNS: Record<AreaLevelName, RegExp> = {
  GEMEENTE: /^GM\d{4}$/,
  WIJK: /^WK\d{6}$/,
  BUURT: /^BU\d{8}$/,
};

export const AREA_CODE_PATTERN = /^(GM\d{4}|WK\d{6}|BU\d{8})$/;

export function areaLevelOf(code: string): AreaLevelName | undefined {
  for (const level of Object.keys(PATTERNS) as AreaLevelName[]) {
    if (PATTERNS[level].test(code)) return level;
  }
  return undefined;
}

export function gemeenteCodeOf(code: string): string {
  return `GM${code.slice(2, 6)}`;
}

export function parentCodeOf(code: string): string | undefined {
  const level = areaLevelOf(code);
  if (level === "BUURT") return `WK${code.slice(2, 8)}`;
  if (level === "WIJK") return `GM${code.slice(2, 6)}`;
  return undefined;
}

/** CBS pads region keys to 10 characters ("GM1991    "); codes are compared trimmed and upper-case. */
export function normaliseAreaCode(raw: string): string {
  return raw.trim().toUpperCase();
}
