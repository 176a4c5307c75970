interface EmbedSnippetProps {
  label: string;
  snippet: string;
  /** Which sites may show it: said beside the code, so nobody pastes it where it stays empty. */
  note: string;
}

/** The <iframe> code, read-only, to select and copy (no script needed to copy it). */
export function EmbedSnippet({ label, snippet, note }: EmbedSnippetProps) {
  return (
    <div className="buurtbeeld-embed-builder__snippet">
      <label className="utrecht-form-label" htmlFor="insluiten-code">
        {label}
      </label>
      <textarea
        id="insluiten-code"
        readOnly
        rows={4}
        value={snippet}
        spellCheck={false}
        aria-describedby="insluiten-code-uitleg"
        className="utrecht-textarea utrecht-textarea--html-textarea utrecht-textarea--read-only"
      />
      <p className="utrecht-paragraph" id="insluiten-code-uitleg">
        {note}
      </p>
    </div>
  );
}
