type Text = { nl: string; en: string };

/** Indicators under their theme's heading, for every picker of an indicator (overlap, need × reach). */
export function indicatorOptionGroups(
  themes: readonly { code: string; name: Text }[],
  indicators: readonly { code: string; themeCode: string; name: Text }[],
  locale: "nl" | "en",
): { label: string; options: { value: string; label: string }[] }[] {
  return themes.map((theme) => ({
    label: theme.name[locale],
    options: indicators.filter((indicator) => indicator.themeCode === theme.code).map((indicator) => ({ value: indicator.code, label: indicator.name[locale] })),
  }));
}
