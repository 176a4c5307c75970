import { type APIRequestContext, expect, type Page, test } from "@playwright/test";
import { openApiValidator } from "../tests/support/openapi-validator.ts";
import { parseCsv, shownOnPage, tableOnMap } from "./support/published-values.ts";
import { BUURT_COUNT, CENTRUM, WIJKEN } from "./support/site.ts";

// The open data API (/api/v1) as a partner meets it: every answer matches the served
// OpenAPI document, the figures are the map's figures, bad parameters are problems (never
// a 500), caches work, and nothing beyond the protected release can be reached.

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name === "phone", "an API does not depend on the viewport; checked once on desktop");
});

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function getJson(request: APIRequestContext, url: string, headers: Record<string, string> = {}) {
  const response = await request.get(url, { headers, maxRedirects: 0 });
  const text = await response.text();
  return { status: response.status(), headers: response.headers(), text, body: text ? (JSON.parse(text) as Json) : null };
}

/** Every page of a collection, following the `next` links the API gives. */
async function allPages(request: APIRequestContext, first: string, items: (body: Json) => Json[]): Promise<Json[]> {
  const collected: Json[] = [];
  let url: string | undefined = first;
  while (url) {
    const { status, body } = await getJson(request, url);
    expect(status, url).toBe(200);
    collected.push(...items(body!));
    url = body!._links.next?.href;
  }
  return collected;
}

async function defaultMapChoice(page: Page) {
  await page.goto("/nl/kaart");
  const indicator = await page.getByLabel("Indicator", { exact: true }).inputValue();
  const year = Number(await page.getByLabel("Jaar", { exact: true }).inputValue());
  return { indicator, year, table: await tableOnMap(page) };
}

