import { corsPreflight } from "@/lib/api/api-headers.ts";
import { apiRoute } from "@/lib/api/api-route.ts";
import { listValues } from "@/lib/api/resources/values.ts";

export const GET = apiRoute(listValues);
export const OPTIONS = corsPreflight;
