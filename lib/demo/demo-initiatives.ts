import type { InitiativeStatus, SubmitterKind } from "../db/generated/client.ts";
import type { InitiativeCategoryCode } from "../initiatives/initiative-categories.ts";

// The demo's initiatives: enough to show every public status with its history and reasons,
// one for a whole buurt (no point), and some that moderation has not published or has
// refused, with invented contact addresses under example.invalid (a name that can never
// receive mail), so tests can prove that neither ever reaches a public page.

export interface DemoInitiative {
  slug: string;
  title: string;
  description: string;
  category: InitiativeCategoryCode;
  submitterKind: SubmitterKind;
  /** The nth buurt of the division in code order: the demo works for any gemeente's areas. */
  buurtIndex: number;
  /** False: the submitter chose a buurt from the list instead of a point. */
  withPoint: boolean;
  /** Days before the import, oldest first; the last step is the status. */
  history: { status: InitiativeStatus; daysAgo: number; publicReason?: string }[];
  /** The submitter's address; none when they left it out. */
  email: string | null;
  locale: "nl" | "en";
}

export const DEMO_INITIATIVES: readonly DemoInitiative[] = [
  {
    slug: "moestuin",
    title: "Moestuin achter het buurthuis (demo)",
    description:
      "Achter het buurthuis ligt een grasveld dat bijna niemand gebruikt.\n\nWe willen er met de buurt een moestuin van maken: vier bakken op hoogte, zodat ook mensen in een rolstoel mee kunnen doen. De oogst delen we op zaterdag bij de koffie.",
    category: "groen",
    submitterKind: "RESIDENT",
    buurtIndex: 0,
    withPoint: true,
    history: [
      { status: "SUBMITTED", daysAgo: 40 },
      { status: "PUBLISHED", daysAgo: 37 },
    ],
    email: "demo-1@example.invalid",
    locale: "nl",
  },
  {
    slug: "buurtbus",
    title: "Buurtbus naar de weekmarkt (demo)",
    description: "Een busje dat op marktdag ouderen uit de buurt ophaalt en terugbrengt.\nVrijwilligers rijden; de ondernemersvereniging betaalt de brandstof.",
    category: "verkeer-veiligheid",
    submitterKind: "ENTREPRENEUR",
    buurtIndex: 0,
    withPoint: false,
    history: [
      { status: "SUBMITTED", daysAgo: 30 },
      { status: "PUBLISHED", daysAgo: 26, publicReason: "Gepubliceerd zonder de naam van de winkel in de titel." },
    ],
    email: "demo-2@example.invalid",
    locale: "nl",
  },
  {
    slug: "bankjes",
    title: "Bankjes langs het wandelpad (demo)",
    description: "Langs het wandelpad staat over twee kilometer geen enkel bankje. Voor wie slecht ter been is, is het pad daardoor te lang.",
    category: "ontmoeting",
    submitterKind: "ORGANISATION",
    buurtIndex: 1,
    withPoint: true,
    history: [
      { status: "SUBMITTED", daysAgo: 90 },
      { status: "PUBLISHED", daysAgo: 85 },
      { status: "IN_PROGRESS", daysAgo: 20, publicReason: "De gemeente plaatst drie bankjes in het voorjaar." },
    ],
    email: "demo-3@example.invalid",
    locale: "nl",
  },
  {
    slug: "speelplek",
    title: "Speelplek voor de kleintjes (demo)",
    description: "Een kleine speelplek met zand en een wipkip op het pleintje, zodat peuters niet naar de andere kant van de wijk hoeven.",
    category: "spelen-sport",
    submitterKind: "RESIDENT",
    buurtIndex: 2,
    withPoint: true,
    history: [
      { status: "SUBMITTED", daysAgo: 200 },
      { status: "PUBLISHED", daysAgo: 196 },
      { status: "IN_PROGRESS", daysAgo: 120, publicReason: "Bewoners en gemeente kiezen samen de toestellen." },
      { status: "REALISED", daysAgo: 14, publicReason: "De speelplek is geopend." },
    ],
    email: "demo-4@example.invalid",
    locale: "en",
  },
  {
    slug: "zonnepanelen",
    title: "Zonnepanelen op de sporthal (demo)",
    description: "Het dak van de sporthal is groot en ligt op het zuiden. Met zonnepanelen kan de vereniging de energierekening halveren.",
    category: "duurzaamheid",
    submitterKind: "ORGANISATION",
    buurtIndex: 5,
    withPoint: true,
    history: [
      { status: "SUBMITTED", daysAgo: 150 },
      { status: "PUBLISHED", daysAgo: 140 },
      { status: "CLOSED", daysAgo: 10, publicReason: "De sporthal wordt volgend jaar verbouwd; de zonnepanelen worden daarin meegenomen." },
    ],
    email: null,
    locale: "nl",
  },
  {
    slug: "repaircafe",
    title: "Repair café in de bibliotheek (demo)",
    description: "Een keer per maand samen kapotte spullen repareren.",
    category: "duurzaamheid",
    submitterKind: "RESIDENT",
    buurtIndex: 8,
    withPoint: true,
    history: [{ status: "SUBMITTED", daysAgo: 2 }],
    email: "demo-6@example.invalid",
    locale: "nl",
  },
  {
    slug: "reclame",
    title: "Reclamebord voor mijn winkel (demo)",
    description: "Een groot bord bij de rotonde met reclame voor mijn winkel.",
    category: "ondernemen",
    submitterKind: "ENTREPRENEUR",
    buurtIndex: 0,
    withPoint: true,
    history: [
      { status: "SUBMITTED", daysAgo: 12 },
      { status: "REJECTED", daysAgo: 9, publicReason: "Dit is reclame voor één bedrijf, geen initiatief voor de buurt." },
    ],
    email: "demo-7@example.invalid",
    locale: "nl",
  },
  {
    slug: "losloopgebied",
    title: "Losloopgebied voor honden (demo)",
    description: "Een omheind veld waar honden los mogen lopen.",
    category: "groen",
    submitterKind: "RESIDENT",
    buurtIndex: 3,
    withPoint: false,
    history: [
      { status: "SUBMITTED", daysAgo: 8 },
      { status: "CHANGES_REQUESTED", daysAgo: 6, publicReason: "Kunt u aangeven welk veld u bedoelt?" },
    ],
    email: "demo-8@example.invalid",
    locale: "en",
  },
];
