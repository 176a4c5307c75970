import { corsPreflight } from "@/lib/api/api-headers.ts";
import { apiRoute } from "@/lib/api/api-route.ts";
import { getAmbitionResource } from "@/lib/api/resources/ambitions.ts";

export const GET = apiRoute(getAmbitionResource);
export const OPTIONS = corsPreflight;
