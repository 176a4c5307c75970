import { getPrisma } from "@/lib/db/get-prisma.ts";
import { UnsubscribeToken, unsubscribeContact } from "@/lib/initiatives/unsubscribe-contact.ts";
import { routes } from "@/lib/routes.ts";

// RFC 8058 one-click unsubscribe: the mail program POSTs "List-Unsubscribe=One-Click" to
// the List-Unsubscribe URL, without cookies and without showing a page. A browser that
// opens the same URL (a program without one-click) gets the confirm page instead.

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

export async function POST(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  if (!UnsubscribeToken.safeParse(token).success) return plain(400, "Bad request");
  const body = await request.text().catch(() => "");
  if (new URLSearchParams(body).get("List-Unsubscribe") !== "One-Click") return plain(400, "Bad request");
  await unsubscribeContact(await getPrisma(), token);
  // The same answer whether the token was known or not.
  return plain(200, "Unsubscribed");
}

export async function GET(request: Request): Promise<Response> {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  // Relative: the server may not know the host it is reached by.
  return new Response(null, { status: 303, headers: { location: routes.unsubscribe("nl", token), "cache-control": "no-store" } });
}
