import { initiativeCategoryName, isInitiativeCategory } from "../initiatives/initiative-categories.ts";
import type { QueueItem } from "../moderation/list-moderation-queue.ts";
import { routes } from "../routes.ts";
import { formatStaffDate } from "./format-staff-date.ts";

export interface InitiativeRow {
  id: number;
  href: string;
  title: string;
  buurt: string;
  category: string;
  status: string;
  date: string;
}

export function categoryLabel(code: string, locale: string): string {
  return isInitiativeCategory(code) ? initiativeCategoryName(code, locale === "en" ? "en" : "nl") : code;
}

/** Queue items as table rows, in the reader's language. */
export function toInitiativeRows(items: QueueItem[], locale: string, statusLabel: (status: string) => string, date: "submittedAt" | "updatedAt"): InitiativeRow[] {
  return items.map((item) => ({
    id: item.id,
    href: routes.staffInitiative(locale, item.id),
    title: item.title,
    buurt: item.buurtName ?? item.buurtCode,
    category: categoryLabel(item.category, locale),
    status: statusLabel(item.status),
    date: formatStaffDate(item[date], locale),
  }));
}
