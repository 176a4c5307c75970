import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { WijkOptions } from "@/components/initiatives/buurt-options.tsx";
import { CheckNearbyForm } from "@/components/initiatives/check-nearby-form.tsx";
import { InitiativeForm, type InitiativeFormTexts } from "@/components/initiatives/initiative-form.tsx";
import { NearbyInitiatives } from "@/components/initiatives/nearby-initiatives.tsx";
import { formSecret } from "@/lib/abuse/form-secret.ts";
import { createFormToken } from "@/lib/abuse/form-token.ts";
import { BuurtCodeParam } from "@/lib/areas/buurt-code-param.ts";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";
import { INITIATIVE_CATEGORY_CODES, initiativeCategoryName } from "@/lib/initiatives/initiative-categories.ts";
import { loadNearbyInitiatives } from "@/lib/initiatives/load-nearby-initiatives.ts";
import { SUBMISSION_FIELDS, SUBMITTER_KINDS } from "@/lib/initiatives/submission-fields.ts";
import { EMPTY_VALUES, type SubmissionState } from "@/lib/initiatives/submission-state.ts";
import { loadDivisionShapes } from "@/lib/pages/load-division-shapes.ts";
import { routes } from "@/lib/routes.ts";
import { submitInitiative } from "./actions.ts";

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "initiativeForm" });
  return { title: t("metaTitle"), description: t("metaDescription", { gemeente: getMunicipalityConfig().name }) };
}

export default async function NewInitiativePage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Every view gets its own form key and signed render time.
  await connection();
  const [t, shapes, query] = await Promise.all([getTranslations({ locale, namespace: "initiativeForm" }), loadDivisionShapes(), searchParams]);
  const gemeente = getMunicipalityConfig().name;
  const lang = locale === "en" ? "en" : "nl";

  const wijken: WijkOptions[] = [];
  for (const buurt of shapes?.buurten ?? []) {
    let wijk = wijken.find((candidate) => candidate.code === buurt.wijkCode);
    if (!wijk) wijken.push((wijk = { code: buurt.wijkCode, label: t("fields.location.wijkGroup", { wijk: buurt.wijkName }), buurten: [] }));
    wijk.buurten.push({ code: buurt.code, name: buurt.name });
  }

  const asked = BuurtCodeParam.safeParse(typeof query.buurt === "string" ? query.buurt : "");
  const nearby = asked.success ? await loadNearbyInitiatives({ kind: "buurt", code: asked.data }) : null;
  const chosen = nearby?.kind === "found" ? nearby.buurt : null;

  const idempotencyKey = randomUUID();
  const initialState: SubmissionState = {
    values: { ...EMPTY_VALUES, buurt: chosen?.code ?? "" },
    errors: {},
    formError: null,
    idempotencyKey,
    formToken: createFormToken(formSecret(), idempotencyKey),
    attempt: 0,
  };

  // Sentences the browser fills in itself keep their {placeholders}.
  const raw = (key: string) => String(t.raw(key as never));
  const texts: InitiativeFormTexts = {
    heading: t("formHeading"),
    requiredNote: t("requiredNote"),
    title: { label: t("fields.title.label"), description: t("fields.title.description") },
    description: { label: t("fields.description.label"), description: t("fields.description.description") },
    category: { label: t("fields.category.label"), choose: t("fields.category.choose") },
    submitterKind: {
      legend: t("fields.submitterKind.legend"),
      ...(Object.fromEntries(SUBMITTER_KINDS.map((kind) => [kind, t(`fields.submitterKind.${kind}`)])) as Record<(typeof SUBMITTER_KINDS)[number], string>),
    },
    location: {
      legend: t("fields.location.legend"),
      description: t("fields.location.description"),
      descriptionWithMap: t("fields.location.descriptionWithMap"),
      buurtLabel: t("fields.location.buurtLabel"),
      chooseBuurt: t("fields.location.chooseBuurt"),
      mapTitle: t("fields.location.mapTitle", { gemeente }),
      mapDescription: t("fields.location.mapDescription"),
      useMyLocation: t("fields.location.useMyLocation"),
      locating: t("fields.location.locating"),
      pointChosen: raw("fields.location.pointChosen"),
      pointOutside: t("fields.location.pointOutside", { gemeente }),
      locationUnavailable: t("fields.location.locationUnavailable"),
      clearPoint: t("fields.location.clearPoint"),
      nearbyHeading: t("nearby.heading"),
      nearbyIntro: t("nearby.intro"),
      nearbyInBuurt: raw("nearby.inBuurt"),
      nearbyNoneInBuurt: raw("nearby.noneInBuurt"),
      nearbyNoneNear: raw("nearby.noneNear"),
      nearbyDistance: raw("nearby.distance"),
      nearbyLoading: t("nearby.loading"),
      nearbyFailed: t("nearby.failed"),
    },
    email: { label: t("fields.email.label"), description: t("fields.email.description") },
    privacy: { legend: t("fields.privacy.legend"), label: t("fields.privacy.label"), link: t("fields.privacy.link") },
    honeypot: t("fields.honeypot"),
    submit: t("submit"),
    submitting: t("submitting"),
    summaryHeading: t("errorSummary.heading"),
    summaryFields: Array.from({ length: SUBMISSION_FIELDS.length + 1 }, (_, count) => t("errorSummary.fields", { count })),
    connection: t("overload.connection"),
  };

  return (
    <>
      <h1 className="utrecht-heading-1">{t("heading")}</h1>
      <p className="utrecht-paragraph">{t("intro", { gemeente })}</p>
      <CheckNearbyForm
        action={routes.newInitiative(locale)}
        heading={t("checkFirst.heading")}
        intro={t("checkFirst.intro")}
        label={t("checkFirst.buurtLabel")}
        placeholder={t("fields.location.chooseBuurt")}
        submit={t("checkFirst.submit")}
        wijken={wijken}
        chosen={chosen?.code ?? ""}
      >
        {nearby?.kind === "found" && (
          <NearbyInitiatives
            caption={t("nearby.inBuurt", { buurt: nearby.buurt.name })}
            intro={t("nearby.intro")}
            empty={t("nearby.noneInBuurt", { buurt: nearby.buurt.name })}
            items={nearby.initiatives.map((initiative) => ({ title: initiative.title, href: routes.initiative(locale, initiative.id) }))}
          />
        )}
      </CheckNearbyForm>
      <InitiativeForm
        action={submitInitiative}
        initialState={initialState}
        permalink={routes.newInitiative(locale)}
        locale={lang}
        texts={texts}
        categories={INITIATIVE_CATEGORY_CODES.map((code) => ({ value: code, label: initiativeCategoryName(code, lang) }))}
        wijken={wijken}
        map={shapes ? { viewBox: shapes.viewBox, buurten: shapes.buurten.map(({ code, d }) => ({ code, d })), outlines: shapes.outlines } : null}
        privacyHref={routes.privacy(locale)}
        nearbyEndpoint={routes.nearbyInitiatives(locale)}
        knownRefusals={[t("overload.busy"), t("overload.rateLimited"), t("overload.tooLarge")]}
      />
    </>
  );
}
