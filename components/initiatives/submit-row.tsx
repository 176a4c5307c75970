/** The form's button and a polite "sending…" beside it while the action runs. */
export function SubmitRow({ label, pendingText, pending }: { label: string; pendingText: string; pending: boolean }) {
  return (
    <div className="buurtbeeld-initiative-form__submit">
      <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={pending || undefined}>
        {label}
      </button>
      <p className="utrecht-paragraph buurtbeeld-initiative-form__pending" aria-live="polite">
        {pending ? pendingText : ""}
      </p>
    </div>
  );
}
