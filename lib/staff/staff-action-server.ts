import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { getPrisma } from "../db/get-prisma.ts";
import { currentStaff } from "./require-staff.ts";
import { createStaffAction, type StaffTranslate } from "./staff-action.ts";

/** Translations of the staff namespace for this request's language (the URL's locale). */
export async function staffTranslator(): Promise<{ t: StaffTranslate; locale: "nl" | "en" }> {
  const locale = (await getLocale()) === "en" ? "en" : "nl";
  const t = await getTranslations({ locale, namespace: "staff" });
  return { t: (key, values) => t(key as never, values as never), locale };
}

/** Every staff Server Action is made by this: session → role → Zod → handler. */
export const staffAction = createStaffAction({ currentStaff, prisma: getPrisma, translator: staffTranslator });
