import { initiativeCategoryName, isInitiativeCategory } from "./initiative-categories.ts";

/** A stored category's name; a code dropped from the list since is shown as it is. */
export function categoryLabel(category: string, locale: "nl" | "en"): string {
  return isInitiativeCategory(category) ? initiativeCategoryName(category, locale) : category;
}
