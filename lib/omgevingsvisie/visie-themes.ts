// The four "ambitiekaarten" of the Omgevingsvisie Maashorst. Codes are stored with each
// ambition; names are what the importer also accepts, since authors write those.

export const VISIE_THEME_CODES = ["recreatie", "mobiliteit-verstedelijking", "landbouwtransitie", "bodem-natuur-water"] as const;

export type VisieThemeCode = (typeof VISIE_THEME_CODES)[number];

export interface VisieTheme {
  code: VisieThemeCode;
  nameNl: string;
  nameEn: string;
}

const THEMES: Record<VisieThemeCode, VisieTheme> = {
  recreatie: { code: "recreatie", nameNl: "Recreatie", nameEn: "Recreation" },
  "mobiliteit-verstedelijking": {
    code: "mobiliteit-verstedelijking",
    nameNl: "Mobiliteit en verstedelijking",
    nameEn: "Mobility and urbanisation",
  },
  landbouwtransitie: { code: "landbouwtransitie", nameNl: "Landbouwtransitie", nameEn: "Agricultural transition" },
  "bodem-natuur-water": { code: "bodem-natuur-water", nameNl: "Bodem, natuur en water", nameEn: "Soil, nature and water" },
};

export const VISIE_THEMES: readonly VisieTheme[] = VISIE_THEME_CODES.map((code) => THEMES[code]);

export function visieTheme(code: VisieThemeCode): VisieTheme {
  return THEMES[code];
}

export function isVisieThemeCode(value: string): value is VisieThemeCode {
  return (VISIE_THEME_CODES as readonly string[]).includes(value);
}

const fold = (value: string) => value.trim().toLowerCase().replace(/\s+/g, " ");

/** The theme a file names by code or Dutch name, in any case; undefined when unknown. */
export function visieThemeOf(value: string): VisieThemeCode | undefined {
  const folded = fold(value);
  return VISIE_THEMES.find((theme) => theme.code === folded || fold(theme.nameNl) === folded)?.code;
}

/** A stored theme's name in a language; an unknown code (from an older catalogue) as it is. */
export function visieThemeName(code: string, locale: "nl" | "en"): string {
  if (!isVisieThemeCode(code)) return code;
  return locale === "en" ? THEMES[code].nameEn : THEMES[code].nameNl;
}
