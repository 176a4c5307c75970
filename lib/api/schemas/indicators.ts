import { z } from "zod";
import { Link, PageLinks, Text } from "./common.ts";
import { named } from "./registry.ts";

export const Indicator = named(
  "Indicator",
  "An indicator of the current protected release.",
  z.strictObject({
    code: z.string(),
    naam: Text,
    definitie: Text,
    bron: Text,
    thema: z.strictObject({ code: z.string(), naam: Text }),
    basispopulatie: z.strictObject({ code: z.string(), naam: Text }),
    schaal: z.number().int().describe("`waarde` is per this many of the base: 100 is a percentage, 1000 per thousand."),
    hogerIsSlechter: z.boolean(),
    niveaus: z.array(z.enum(["gemeente", "wijk", "buurt"])),
    categorieen: z.array(z.strictObject({ code: z.string(), naam: Text })),
    jaren: z.array(z.number().int()),
    _links: z.strictObject({ self: Link, waarden: Link }),
  }),
);

export const IndicatorCollection = named(
  "Indicatoren",
  "One page of the indicators of the current protected release.",
  z.strictObject({ indicatoren: z.array(Indicator), _links: PageLinks }),
);

export type IndicatorBody = z.infer<typeof Indicator>;
export type IndicatorCollectionBody = z.infer<typeof IndicatorCollection>;
