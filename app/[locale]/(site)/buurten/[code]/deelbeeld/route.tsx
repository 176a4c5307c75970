import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { BUURT_CARD_MAP_BOX, BuurtCard } from "@/components/share-card/buurt-card.tsx";
import { routing } from "@/i18n/routing.ts";
import { BuurtCodeParam } from "@/lib/areas/buurt-code-param.ts";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";
import { mapPalette } from "@/lib/config/map-palette.ts";
import { loadBuurtPage } from "@/lib/pages/load-buurt-page.ts";
import { requestDataVersion } from "@/lib/pages/request-data-version.ts";
import { routes } from "@/lib/routes.ts";
import { buurtCardText } from "@/lib/share/buurt-card-text.ts";
import { cardColours, cardLook } from "@/lib/share/card-colours.ts";
import { cardEtag } from "@/lib/share/card-etag.ts";
import { cardNotFound, cardResponse } from "@/lib/share/card-response.ts";
import { fitFrame, locatorSvg, svgDataUri } from "@/lib/share/card-svg.ts";

// The buurt's share card (og:image of /[locale]/buurten/[code]): a PNG drawn from the same
// cached page data as the page, so it shows nothing the page does not.

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale, code: raw } = await params;
  const code = BuurtCodeParam.safeParse(raw);
  if (!hasLocale(routing.locales, locale) || !code.success) return cardNotFound();
  // A relative Location: the server may not know the host it is reached by.
  if (code.data !== raw) return new Response(null, { status: 308, headers: { location: routes.buurtCard(locale, code.data) } });
  const [version, view] = await Promise.all([requestDataVersion(), loadBuurtPage(code.data)]);
  if (!view) return cardNotFound();

  return cardResponse(request, {
    version,
    etag: cardEtag({ version, locale, subject: `buurt/${code.data}`, look: cardLook(getMunicipalityConfig()) }),
    draw: async () => {
      const config = getMunicipalityConfig();
      const t = await getTranslations({ locale });
      const frame = fitFrame(view.viewBox, BUURT_CARD_MAP_BOX);
      const locator = locatorSvg({ current: view.buurt.d, neighbours: view.neighbours.map((neighbour) => neighbour.d) }, frame, mapPalette(config));
      return (
        <BuurtCard
          text={buurtCardText(view, locale, t as never)}
          colours={cardColours(config)}
          locator={{ src: svgDataUri(locator), width: frame.width, height: frame.height }}
        />
      );
    },
  });
}
