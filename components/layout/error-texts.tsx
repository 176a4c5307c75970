"use client";

import { createContext, type ReactNode, useContext } from "react";

// The error page is the only page drawn in the browser. It gets its three sentences from
// the server through plain React context, so no translation library is sent to every
// visitor (next-intl's client runtime cost ~15 kB gzip on every page).

export interface ErrorTexts {
  heading: string;
  body: string;
  retry: string;
}

const ErrorTextsContext = createContext<ErrorTexts>({ heading: "", body: "", retry: "" });

export function ErrorTextsProvider({ texts, children }: { texts: ErrorTexts; children: ReactNode }) {
  return <ErrorTextsContext.Provider value={texts}>{children}</ErrorTextsContext.Provider>;
}

export function useErrorTexts(): ErrorTexts {
  return useContext(ErrorTextsContext);
}
