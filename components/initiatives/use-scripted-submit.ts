import { unstable_rethrow } from "next/navigation";
import { type FormEvent, useRef, useState, useTransition } from "react";

/**
 * A Server Action form that also works before (or without) script, called in place once
 * script runs: a double tap sends once, a redirect (success) is left to Next.js, and a
 * request that fails (the proxy's 429, a lost connection) becomes the state `failed` makes
 * of it, so nothing typed is lost. Each answer counts up `attempt`, for moving focus.
 */
export function useScriptedSubmit<S extends { attempt: number }>(
  action: (previous: null, formData: FormData) => Promise<S>,
  postedState: S,
  failed: (current: S, formData: FormData, error: unknown) => S,
) {
  const [scriptedState, setScriptedState] = useState<S | null>(null);
  const state = scriptedState ?? postedState;
  const [pending, startTransition] = useTransition();
  // Set at once on the first tap, before React re-renders.
  const sending = useRef(false);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending.current) return;
    sending.current = true;
    const formData = new FormData(event.currentTarget);
    const attempt = state.attempt + 1;
    startTransition(async () => {
      try {
        // No previous state: the server trusts none, and the body stays small.
        const next = await action(null, formData);
        sending.current = false;
        setScriptedState({ ...next, attempt });
      } catch (error) {
        // A redirect arrives as an error; Next.js takes it from here (and the form stays
        // locked until the page changes).
        unstable_rethrow(error);
        sending.current = false;
        setScriptedState({ ...failed(state, formData, error), attempt });
      }
    });
  }

  return { state, pending, submit };
}
