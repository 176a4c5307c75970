"use server";

import { deleteSubmitterData } from "../../privacy/delete-submitter-data.ts";
import { lookupSubmitter } from "../../privacy/lookup-submitter.ts";
import { succeed } from "../action-state.ts";
import { DeleteSubmitterForm, LookupSubmitterForm } from "../forms/submitter-forms.ts";
import { staffAction } from "../staff-action-server.ts";

/** What is stored under an address: the answer lists initiatives by number, title and status. */
export const lookup = staffAction({ role: "ADMIN", schema: LookupSubmitterForm }, async (input, { staff, prisma, t }) => {
  const found = await lookupSubmitter(prisma, { email: input.email, actor: { id: staff.id, name: staff.name } });
  if (found.initiatives.length === 0 && found.mails === 0) return succeed(t("data.nothingFound"));
  return succeed(
    t("data.found", { initiatives: found.initiatives.length, mails: found.mails }),
    found.initiatives.map((initiative) => t("data.foundItem", { id: initiative.id, title: initiative.title, status: t(`status.${initiative.status}`) })),
  );
});

/** Erases the address everywhere; unpublished initiatives too when the box is ticked. */
export const erase = staffAction({ role: "ADMIN", schema: DeleteSubmitterForm }, async (input, { staff, prisma, t }) => {
  const deleted = await deleteSubmitterData(prisma, { email: input.email, includeUnpublished: input.includeUnpublished, actor: { id: staff.id, name: staff.name } });
  return succeed(t("data.deleted", { contacts: deleted.contacts, mails: deleted.mails, initiatives: deleted.initiatives.length }));
});
