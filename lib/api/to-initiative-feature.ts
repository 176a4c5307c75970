import { initiativeCategoryNames, isInitiativeCategory } from "../initiatives/initiative-categories.ts";
import { STATUS_WORDS } from "../initiatives/initiative-status.ts";
import type { PublishedInitiative } from "../initiatives/list-published-initiatives.ts";
import { apiUrl } from "./api-url.ts";
import type { InitiativeFeatureBody } from "./schemas/initiatives.ts";

const SUBMITTER = { RESIDENT: "bewoner", ENTREPRENEUR: "ondernemer", ORGANISATION: "organisatie" } as const;

/** A published initiative as the API shows it: what the public page shows, nothing more. */
export function toInitiativeFeature(initiative: PublishedInitiative, base: URL): InitiativeFeatureBody {
  const word = (status: PublishedInitiative["status"]) => STATUS_WORDS[status] as InitiativeFeatureBody["properties"]["status"];
  return {
    type: "Feature",
    id: String(initiative.id),
    geometry: initiative.point ? { type: "Point", coordinates: initiative.point } : null,
    properties: {
      titel: initiative.title,
      beschrijving: initiative.description,
      categorie: initiative.category,
      categorieNaam: isInitiativeCategory(initiative.category) ? initiativeCategoryNames(initiative.category) : { nl: initiative.category, en: initiative.category },
      indiener: SUBMITTER[initiative.submitterKind],
      buurt: initiative.buurtCode,
      status: word(initiative.status),
      reden: initiative.publicReason,
      ingediendOp: initiative.submittedAt.toISOString(),
      gepubliceerdOp: initiative.publishedAt.toISOString(),
      geschiedenis: initiative.history.map((change) => ({ status: word(change.status), reden: change.publicReason, datum: change.changedAt.toISOString() })),
    },
    _links: {
      self: apiUrl(base, `/initiatieven/${initiative.id}`),
      buurt: apiUrl(base, `/buurten/${initiative.buurtCode}`),
    },
  };
}