test("every endpoint answers with the schema, media type and headers the served OpenAPI document names", async ({ request }) => {
  const { status, body: document } = await getJson(request, "/api/v1/openapi.json");
  expect(status).toBe(200);
  expect(document!.openapi).toBe("3.1.0");
  const validate = openApiValidator(document!);
  const ambition = (await getJson(request, "/api/v1/ambities?paginaGrootte=1")).body!.features[0].id as string;
  const indicator = (await getJson(request, "/api/v1/indicatoren?paginaGrootte=1")).body!.indicatoren[0].code as string;
  const initiative = (await getJson(request, "/api/v1/initiatieven?paginaGrootte=1")).body!.features[0]?.id as string | undefined;
  const samples: Record<string, string> = {
    "/buurten/{code}": `/buurten/${CENTRUM.code}`,
    "/wijken/{code}": `/wijken/${WIJKEN[0].code}`,
    "/indicatoren/{code}": `/indicatoren/${indicator}`,
    "/ambities/{id}": `/ambities/${ambition}`,
    ...(initiative ? { "/initiatieven/{id}": `/initiatieven/${initiative}` } : {}),
  };
  const paths = Object.keys(document!.paths);
  expect(paths.length).toBeGreaterThanOrEqual(12);
  for (const path of paths) {
    const concrete = samples[path] ?? (path.includes("{") ? undefined : path);
    if (!concrete) continue;
    const url = `/api/v1${concrete}${concrete === "/waarden" ? `?indicator=${indicator}&paginaGrootte=100` : ""}`;
    const response = await getJson(request, url);
    expect(response.status, url).toBe(200);
    const ok = document!.paths[path].get.responses["200"];
    const [mediaType] = Object.keys(ok.content);
    expect(response.headers["content-type"], url).toBe(mediaType);
    const schemaId = (ok.content[mediaType!].schema.$ref as string).split("/").at(-1)!;
    expect(validate(schemaId, response.body), `${url} against ${schemaId}`).toEqual([]);
    expect(response.headers["api-version"]).toBe(document!.info.version);
    expect(response.headers["access-control-allow-origin"]).toBe("*");
    expect(response.headers["etag"], url).toMatch(/^"data-/);
    if (ok.headers["X-Total-Count"]) {
      expect(Number(response.headers["x-total-count"]), url).toBeGreaterThanOrEqual(0);
      expect(response.headers["link"], url).toContain('rel="self"');
    }
    if (mediaType === "application/geo+json") expect(response.headers["content-crs"]).toBe("http://www.opengis.net/def/crs/OGC/1.3/CRS84");
  }
});

test("the API's values and statuses are the map's, the CSV's and the GeoJSON's for the same release", async ({ page, request }) => {
  const { indicator, year, table } = await defaultMapChoice(page);
  expect(table.size).toBe(BUURT_COUNT);
  const indicatorBody = (await getJson(request, `/api/v1/indicatoren/${indicator}`)).body!;
  const unit = indicatorBody.schaal === 100 ? "%" : "per 1000";
  const values = await allPages(request, `/api/v1/waarden?indicator=${indicator}&jaar=${year}&categorie=totaal&paginaGrootte=100`, (body) => body.waarden);
  const buurten = values.filter((value) => value.niveau === "buurt");
  expect(buurten.map((value) => value.gebied).sort()).toEqual([...table.keys()].sort());
  for (const value of buurten) {
    expect(shownOnPage({ code: value.gebied, niveau: "buurt", status: value.status, aantal: value.aantal, waarde: value.waarde }, unit, "nl"), value.gebied).toBe(table.get(value.gebied));
  }

  const csv = await request.get(`/nl/kaart/download?indicator=${indicator}&jaar=${year}&formaat=csv`);
  const lines = (await csv.body()).subarray(3).toString("utf8").split("\r\n");
  const [header, ...records] = parseCsv(lines.filter((line) => !line.startsWith("#")).join("\r\n"));
  const column = (name: string) => header!.findIndex((cell) => cell === name || cell.startsWith(`${name} (`));
  const fromCsv = new Map(records.map((record) => [record[column("code")]!, record]));
  for (const value of values) {
    const record = fromCsv.get(value.gebied)!;
    expect(record, value.gebied).toBeDefined();
    const number = (cell: string | undefined) => (cell === "" || cell === undefined ? null : Number(cell));
    expect([record[column("status")], number(record[column("aantal")]), number(record[column("basis")]), number(record[column("waarde")])], value.gebied).toEqual([
      value.status,
      value.aantal,
      value.basis,
      value.waarde,
    ]);
  }

  const geojson = (await getJson(request, `/nl/kaart/download?indicator=${indicator}&jaar=${year}&formaat=geojson`)).body!;
  const apiByArea = new Map(values.map((value) => [value.gebied, value]));
  for (const feature of geojson.features) {
    const value = apiByArea.get(feature.properties.code)!;
    expect([feature.properties.status, feature.properties.aantal, feature.properties.waarde], feature.properties.code).toEqual([value.status, value.aantal, value.waarde]);
  }
});

test("areas come as GeoJSON with a working bbox filter and pagination", async ({ request }) => {
  const all = await allPages(request, "/api/v1/buurten?paginaGrootte=7", (body) => body.features);
  expect(all).toHaveLength(BUURT_COUNT);
  expect(new Set(all.map((feature) => feature.id)).size).toBe(BUURT_COUNT);
  const centrum = (await getJson(request, `/api/v1/buurten/${CENTRUM.code}`)).body!;
  const ring = centrum.geometry.coordinates[0] as number[][];
  const lons = ring.map((position) => position[0]!);
  const lats = ring.map((position) => position[1]!);
  const box = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
  const inBox = (await getJson(request, `/api/v1/buurten?paginaGrootte=100&bbox=${box.join(",")}`)).body!.features.map((feature: Json) => feature.id);
  expect(inBox).toContain(CENTRUM.code);
  expect(inBox.length).toBeLessThan(BUURT_COUNT);
  const farAway = await getJson(request, "/api/v1/buurten?bbox=4.0,52.0,4.1,52.1");
  expect(farAway.body!.features).toEqual([]);
  const wijk = (await getJson(request, `/api/v1/buurten?wijk=${WIJKEN[0].code}&paginaGrootte=100`)).body!.features;
  expect(wijk).toHaveLength(WIJKEN[0].buurten);
});

test("a partner's repeated fetch costs a 304 until the data changes", async ({ request }) => {
  for (const url of ["/api/v1/buurten", "/api/v1/indicatoren", "/api/v1/waarden?paginaGrootte=5", "/api/v1/voorzieningen", "/api/v1/ambities", "/api/v1/initiatieven"]) {
    const first = await getJson(request, url);
    expect(first.headers["cache-control"], url).toBe("public, max-age=300");
    const again = await request.get(url, { headers: { "if-none-match": first.headers["etag"]! } });
    expect(again.status(), url).toBe(304);
    expect((await again.body()).length).toBe(0);
    const other = new URL(url, "http://x");
    other.searchParams.set("paginaGrootte", "1");
    const otherPage = await request.get(`${other.pathname}${other.search}`, { headers: { "if-none-match": first.headers["etag"]! } });
    expect(otherPage.status(), `${url}, another page`).toBe(200);
  }
});

test("bad parameters are problem details naming the parameter, in the client's language, never a 500", async ({ request }) => {
  const bad: [string, string][] = [
    ["/api/v1/buurten?bbox=5,51,6", "bbox"],
    ["/api/v1/buurten?paginagrootte=5", "paginagrootte"],
    ["/api/v1/buurten?wijk=WK9", "wijk"],
    ["/api/v1/buurten/BU19910101?x=1", "x"],
    ["/api/v1/wijken?pagina=0", "pagina"],
    ["/api/v1/wijken/WK199101?pagina=1", "pagina"],
    ["/api/v1/indicatoren?paginaGrootte=101", "paginaGrootte"],
    ["/api/v1/indicatoren/x?y=1", "y"],
    ["/api/v1/waarden?indicator=bestaat_niet", "indicator"],
    ["/api/v1/waarden?jaar=1999", "jaar"],
    ["/api/v1/waarden?gebied=BU00000000", "gebied"],
    ["/api/v1/waarden?niveau=straat", "niveau"],
    ["/api/v1/waarden?categorie=%3Cscript%3E", "categorie"],
    ["/api/v1/waarden?jaar=2023&jaar=2024", "jaar"],
    ["/api/v1/voorzieningen?soort=kapper", "soort"],
    ["/api/v1/voorzieningen?buurt=' OR 1=1 --", "buurt"],
    ["/api/v1/ambities?thema=iets", "thema"],
    ["/api/v1/ambities/natuurgebied?extra=1", "extra"],
    ["/api/v1/initiatieven?status=ingediend", "status"],
    ["/api/v1/initiatieven?categorie=x", "categorie"],
    ["/api/v1/openapi.json?versie=2", "versie"],
  ];
  for (const [url, name] of bad) {
    const nl = await getJson(request, url);
    expect(nl.status, url).toBe(400);
    expect(nl.headers["content-type"], url).toBe("application/problem+json");
    expect(nl.body!["invalid-params"].map((param: Json) => param.name), url).toContain(name);
    expect(nl.body!.title).toBe("Ongeldige parameter");
    const en = await getJson(request, url, { "accept-language": "en-GB,en;q=0.9" });
    expect(en.body!.title, url).toBe("Invalid parameter");
  }
  const pastTheEnd = await getJson(request, "/api/v1/wijken?pagina=99");
  expect(pastTheEnd.status).toBe(400);
  expect(pastTheEnd.body!.detail).toBe("Deze verzameling heeft 1 pagina.");
});

test("unknown resources are 404 problems, a trailing slash is not redirected, other methods are refused", async ({ request }) => {
  for (const url of ["/api/v1/buurten/BU00000000", "/api/v1/wijken/BU19910101", "/api/v1/indicatoren/bestaat_niet", "/api/v1/ambities/bestaat-niet", "/api/v1/initiatieven/999999", "/api/v1/initiatieven/abc", "/api/v1/straten", "/api/v1/buurten/", "/api/v1/buurten/BU19910101/"]) {
    const response = await getJson(request, url);
    expect(response.status, url).toBe(404);
    expect(response.headers["location"], url).toBeUndefined();
    expect(response.headers["content-type"], url).toBe("application/problem+json");
    expect(response.headers["api-version"], url).toBe("1.0.0");
  }
  const post = await request.post("/api/v1/buurten", { data: {} });
  expect(post.status()).toBe(405);
  const preflight = await request.fetch("/api/v1/waarden", { method: "OPTIONS", headers: { origin: "https://partner.example", "access-control-request-method": "GET", "access-control-request-headers": "if-none-match" } });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()["access-control-allow-methods"]).toContain("GET");
  expect(preflight.headers()["access-control-allow-headers"]?.toLowerCase()).toContain("if-none-match");
  const rd = await getJson(request, "/api/v1/buurten", { "accept-crs": "http://www.opengis.net/def/crs/EPSG/0/28992" });
  expect(rd.status).toBe(406);
});

