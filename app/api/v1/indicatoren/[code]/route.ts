import { corsPreflight } from "@/lib/api/api-headers.ts";
import { apiRoute } from "@/lib/api/api-route.ts";
import { getIndicator } from "@/lib/api/resources/indicators.ts";

export const GET = apiRoute(getIndicator);
export const OPTIONS = corsPreflight;
