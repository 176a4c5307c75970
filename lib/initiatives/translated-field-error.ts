/** A field problem's message key (initiativeForm.errors.*) in the visitor's words; anything unknown reads as "invalid". */
export function translatedFieldError(
  t: (key: string, values?: Record<string, string | number>) => string,
  key: string,
  gemeente: string,
): string {
  const known = /^[a-zA-Z]+$/.test(key);
  try {
    return known ? t(`errors.${key}`, { gemeente }) : t("errors.invalid");
  } catch {
    return t("errors.invalid");
  }
}
