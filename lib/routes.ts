// The public URLs. Routes are part of the contract with residents and partners (links
// in reports, QR codes on posters), so they are named once, here.
export const routes = {
  home: (locale: string) => `/${locale}`,
  buurt: (locale: string, code: string) => `/${locale}/buurten/${code}`,
  accessibility: (locale: string) => `/${locale}/toegankelijkheid`,
  privacy: (locale: string) => `/${locale}/privacy`,
  explanation: (locale: string) => `/${locale}/over-de-cijfers`,
};

/** The same page in another language: swap the locale segment, keep the rest. */
export function switchLocale(pathname: string, locale: string): string {
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, "");
  return `/${locale}${rest}`;
}
