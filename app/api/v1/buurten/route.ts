import { corsPreflight } from "@/lib/api/api-headers.ts";
import { apiRoute } from "@/lib/api/api-route.ts";
import { listAreas } from "@/lib/api/resources/areas.ts";

export const GET = apiRoute((context) => listAreas(context, "buurt"));
export const OPTIONS = corsPreflight;
