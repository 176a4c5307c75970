import { corsPreflight } from "@/lib/api/api-headers.ts";
import { apiRoute } from "@/lib/api/api-route.ts";
import { listInitiatives } from "@/lib/api/resources/initiatives.ts";

export const GET = apiRoute(listInitiatives);
export const OPTIONS = corsPreflight;
