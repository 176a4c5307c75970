/** The visitor's words for a wait (initiativeForm.overload.wait.*): seconds under two minutes, whole minutes beyond. */
export function waitMessage(t: (key: string, values: Record<string, number>) => string, seconds: number): string {
  return seconds < 120 ? t("wait.seconds", { seconds }) : t("wait.minutes", { minutes: Math.ceil(seconds / 60) });
}
