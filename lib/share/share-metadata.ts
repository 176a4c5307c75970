import type { Metadata } from "next";
import { SHARE_CARD_SIZE } from "./card-size.ts";

/** Open Graph's names for our two languages. */
export const OPEN_GRAPH_LOCALE = { nl: "nl_NL", en: "en_GB" } as const;

export interface SharedPage {
  locale: "nl" | "en";
  title: string;
  description: string;
  siteName: string;
  /** The page's path in each language, for alternates. */
  paths: Record<"nl" | "en", string>;
  /** The share card's path (made absolute by metadataBase) and its text alternative. */
  image: { path: string; alt: string };
}

/**
 * Title, description, Open Graph, Twitter card and the page in the other language: what a
 * link preview shows and a search engine reads. Paths stay relative; the layout's
 * metadataBase makes them absolute.
 */
export function shareMetadata(page: SharedPage): Metadata {
  const other = page.locale === "nl" ? "en" : "nl";
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: page.paths[page.locale], languages: { nl: page.paths.nl, en: page.paths.en } },
    openGraph: {
      type: "website",
      title: page.title,
      description: page.description,
      siteName: page.siteName,
      locale: OPEN_GRAPH_LOCALE[page.locale],
      alternateLocale: [OPEN_GRAPH_LOCALE[other]],
      url: page.paths[page.locale],
      images: [{ url: page.image.path, width: SHARE_CARD_SIZE.width, height: SHARE_CARD_SIZE.height, alt: page.image.alt, type: "image/png" }],
    },
    twitter: { card: "summary_large_image", title: page.title, description: page.description, images: [{ url: page.image.path, alt: page.image.alt }] },
  };
}
