import { useTranslations } from "next-intl";
import { ChoiceForm } from "@/components/choropleth/choice-form.tsx";
import { INITIATIVE_CATEGORY_CODES, initiativeCategoryName } from "@/lib/initiatives/initiative-categories.ts";
import { PUBLIC_STATUSES, STATUS_WORDS } from "@/lib/initiatives/initiative-status.ts";
import type { InitiativesQuery } from "@/lib/initiatives/initiatives-query.ts";

interface InitiativesFilterFormProps {
  locale: "nl" | "en";
  action: string;
  /** The buurten to choose from, under their wijk. */
  wijken: { name: string; buurten: { code: string; name: string }[] }[];
  query: InitiativesQuery;
}

/** The list's filters as a GET form: the choice lands in the URL, and works without script. */
export function InitiativesFilterForm({ locale, action, wijken, query }: InitiativesFilterFormProps) {
  const t = useTranslations("initiatives");
  return (
    <ChoiceForm
      action={action}
      heading={t("filterHeading")}
      submit={t("filterSubmit")}
      fields={[
        {
          id: "initiative-buurt",
          name: "buurt",
          label: t("filterBuurt"),
          value: query.buurt ?? "",
          options: [{ value: "", label: t("filterAllBuurten") }],
          groups: wijken.map((wijk) => ({
            label: t("filterWijk", { wijk: wijk.name }),
            options: wijk.buurten.map((buurt) => ({ value: buurt.code, label: buurt.name })),
          })),
        },
        {
          id: "initiative-category",
          name: "categorie",
          label: t("filterCategory"),
          value: query.categorie ?? "",
          options: [
            { value: "", label: t("filterAllCategories") },
            ...INITIATIVE_CATEGORY_CODES.map((code) => ({ value: code, label: initiativeCategoryName(code, locale) })),
          ],
        },
        {
          id: "initiative-status",
          name: "status",
          label: t("filterStatus"),
          value: query.status ?? "",
          options: [
            { value: "", label: t("filterAllStatuses") },
            ...PUBLIC_STATUSES.map((status) => ({ value: STATUS_WORDS[status], label: t(`status.${status}`) })),
          ],
        },
      ]}
    />
  );
}
