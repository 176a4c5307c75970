// What a visitor should see on Buurtbeeld Maashorst, written out by hand (not read from
// messages/*.json), so a wrong or missing translation makes a test fail.

export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export const OTHER_LOCALE: Record<Locale, Locale> = { nl: "en", en: "nl" };

/** The example buurt of the brief: Centrum in wijk Uden. */
export const CENTRUM = { code: "BU19910101", name: "Centrum", wijk: "Uden" } as const;

/** The six wijken of the CBS division 2022 and how many buurten each has. */
export const WIJKEN = [
  { code: "WK199101", name: "Uden", buurten: 21 },
  { code: "WK199102", name: "Volkel", buurten: 3 },
  { code: "WK199103", name: "Odiliapeel", buurten: 2 },
  { code: "WK199104", name: "Schaijk", buurten: 4 },
  { code: "WK199105", name: "Reek", buurten: 2 },
  { code: "WK199106", name: "Zeeland", buurten: 7 },
] as const;

export const BUURT_COUNT = 39;

/** A well-formed reference that a test run (a handful out of 8.5 × 10^11) will not have issued: the status page's "not found" state. */
export const UNKNOWN_REFERENCE = "BB-2222-2222";

export const TEXT = {
  nl: {
    skipLink: "Ga direct naar de inhoud",
    mainNavigation: "Hoofdmenu",
    languageNavigation: "Taal",
    switchTo: "English",
    footerNavigation: "Over deze website",
    navHome: "Buurten",
    navAccessibility: "Toegankelijkheid",
    navPrivacy: "Privacy",
    municipalityWebsite: "Website van de gemeente Maashorst",
    homeHeading: "Buurten van Maashorst",
    homeIntro: "De kaart toont de 39 buurten in 6 wijken volgens de CBS-indeling van 2022.",
    /** The home map shows one indicator: "<indicator> per buurt, <year>". */
    mapTitle: /^.+ per buurt, \d{4}$/,
    /** A buurt on an indicator map: "<name> (wijk <wijk>): <value>, <year>". */
    mapLabel: /^(.+) \(wijk (\w+)\): .+, \d{4}$/,
    listHeading: "Alle buurten per wijk",
    wijk: (name: string) => `Wijk ${name}`,
    buurtCount: (count: number) => `${count} buurten`,
    accessibilityHeading: "Toegankelijkheid",
    privacyHeading: "Privacy",
    notFoundHeading: "Deze pagina bestaat niet",
    notFoundBody: "We kunnen de pagina die u zocht niet vinden.",
    notFoundBuurt: (code: string) => `Er is geen buurt met de code ${code}.`,
    notFoundHome: "Naar alle buurten",
    navExplanation: "Over de cijfers",
    navMap: "Kaart",
    mapHeading: "Kaart van Maashorst",
    stackingHeading: "Stapeling in Maashorst",
    overlapHeading: "Overlap van twee indicatoren in Maashorst",
    compareHeading: "Buurten vergelijken",
    facilitiesHeading: "Voorzieningen in Maashorst",
    needReachHeading: "Behoefte en bereik in Maashorst",
    visieHeading: "Omgevingsvisie Maashorst",
    ambitionHeading: "Groen in het centrum van Uden tegen hittestress",
    explanationHeading: "Hoe we de cijfers beschermen",
    initiativesHeading: "Initiatieven in Maashorst",
    unsubscribeHeading: "Afmelden voor berichten over uw initiatief",
    navInitiatives: "Initiatieven",
    releaseHeading: "Wat speelt er in de buurt",
    initiativeNewHeading: "Initiatief indienen",
    initiativeStatusHeading: "Status van uw initiatief",
    demoNotice: "Demogegevens.",
    withheld: "afgeschermd",
    noData: "geen gegevens",
    navEmbed: "Insluiten op uw website",
    embedHeading: "Insluiten op uw website",
  },
  en: {
    skipLink: "Skip to main content",
    mainNavigation: "Main menu",
    languageNavigation: "Language",
    switchTo: "Nederlands",
    footerNavigation: "About this website",
    navHome: "Neighbourhoods",
    navAccessibility: "Accessibility",
    navPrivacy: "Privacy",
    municipalityWebsite: "Website of the municipality of Maashorst",
    homeHeading: "Neighbourhoods of Maashorst",
    homeIntro: "The map shows the 39 neighbourhoods in 6 districts (wijken) of the CBS division of 2022.",
    mapTitle: /^.+ by neighbourhood, \d{4}$/,
    mapLabel: /^(.+) \(district (\w+)\): .+, \d{4}$/,
    listHeading: "All neighbourhoods by district",
    wijk: (name: string) => `District ${name}`,
    buurtCount: (count: number) => `${count} neighbourhoods`,
    accessibilityHeading: "Accessibility",
    privacyHeading: "Privacy",
    notFoundHeading: "This page does not exist",
    notFoundBody: "We cannot find the page you were looking for.",
    notFoundBuurt: (code: string) => `There is no neighbourhood with the code ${code}.`,
    notFoundHome: "To all neighbourhoods",
    navExplanation: "About the figures",
    navMap: "Map",
    mapHeading: "Map of Maashorst",
    stackingHeading: "Stacking of needs in Maashorst",
    overlapHeading: "Overlap of two indicators in Maashorst",
    compareHeading: "Compare neighbourhoods",
    facilitiesHeading: "Facilities in Maashorst",
    needReachHeading: "Need and reach in Maashorst",
    visieHeading: "Environmental vision Maashorst",
    ambitionHeading: "Greenery in the centre of Uden against heat stress",
    explanationHeading: "How we protect the figures",
    initiativesHeading: "Initiatives in Maashorst",
    unsubscribeHeading: "Unsubscribe from messages about your initiative",
    navInitiatives: "Initiatives",
    releaseHeading: "What is going on in the neighbourhood",
    initiativeNewHeading: "Submit an initiative",
    initiativeStatusHeading: "Status of your initiative",
    demoNotice: "Demo data.",
    withheld: "withheld",
    noData: "no data",
    navEmbed: "Embed on your website",
    embedHeading: "Embed on your website",
  },
} satisfies Record<Locale, Record<string, unknown>>;

