import type { ReactNode } from "react";

// The <html> element lives in the locale's route groups (app/[locale]/(site), (embed)), where the language is known.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
