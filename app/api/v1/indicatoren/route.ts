import { corsPreflight } from "@/lib/api/api-headers.ts";
import { apiRoute } from "@/lib/api/api-route.ts";
import { listIndicators } from "@/lib/api/resources/indicators.ts";

export const GET = apiRoute(listIndicators);
export const OPTIONS = corsPreflight;
