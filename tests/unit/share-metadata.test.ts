import { describe, expect, it } from "vitest";
import { shareMetadata } from "@/lib/share/share-metadata.ts";

const page = {
  title: "Centrum – buurt in Maashorst",
  description: "Kerncijfers van de buurt Centrum.",
  siteName: "Buurtbeeld Maashorst",
  paths: { nl: "/nl/buurten/BU19910101", en: "/en/buurten/BU19910101" },
  image: { path: "/nl/buurten/BU19910101/deelbeeld", alt: "Centrum in de wijk Uden" },
};

describe("shareMetadata", () => {
  it("gives a large Open Graph card of 1200×630 with the page's own title and description", () => {
    const metadata = shareMetadata({ ...page, locale: "nl" });
    expect(metadata.openGraph).toMatchObject({
      type: "website",
      title: page.title,
      description: page.description,
      siteName: page.siteName,
      locale: "nl_NL",
      alternateLocale: ["en_GB"],
      url: page.paths.nl,
      images: [{ url: page.image.path, width: 1200, height: 630, alt: page.image.alt }],
    });
    expect(metadata.twitter).toMatchObject({ card: "summary_large_image", images: [{ url: page.image.path, alt: page.image.alt }] });
  });

  it("names British English for the English page and links both languages", () => {
    const metadata = shareMetadata({ ...page, locale: "en" });
    expect(metadata.openGraph).toMatchObject({ locale: "en_GB", alternateLocale: ["nl_NL"], url: page.paths.en });
    expect(metadata.alternates).toEqual({ canonical: page.paths.en, languages: { nl: page.paths.nl, en: page.paths.en } });
  });
});
