import { formDataValues } from "../staff/form-data-values.ts";

/**
 * What the public initiative forms' Server Actions start from: the form's own text fields,
 * the language it was sent in, and which answer this is (the previous state is not trusted
 * beyond that count, capped, so a forged one cannot overflow it).
 */
export function readPublicForm(previous: { attempt: number } | null, formData: FormData) {
  const input = formDataValues(formData);
  const locale: "nl" | "en" = input.locale === "en" ? "en" : "nl";
  const attempt = Number.isSafeInteger(previous?.attempt) ? Math.min(previous!.attempt, 1000) + 1 : 1;
  return { input, locale, attempt };
}
