import "server-only";
import { headers } from "next/headers";

/** Values the proxy put on the request: this response's CSP nonce, the visited path and its query. */
export async function requestContext(): Promise<{ nonce: string | undefined; pathname: string; search: string }> {
  const list = await headers();
  return {
    nonce: list.get("x-nonce") ?? undefined,
    pathname: list.get("x-buurtbeeld-pathname") ?? "/",
    search: list.get("x-buurtbeeld-search") ?? "",
  };
}
