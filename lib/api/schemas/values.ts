import { z } from "zod";
import { PageLinks } from "./common.ts";
import { named } from "./registry.ts";

export const ValueStatus = named(
  "WaardeStatus",
  "`gepubliceerd`: the figure passed disclosure control. `afgeschermd`: withheld to protect people (small numbers, or so a withheld figure cannot be derived). `geenGegevens`: there is nothing to show.",
  z.enum(["gepubliceerd", "afgeschermd", "geenGegevens"]),
);

export const Value = named(
  "Waarde",
  "One published cell of the current release. Counts and bases are rounded; withheld cells carry no numbers at all.",
  z.strictObject({
    indicator: z.string(),
    jaar: z.number().int(),
    gebied: z.string(),
    niveau: z.enum(["gemeente", "wijk", "buurt"]),
    categorie: z.string(),
    status: ValueStatus,
    aantal: z.number().int().nullable(),
    basis: z.number().int().nullable(),
    waarde: z.number().nullable(),
    schaal: z.number().int(),
  }),
);

export const ValueCollection = named(
  "Waarden",
  "One page of values of the current protected release.",
  z.strictObject({
    release: z.strictObject({ id: z.number().int(), gepubliceerdOp: z.string(), demo: z.boolean() }),
    waarden: z.array(Value),
    _links: PageLinks,
  }),
);

export type ValueBody = z.infer<typeof Value>;
export type ValueCollectionBody = z.infer<typeof ValueCollection>;
