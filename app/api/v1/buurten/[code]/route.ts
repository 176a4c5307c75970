import { corsPreflight } from "@/lib/api/api-headers.ts";
import { apiRoute } from "@/lib/api/api-route.ts";
import { getArea } from "@/lib/api/resources/areas.ts";

export const GET = apiRoute<{ code: string }>((context) => getArea(context, "buurt"));
export const OPTIONS = corsPreflight;
