import { corsPreflight } from "@/lib/api/api-headers.ts";
import { apiRoute } from "@/lib/api/api-route.ts";
import { listFacilities } from "@/lib/api/resources/facilities.ts";

export const GET = apiRoute(listFacilities);
export const OPTIONS = corsPreflight;
