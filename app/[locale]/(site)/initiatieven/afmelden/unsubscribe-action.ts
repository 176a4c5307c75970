"use server";

import { redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing.ts";
import { getPrisma } from "@/lib/db/get-prisma.ts";
import { unsubscribeContact } from "@/lib/initiatives/unsubscribe-contact.ts";
import { routes } from "@/lib/routes.ts";

/**
 * The confirm button's action. A POST, so a link scanner or a prefetch that follows the
 * mail's link never unsubscribes anyone; then to the page without the token, so a reload
 * or the history holds no token.
 */
export async function unsubscribeAction(formData: FormData): Promise<void> {
  const locale = String(formData.get("locale") ?? "");
  const token = formData.get("token");
  if (typeof token === "string") await unsubscribeContact(await getPrisma(), token);
  redirect(routes.unsubscribed(hasLocale(routing.locales, locale) ? locale : routing.defaultLocale));
}
