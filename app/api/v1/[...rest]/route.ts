import { corsPreflight } from "@/lib/api/api-headers.ts";
import { ApiProblem } from "@/lib/api/api-problem.ts";
import { apiRoute } from "@/lib/api/api-route.ts";

// Any other path under /api/v1 is a resource we do not have: a problem, not an HTML page.
export const GET = apiRoute(async () => {
  throw new ApiProblem(404, "unknownResource");
});
export const OPTIONS = corsPreflight;
