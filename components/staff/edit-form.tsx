import type { GuardedAction } from "@/lib/staff/staff-action.ts";
import { ActionForm } from "./action-form.tsx";
import { SelectField, TextArea, TextField } from "./form-fields.tsx";

interface EditFormProps {
  initiative: { id: number; title: string; description: string; category: string; version: number };
  categories: { value: string; label: string }[];
  action: GuardedAction;
  texts: { heading: string; intro: string; submit: string; title: string; description: string; category: string; errorHeading: string };
}

/** Typo fixes; the version it was shown with travels along, so a concurrent change is not overwritten. */
export function EditForm({ initiative, categories, action, texts }: EditFormProps) {
  return (
    <ActionForm id="bewerken" action={action} label={texts.heading} submitLabel={texts.submit} submitKind="secondary" errorHeading={texts.errorHeading} hidden={{ initiativeId: initiative.id, version: initiative.version }}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      <TextField name="title" label={texts.title} defaultValue={initiative.title} required maxLength={120} />
      <TextArea name="description" label={texts.description} defaultValue={initiative.description} required maxLength={4000} rows={8} />
      <SelectField name="category" label={texts.category} defaultValue={initiative.category} options={categories} required />
    </ActionForm>
  );
}