test("nothing beyond the release: withheld cells carry no numbers, counts are rounded, no contact data or unpublished initiative anywhere", async ({ request }) => {
  const csv = await request.get(`/nl/kaart/download?indicator=${(await getJson(request, "/api/v1/indicatoren?paginaGrootte=1")).body!.indicatoren[0].code}&jaar=${(await getJson(request, "/api/v1/indicatoren?paginaGrootte=1")).body!.indicatoren[0].jaren[0]}&formaat=csv`);
  const base = Number((await csv.text()).match(/veelvoud van (\d+)/)?.[1]);
  expect(base, "the rounding base, as the download's note states it").toBeGreaterThan(1);
  const values = await allPages(request, "/api/v1/waarden?paginaGrootte=100&niveau=buurt&categorie=totaal", (body) => body.waarden);
  expect(values.length).toBeGreaterThan(BUURT_COUNT);
  for (const value of values) {
    if (value.status !== "gepubliceerd") {
      expect([value.aantal, value.basis, value.waarde], `${value.indicator} ${value.gebied} ${value.jaar}`).toEqual([null, null, null]);
    } else {
      expect(value.aantal % base, `${value.indicator} ${value.gebied} ${value.jaar}: ${value.aantal} is rounded`).toBe(0);
    }
  }
  expect(values.some((value) => value.status === "afgeschermd"), "the demo release withholds something").toBe(true);

  const email = /[\w.+-]+@[\w-]+\.[\w.-]+/;
  for (const first of ["/api/v1/buurten?paginaGrootte=100", "/api/v1/wijken", "/api/v1/indicatoren?paginaGrootte=100", "/api/v1/voorzieningen?paginaGrootte=100", "/api/v1/ambities?paginaGrootte=100", "/api/v1/initiatieven?paginaGrootte=100"]) {
    let url: string | undefined = first;
    while (url) {
      const response = await getJson(request, url);
      expect(response.text, `${url} holds no e-mail address`).not.toMatch(email);
      url = response.body!._links.next?.href;
    }
  }
  const published = await allPages(request, "/api/v1/initiatieven?paginaGrootte=100", (body) => body.features);
  for (const feature of published) expect(["gepubliceerd", "in-uitvoering", "gerealiseerd", "gesloten"]).toContain(feature.properties.status);
  const publishedIds = new Set(published.map((feature) => Number(feature.id)));
  // Ids are sequential, so a curious client tries them all: the unpublished ones do not exist for it.
  const highest = Math.max(0, ...publishedIds) + 5;
  for (let id = 1; id <= highest; id++) {
    const response = await getJson(request, `/api/v1/initiatieven/${id}`);
    expect(response.status, `initiative ${id}`).toBe(publishedIds.has(id) ? 200 : 404);
    expect(response.text).not.toMatch(email);
  }
});
