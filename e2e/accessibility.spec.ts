import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ALL_PAGES, CENTRUM, TEXT, WIDGET_PAGES } from "./support/site.ts";

// axe on every page type in both languages, at the viewport of each project (desktop
// and a 360 px phone): zero violations of WCAG 2.0/2.1 A and AA and WCAG 2.2 AA.

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function axeViolations(page: Page): Promise<{ count: number; report: string }> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const report = results.violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes.map((node) => `    ${node.target.join(" ")}  ${node.failureSummary?.split("\n").join(" ") ?? ""}`).join("\n"),
    )
    .join("\n");
  return { count: results.violations.length, report };
}

for (const page of ALL_PAGES) {
  test(`axe: ${page.name} ${page.path}`, async ({ page: browserPage }) => {
    const response = await browserPage.goto(page.path);
    expect(response?.status()).toBe(page.status);
    await expect(browserPage.getByRole("heading", { level: 1 })).toHaveText(page.heading);
    const { count, report } = await axeViolations(browserPage);
    expect(count, `axe violations on ${page.path}:\n${report}`).toBe(0);
  });
}

// The widgets as a partner's visitors get them: on their own, in the viewport of each project.
for (const widget of WIDGET_PAGES) {
  test(`axe: ${widget.name}`, async ({ page }) => {
    const response = await page.goto(widget.path);
    expect(response?.status()).toBe(widget.status);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(widget.heading);
    const { count, report } = await axeViolations(page);
    expect(count, `axe violations on ${widget.path}:\n${report}`).toBe(0);
  });
}

test("axe: the not-found page of a path outside both languages (/missing.txt)", async ({ page }) => {
  await page.goto("/missing.txt");
  const lang = (await page.locator("html").getAttribute("lang")) as keyof typeof TEXT;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXT[lang].notFoundHeading);
  const { count, report } = await axeViolations(page);
  expect(count, `axe violations on /missing.txt:\n${report}`).toBe(0);
});

test("axe: a buurt page with the skip link and a map link focused", async ({ page }) => {
  // Focus styles change colours; they must keep the contrast too.
  await page.goto(`/nl/buurten/${CENTRUM.code}`);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: TEXT.nl.skipLink })).toBeFocused();
  const skipLink = await axeViolations(page);
  expect(skipLink.count, `axe violations with the skip link focused:\n${skipLink.report}`).toBe(0);

  await page.getByRole("main").locator("svg a").first().focus();
  const mapLink = await axeViolations(page);
  expect(mapLink.count, `axe violations with a map link focused:\n${mapLink.report}`).toBe(0);
});

test("every page has one banner, one main, one contentinfo and exactly one h1", async ({ page }) => {
  // One test over every page in both languages: more than the default 30 s.
  test.setTimeout(ALL_PAGES.length * 10_000);
  for (const entry of ALL_PAGES) {
    await page.goto(entry.path);
    await expect(page.getByRole("banner"), entry.path).toHaveCount(1);
    await expect(page.getByRole("main"), entry.path).toHaveCount(1);
    await expect(page.getByRole("contentinfo"), entry.path).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 }), entry.path).toHaveCount(1);
    await expect(page.getByRole("main"), entry.path).toHaveAttribute("id", "inhoud");
  }
});