export type PageKind =
  | "home"
  | "map"
  | "stacking"
  | "overlap"
  | "compare"
  | "facilities"
  | "need-reach"
  | "visie"
  | "ambition"
  | "buurt"
  | "explanation"
  | "accessibility"
  | "privacy"
  | "embed-builder"
  | "initiative-new"
  | "initiative-status"
  | "initiatives"
  | "initiative"
  | "unsubscribe"
  | "not-found-buurt"
  | "not-found-path";

/**
 * The demo's first initiative (lib/demo/demo-initiatives.ts): published, with a point in
 * Centrum. The demo import writes it first on a fresh database, so its id is 1.
 */
export const DEMO_INITIATIVE = { id: 1, title: "Moestuin achter het buurthuis (demo)" } as const;

export interface PageCase {
  /** Readable name for test titles, e.g. "buurt (en)". */
  name: string;
  kind: PageKind;
  locale: Locale;
  path: string;
  status: number;
  heading: string;
}

/** Every page type of the portal in one locale, with the h1 a visitor should see. */
export function pagesFor(locale: Locale): PageCase[] {
  const t = TEXT[locale];
  const pages: Omit<PageCase, "name" | "locale">[] = [
    { kind: "home", path: `/${locale}`, status: 200, heading: t.homeHeading },
    { kind: "map", path: `/${locale}/kaart`, status: 200, heading: t.mapHeading },
    { kind: "stacking", path: `/${locale}/kaart/stapeling`, status: 200, heading: t.stackingHeading },
    { kind: "overlap", path: `/${locale}/kaart/overlap`, status: 200, heading: t.overlapHeading },
    { kind: "compare", path: `/${locale}/vergelijk?buurt=${CENTRUM.code}&buurt=BU19910102`, status: 200, heading: t.compareHeading },
    { kind: "facilities", path: `/${locale}/voorzieningen`, status: 200, heading: t.facilitiesHeading },
    { kind: "need-reach", path: `/${locale}/voorzieningen/behoefte`, status: 200, heading: t.needReachHeading },
    { kind: "visie", path: `/${locale}/omgevingsvisie`, status: 200, heading: t.visieHeading },
    { kind: "ambition", path: `/${locale}/omgevingsvisie/groene-kern-uden-centrum`, status: 200, heading: t.ambitionHeading },
    { kind: "initiatives", path: `/${locale}/initiatieven`, status: 200, heading: t.initiativesHeading },
    { kind: "initiative", path: `/${locale}/initiatieven/${DEMO_INITIATIVE.id}`, status: 200, heading: DEMO_INITIATIVE.title },
    // A well-formed token: the page looks nothing up, so any such token shows the confirm button.
    { kind: "unsubscribe", path: `/${locale}/initiatieven/afmelden?token=abcdefghijklmnopqrstuvwxyz012345`, status: 200, heading: t.unsubscribeHeading },
    { kind: "buurt", path: `/${locale}/buurten/${CENTRUM.code}`, status: 200, heading: CENTRUM.name },
    { kind: "explanation", path: `/${locale}/over-de-cijfers`, status: 200, heading: t.explanationHeading },
    { kind: "accessibility", path: `/${locale}/toegankelijkheid`, status: 200, heading: t.accessibilityHeading },
    { kind: "privacy", path: `/${locale}/privacy`, status: 200, heading: t.privacyHeading },
    { kind: "embed-builder", path: `/${locale}/insluiten`, status: 200, heading: t.embedHeading },
    { kind: "initiative-new", path: `/${locale}/initiatieven/nieuw`, status: 200, heading: t.initiativeNewHeading },
    // The status page needs a reference; an unknown one shows the lookup form with "not found".
    { kind: "initiative-status", path: `/${locale}/initiatieven/status?referentie=${UNKNOWN_REFERENCE}`, status: 200, heading: t.initiativeStatusHeading },
    { kind: "not-found-buurt", path: `/${locale}/buurten/BU99999999`, status: 404, heading: t.notFoundHeading },
    { kind: "not-found-path", path: `/${locale}/nope`, status: 404, heading: t.notFoundHeading },
  ];
  return pages.map((page) => ({ ...page, locale, name: `${page.kind} (${locale})` }));
}

