import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { MAP_CARD_MAP_BOX, MapCard } from "@/components/share-card/map-card.tsx";
import { routing } from "@/i18n/routing.ts";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";
import { mapPalette } from "@/lib/config/map-palette.ts";
import { parseMapSearch } from "@/lib/maps/map-query.ts";
import { loadMapPage } from "@/lib/pages/load-map-page.ts";
import { requestDataVersion } from "@/lib/pages/request-data-version.ts";
import { cardColours, cardLook } from "@/lib/share/card-colours.ts";
import { cardEtag } from "@/lib/share/card-etag.ts";
import { cardNotFound, cardResponse } from "@/lib/share/card-response.ts";
import { choroplethSvg, fitFrame, svgDataUri, swatchSvg } from "@/lib/share/card-svg.ts";
import { mapCardText } from "@/lib/share/map-card-text.ts";

// The indicator map's share card (og:image of /[locale]/kaart?indicator=…&jaar=…). The
// choice is in the query, which the opengraph-image file convention cannot see, so this
// handler takes the same query and the same cached map data as the page.

export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const query = parseMapSearch(new URL(request.url).searchParams);
  if (!hasLocale(routing.locales, locale) || !query) return cardNotFound();
  const [version, result] = await Promise.all([requestDataVersion(), loadMapPage({ indicator: query.indicator, year: query.jaar })]);
  if (result.kind !== "map") return cardNotFound();
  const { data } = result;

  return cardResponse(request, {
    version,
    // The resolved choice: the card without a query and the one naming the default share an ETag.
    etag: cardEtag({ version, locale, subject: `map/${data.indicator.code}/${data.year}`, look: cardLook(getMunicipalityConfig()) }),
    draw: async () => {
      const config = getMunicipalityConfig();
      const palette = mapPalette(config);
      const t = await getTranslations({ locale });
      const text = mapCardText({ ...data, gemeente: config.name }, locale, t as never);
      const frame = fitFrame(data.viewBox, MAP_CARD_MAP_BOX);
      const map = choroplethSvg({ areas: data.buurten, outlines: data.outlines.map((outline) => outline.d) }, frame, palette);
      return (
        <MapCard
          text={text}
          colours={cardColours(config)}
          map={{ src: svgDataUri(map), width: frame.width, height: frame.height }}
          legend={text.legend.map((entry) => ({ key: String(entry.mapClass), label: entry.label, swatch: svgDataUri(swatchSvg(entry.mapClass, palette)) }))}
        />
      );
    },
  });
}
