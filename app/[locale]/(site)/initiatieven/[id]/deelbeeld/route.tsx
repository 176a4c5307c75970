import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { INITIATIVE_CARD_MAP_BOX, InitiativeCard } from "@/components/share-card/initiative-card.tsx";
import { routing } from "@/i18n/routing.ts";
import { createVersionedCache } from "@/lib/cache/versioned-cache.ts";
import { getMunicipalityConfig } from "@/lib/config/load-municipality-config.ts";
import { mapPalette } from "@/lib/config/map-palette.ts";
import { InitiativeIdParam } from "@/lib/initiatives/initiative-id-param.ts";
import { loadBuurtPage } from "@/lib/pages/load-buurt-page.ts";
import { loadPublicInitiative, requestPublicInitiativesVersion } from "@/lib/pages/load-public-initiatives.ts";
import { cardColours, cardLook } from "@/lib/share/card-colours.ts";
import { cardEtag } from "@/lib/share/card-etag.ts";
import { cardNotFound, cardResponse } from "@/lib/share/card-response.ts";
import { fitFrame, locatorSvg, svgDataUri } from "@/lib/share/card-svg.ts";
import { initiativeCardText } from "@/lib/share/initiative-card-text.ts";

// An initiative's share card (og:image of /[locale]/initiatieven/[id]): drawn from the same
// cached list as the page, so it shows nothing the page does not, and an unpublished
// initiative has no card. Its own PNG cache: its version word moves with every decision,
// which must not empty the buurt and map cards' cache.
const pngCache = createVersionedCache<string, ArrayBuffer>(200);

export async function GET(request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id: raw } = await params;
  const id = InitiativeIdParam.safeParse(raw);
  if (!hasLocale(routing.locales, locale) || !id.success) return cardNotFound();
  const [version, initiative] = await Promise.all([requestPublicInitiativesVersion(), loadPublicInitiative(id.data)]);
  if (!initiative) return cardNotFound();

  return cardResponse(request, {
    version,
    cache: pngCache,
    etag: cardEtag({ version, locale, subject: `initiative/${initiative.id}`, look: cardLook(getMunicipalityConfig()) }),
    draw: async () => {
      const config = getMunicipalityConfig();
      const [t, buurt] = await Promise.all([getTranslations({ locale }), loadBuurtPage(initiative.buurtCode)]);
      const frame = buurt ? fitFrame(buurt.viewBox, INITIATIVE_CARD_MAP_BOX) : null;
      const locator =
        buurt && frame
          ? locatorSvg({ current: buurt.buurt.d, neighbours: buurt.neighbours.map((neighbour) => neighbour.d) }, frame, mapPalette(config), initiative.svgPoint)
          : null;
      return (
        <InitiativeCard
          text={initiativeCardText(initiative, config.name, locale, t as never)}
          colours={cardColours(config)}
          locator={locator && frame ? { src: svgDataUri(locator), width: frame.width, height: frame.height } : null}
        />
      );
    },
  });
}
