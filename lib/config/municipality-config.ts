import { z } from "zod";
import { DisclosureParametersSchema } from "../disclosure/parameters.ts";
import { contrastRatio } from "./contrast-ratio.ts";
import { EmbedOrigin } from "./embed-origin.ts";

const HexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: "must be a colour like #00594f" });

// Text on the primary colour must stay readable (WCAG 2.1 AA: 4.5:1), whatever a
// municipality picks for its house style.
const MIN_TEXT_CONTRAST = 4.5;

export const MunicipalityConfigSchema = z
  .object({
    $comment: z.string().optional(),
    gemeenteCode: z.string().regex(/^GM\d{4}$/, { message: "must be a CBS gemeentecode like GM1991" }),
    name: z.string().trim().min(1).max(80),
    website: z.url({ protocol: /^https?$/ }).optional(),
    /**
     * Where this portal is published, e.g. https://buurtbeeld.example.nl. Share cards and
     * links in meta tags need absolute URLs; without it they use the host of the request.
     */
    siteUrl: z.url({ protocol: /^https$/ }).optional(),
    areaYear: z.int().min(1990).max(2100),
    colors: z.object({
      primary: HexColor,
      primaryText: HexColor,
      accent: HexColor,
      mapFill: HexColor,
      mapStroke: HexColor,
      mapWijkStroke: HexColor,
      /** The five choropleth classes, lowest first; without it, lib/config/map-palette.ts's defaults. */
      mapClasses: z.array(HexColor).length(5).optional(),
    }).strict(),
    /**
     * The interactive map. Without a basemap it draws our own boundaries only and needs no
     * network; a basemap (such as the PDOK BRT achtergrondkaart) is a MapLibre style URL, and
     * its origins are added to the Content-Security-Policy.
     */
    map: z
      .object({
        basemap: z
          .object({
            style: z.url({ protocol: /^https$/ }),
            attribution: z.string().trim().min(1).max(200),
            /** Further origins the style loads tiles, glyphs or sprites from. */
            origins: z.array(z.url({ protocol: /^https$/ })).default([]),
          })
          .strict()
          .nullable()
          .default(null),
      })
      .strict()
      .default({ basemap: null }),
    /**
     * Partners' sites that may show our widgets (/insluiten/kaart, /insluiten/buurten/…) in
     * an iframe: they go into the widgets' CSP frame-ancestors, and nowhere else. Without
     * any, only the portal itself can frame them (the snippet generator's preview).
     */
    embed: z
      .object({ allowedOrigins: z.array(EmbedOrigin).max(50).default([]) })
      .strict()
      .default({ allowedOrigins: [] }),
    /** Initiatives of residents: how long a submitter's contact data is kept. */
    initiatives: z
      .object({
        /**
         * Days after an initiative's last status change (or its submission) that the
         * submitter's e-mail is kept; `npm run initiatives:retention` deletes it after that.
         */
        contactRetentionDays: z.int().min(30).max(3650).default(365),
      })
      .strict()
      .default({ contactRetentionDays: 365 }),
    /** Disclosure-control policy (threshold T, protection p, rounding base, rate denominator). */
    disclosure: DisclosureParametersSchema.default(DisclosureParametersSchema.parse({})),
  })
  .strict()
  .superRefine((config, context) => {
    const ratio = contrastRatio(config.colors.primary, config.colors.primaryText);
    if (ratio < MIN_TEXT_CONTRAST) {
      context.addIssue({
        code: "custom",
        path: ["colors", "primaryText"],
        message: `contrast with colors.primary is ${ratio.toFixed(2)}:1; text needs at least ${MIN_TEXT_CONTRAST}:1`,
      });
    }
    const background = "#ffffff";
    const primaryOnWhite = contrastRatio(config.colors.primary, background);
    if (primaryOnWhite < MIN_TEXT_CONTRAST) {
      context.addIssue({
        code: "custom",
        path: ["colors", "primary"],
        message: `is used for links on white; contrast is ${primaryOnWhite.toFixed(2)}:1, needs at least ${MIN_TEXT_CONTRAST}:1`,
      });
    }
  });

export type MunicipalityConfig = z.infer<typeof MunicipalityConfigSchema>;

export class MunicipalityConfigError extends Error {
  constructor(source: string, problems: string[]) {
    super(`Invalid municipality configuration in ${source}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "MunicipalityConfigError";
  }
}

/** Validates configuration text; errors name the file and every field that is wrong. */
export function parseMunicipalityConfig(text: string, source: string): MunicipalityConfig {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new MunicipalityConfigError(source, [`not valid JSON (${(error as Error).message})`]);
  }
  const parsed = MunicipalityConfigSchema.safeParse(json);
  if (!parsed.success) {
    throw new MunicipalityConfigError(
      source,
      parsed.error.issues.map((issue) => `${issue.path.join(".") || "(file)"}: ${issue.message}`),
    );
  }
  return parsed.data;
}

export function gemeenteNumber(config: Pick<MunicipalityConfig, "gemeenteCode">): string {
  return config.gemeenteCode.slice(2);
}
