import { DESCRIPTION_LENGTH, TITLE_LENGTH } from "@/lib/initiatives/submission-fields.ts";
import { describedBy, FormField } from "./form-field.tsx";

type TextField = "title" | "description" | "category";

export interface InitiativeTextTexts {
  title: { label: string; description: string };
  description: { label: string; description: string };
  category: { label: string; choose: string };
}

interface InitiativeTextFieldsProps {
  values: Record<TextField, string>;
  errors: Partial<Record<TextField, string>>;
  texts: InitiativeTextTexts;
  categories: { value: string; label: string }[];
}

/** Title, description and category: the same controls on the submission form and on the submitter's answer to a request for change. */
export function InitiativeTextFields({ values, errors, texts, categories }: InitiativeTextFieldsProps) {
  const invalid = (field: TextField) => (errors[field] ? true : undefined);
  return (
    <>
      <FormField id="title" label={texts.title.label} description={texts.title.description} error={errors.title}>
        <input
          id="title"
          name="title"
          type="text"
          defaultValue={values.title}
          maxLength={TITLE_LENGTH.max}
          required
          autoComplete="off"
          aria-invalid={invalid("title")}
          aria-describedby={describedBy("title", { description: texts.title.description, error: errors.title })}
          className={`utrecht-textbox utrecht-textbox--html-input${errors.title ? " utrecht-textbox--invalid" : ""}`}
        />
      </FormField>

      <FormField id="description" label={texts.description.label} description={texts.description.description} error={errors.description}>
        <textarea
          id="description"
          name="description"
          defaultValue={values.description}
          maxLength={DESCRIPTION_LENGTH.max}
          rows={8}
          required
          aria-invalid={invalid("description")}
          aria-describedby={describedBy("description", { description: texts.description.description, error: errors.description })}
          className={`utrecht-textarea utrecht-textarea--html-textarea${errors.description ? " utrecht-textarea--invalid" : ""}`}
        />
      </FormField>

      <FormField id="category" label={texts.category.label} error={errors.category}>
        <select
          id="category"
          name="category"
          defaultValue={values.category}
          required
          aria-invalid={invalid("category")}
          aria-describedby={describedBy("category", { error: errors.category })}
          className={`utrecht-select utrecht-select--html-select${errors.category ? " utrecht-select--invalid" : ""}`}
        >
          <option value="">{texts.category.choose}</option>
          {categories.map((category) => (
            <option key={category.value} value={category.value}>
              {category.label}
            </option>
          ))}
        </select>
      </FormField>
    </>
  );
}
