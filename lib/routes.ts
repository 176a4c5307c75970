// The public URLs. Routes are part of the contract with residents and partners (links
// in reports, QR codes on posters), so they are named once, here.
export const routes = {
  home: (locale: string) => `/${locale}`,
  buurt: (locale: string, code: string) => `/${locale}/buurten/${code}`,
  /** The indicator map; the choice travels in the query (?indicator=…&jaar=…). */
  map: (locale: string, query?: Record<string, string | number | undefined>) => withQuery(`/${locale}/kaart`, query),
  /** How many needs pile up per buurt (?jaar=…). */
  stacking: (locale: string, query?: Record<string, string | number | undefined>) => withQuery(`/${locale}/kaart/stapeling`, query),
  /** Two indicators on one map (?eerste=…&tweede=…&jaar=…). */
  overlap: (locale: string, query?: Record<string, string | number | undefined>) => withQuery(`/${locale}/kaart/overlap`, query),
  /** Two to four buurten side by side (?buurt=…&buurt=…). */
  compare: (locale: string, buurten: readonly string[] = []) =>
    buurten.length > 0 ? `/${locale}/vergelijk?${new URLSearchParams(buurten.map((code) => ["buurt", code]))}` : `/${locale}/vergelijk`,
  /** Facilities of one type and every buurt's reach (?soort=…&bereik=…). */
  facilities: (locale: string, query?: Record<string, string | number | undefined>) => withQuery(`/${locale}/voorzieningen`, query),
  /** Buurten where a need is high and a facility far (?behoefte=…&soort=…&jaar=…). */
  needReach: (locale: string, query?: Record<string, string | number | undefined>) => withQuery(`/${locale}/voorzieningen/behoefte`, query),
  /** The ambitions of the Omgevingsvisie, and each one with the buurten it touches. */
  visie: (locale: string) => `/${locale}/omgevingsvisie`,
  ambition: (locale: string, id: string) => `/${locale}/omgevingsvisie/${id}`,
  /** Share cards (Open Graph images, 1200×630 PNG) of a buurt and of a map choice. */
  buurtCard: (locale: string, code: string) => `/${locale}/buurten/${code}/deelbeeld`,
  mapCard: (locale: string, query?: { indicator?: string; jaar?: number }) => withQuery(`/${locale}/kaart/deelbeeld`, query),
  /** One indicator and year as a file (?indicator=…&jaar=…&formaat=csv|geojson), with the rules inside; without a query, a form's action. */
  download: (locale: string, query?: { indicator: string; jaar: number; formaat: "csv" | "geojson" }) => withQuery(`/${locale}/kaart/download`, query),
  /** The snippet generator for partners' embeds. */
  embedBuilder: (locale: string) => `/${locale}/insluiten`,
  /** Widgets meant for an iframe on a partner's site: one indicator's map, one buurt's card. */
  embedMap: (locale: string, query?: { indicator?: string; jaar?: number; weergave?: "kaart" | "tabel" }) => withQuery(`/${locale}/insluiten/kaart`, query),
  embedBuurt: (locale: string, code: string) => `/${locale}/insluiten/buurten/${code}`,
  /** The public open-data API (not localised: the language of texts follows Accept-Language). */
  api: (path = "") => `/api/v1${path}`,
  /** Published initiatives with filters (?buurt=…&categorie=…&status=…). */
  initiatives: (locale: string, query?: Record<string, string | number | undefined>) => withQuery(`/${locale}/initiatieven`, query),
  newInitiative: (locale: string) => `/${locale}/initiatieven/nieuw`,
  /** JSON for the submission form's script: published initiatives near ?buurt=… or ?lon=…&lat=…. */
  nearbyInitiatives: (locale: string) => `/${locale}/initiatieven/nieuw/in-de-buurt`,
  initiative: (locale: string, id: number | string) => `/${locale}/initiatieven/${id}`,
  initiativeCard: (locale: string, id: number | string) => `/${locale}/initiatieven/${id}/deelbeeld`,
  /** Where a submitter follows their initiative by its reference. */
  initiativeStatus: (locale: string, reference?: string) => withQuery(`/${locale}/initiatieven/status`, { referentie: reference }),
  /** The link in every mail that stops further mails. */
  unsubscribe: (locale: string, token: string) => withQuery(`/${locale}/initiatieven/afmelden`, { token }),
  /** Where the unsubscribe form lands: the same page, without the token. */
  unsubscribed: (locale: string) => withQuery(`/${locale}/initiatieven/afmelden`, { afgemeld: "ja" }),
  /** RFC 8058 one-click unsubscribe (the List-Unsubscribe header): a POST by the mail program, no page. */
  oneClickUnsubscribe: (token: string) => withQuery("/api/afmelden", { token }),
  /** Staff only: moderation, audit log, staff accounts, a submitter's data. */
  staffHome: (locale: string) => `/${locale}/beheer`,
  staffLogin: (locale: string) => `/${locale}/beheer/inloggen`,
  staffInitiative: (locale: string, id: number | string) => `/${locale}/beheer/initiatieven/${id}`,
  staffAudit: (locale: string) => `/${locale}/beheer/logboek`,
  staffUsers: (locale: string) => `/${locale}/beheer/medewerkers`,
  staffSubmitterData: (locale: string) => `/${locale}/beheer/gegevens`,
  /** POST only (the address in the body): one submitter's data as a JSON file. */
  staffSubmitterExport: (locale: string) => `/${locale}/beheer/gegevens/export`,
  accessibility: (locale: string) => `/${locale}/toegankelijkheid`,
  privacy: (locale: string) => `/${locale}/privacy`,
  explanation: (locale: string) => `/${locale}/over-de-cijfers`,
};

/** A path with a query string; undefined values are left out. */
export function withQuery(path: string, query: Record<string, string | number | undefined> = {}): string {
  const entries = Object.entries(query).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]]));
  return entries.length > 0 ? `${path}?${new URLSearchParams(entries)}` : path;
}

/** The same page in another language: swap the locale segment, keep the rest. */
export function switchLocale(pathname: string, locale: string): string {
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, "");
  return `/${locale}${rest}`;
}
