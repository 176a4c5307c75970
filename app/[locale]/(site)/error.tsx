"use client";

import { useErrorTexts } from "@/components/layout/error-texts.tsx";

// Shown when rendering fails unexpectedly; it says so plainly and offers to try again.
export default function LocaleError({ reset }: { error: Error; reset: () => void }) {
  const t = useErrorTexts();
  return (
    <>
      <h1 className="utrecht-heading-1">{t.heading}</h1>
      <p className="utrecht-paragraph">{t.body}</p>
      <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={reset}>
        {t.retry}
      </button>
    </>
  );
}