export const ALL_PAGES: PageCase[] = LOCALES.flatMap(pagesFor);

/**
 * The widgets partners put in an iframe. Not in ALL_PAGES: they have their own document
 * (no header, navigation, skip link or language switch) and may be framed, which the site
 * checks of ALL_PAGES forbid. axe runs on them too (accessibility.spec.ts); embeds.spec.ts
 * checks the rest.
 */
export interface WidgetCase {
  name: string;
  locale: Locale;
  path: string;
  status: number;
  heading: string | RegExp;
}

export function widgetsFor(locale: Locale): WidgetCase[] {
  const t = TEXT[locale];
  const widgets: Omit<WidgetCase, "name" | "locale">[] = [
    { path: `/${locale}/insluiten/kaart`, status: 200, heading: t.mapTitle },
    { path: `/${locale}/insluiten/kaart?weergave=tabel`, status: 200, heading: t.mapTitle },
    { path: `/${locale}/insluiten/buurten/${CENTRUM.code}`, status: 200, heading: CENTRUM.name },
    { path: `/${locale}/insluiten/buurten/BU99999999`, status: 404, heading: t.notFoundHeading },
  ];
  return widgets.map((widget) => ({ ...widget, locale, name: `widget ${widget.path}` }));
}

export const WIDGET_PAGES: WidgetCase[] = LOCALES.flatMap(widgetsFor);

/** The same page in the other language: swap the first path segment. */
export function inOtherLocale(page: PageCase): string {
  return page.path.replace(/^\/(nl|en)/, `/${OTHER_LOCALE[page.locale]}`);
}

/** Number formatting a Dutch or English reader expects for whole numbers. */
export function formatWhole(value: number, locale: Locale): string {
  // Written out rather than Intl, so the test does not share the app's formatter.
  const digits = Math.round(Math.abs(value)).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, locale === "nl" ? "." : ",");
  return value < 0 ? `-${grouped}` : grouped;
}
