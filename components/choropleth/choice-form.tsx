export interface ChoiceOption {
  value: string;
  label: string;
}

export interface ChoiceField {
  id: string;
  /** The query parameter the choice lands in. */
  name: string;
  label: string;
  value: string;
  /** Options under headings (indicators by theme), or a flat list. */
  groups?: { label: string; options: ChoiceOption[] }[];
  options?: ChoiceOption[];
  narrow?: boolean;
}

interface ChoiceFormProps {
  action: string;
  heading: string;
  submit: string;
  fields: ChoiceField[];
}

/**
 * A plain GET form: the choice lands in the URL, so a link reproduces the view, and it
 * works before any script has loaded.
 */
export function ChoiceForm({ action, heading, submit, fields }: ChoiceFormProps) {
  return (
    <form method="get" action={action} className="buurtbeeld-indicator-picker" aria-label={heading}>
      {fields.map((field) => (
        <div key={field.id} className={`buurtbeeld-indicator-picker__field${field.narrow ? " buurtbeeld-indicator-picker__field--year" : ""}`}>
          <label className="utrecht-form-label" htmlFor={field.id}>
            {field.label}
          </label>
          <select id={field.id} name={field.name} defaultValue={field.value} className="utrecht-select utrecht-select--html-select">
            {field.options?.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
            {field.groups?.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" className="utrecht-button utrecht-button--primary-action">
        {submit}
      </button>
    </form>
  );
}
