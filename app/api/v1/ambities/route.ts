import { corsPreflight } from "@/lib/api/api-headers.ts";
import { apiRoute } from "@/lib/api/api-route.ts";
import { listAmbitions } from "@/lib/api/resources/ambitions.ts";

export const GET = apiRoute(listAmbitions);
export const OPTIONS = corsPreflight;
