import { corsPreflight } from "@/lib/api/api-headers.ts";
import { apiRoute } from "@/lib/api/api-route.ts";
import { getInitiativeResource } from "@/lib/api/resources/initiatives.ts";

export const GET = apiRoute(getInitiativeResource);
export const OPTIONS = corsPreflight;
