import type { ReactNode } from "react";

/** A message at the top of a staff page: what just happened, or why you were sent here. */
export function Notice({ kind, children }: { kind: "ok" | "info" | "warning"; children: ReactNode }) {
  return (
    <div className={`utrecht-alert utrecht-alert--${kind}`} role={kind === "ok" ? "status" : "alert"}>
      <p className="utrecht-paragraph">{children}</p>
    </div>
  );
}
