import { getTranslations } from "next-intl/server";
import { getPrisma } from "@/lib/db/get-prisma.ts";
import { exportSubmitterData } from "@/lib/privacy/export-submitter-data.ts";
import { LookupSubmitterForm } from "@/lib/staff/forms/submitter-forms.ts";
import { checkStaff } from "@/lib/staff/require-staff.ts";
import { isSameOriginRequest } from "@/lib/staff/same-origin.ts";

// A submitter's data as a JSON file (an access request). POST only: the address travels in
// the body, never in a URL that ends up in access logs or the browser's history.

function text(status: number, body: string): Response {
  return new Response(`${body}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale: asked } = await params;
  const locale = asked === "en" ? "en" : "nl";
  const t = await getTranslations({ locale, namespace: "staff" });
  if (!isSameOriginRequest(request.headers)) return text(403, t("guard.crossSite"));
  const access = await checkStaff("ADMIN");
  if (!access.ok) return text(access.refusal === "signedOut" ? 401 : 403, t(`guard.${access.refusal}`));

  const form = await request.formData().catch(() => null);
  const parsed = LookupSubmitterForm.safeParse({ email: form?.get("email") ?? undefined });
  if (!parsed.success) return text(400, t("fieldErrors.invalidEmail"));

  const data = await exportSubmitterData(await getPrisma(), { email: parsed.data.email, actor: { id: access.staff.id, name: access.staff.name } });
  const day = data.exportedAt.slice(0, 10);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="buurtbeeld-gegevens-${day}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
