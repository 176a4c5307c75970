/** What is wrong with the form, each with a link to its field: said above the form, as NL Design System asks. */
export function EmbedProblems({ heading, problems }: { heading: string; problems: { href: string; text: string }[] }) {
  return (
    <div className="utrecht-alert utrecht-alert--error buurtbeeld-embed-builder__problems" role="group" aria-labelledby="insluiten-problemen">
      <p className="utrecht-paragraph" id="insluiten-problemen">
        <strong>{heading}</strong>
      </p>
      <ul className="utrecht-unordered-list">
        {problems.map((problem) => (
          <li key={problem.href} className="utrecht-unordered-list__item">
            <a className="utrecht-link utrecht-link--html-a" href={problem.href}>
              {problem.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
