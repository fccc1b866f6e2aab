/*
 * The one way the browser answers `reauth_required` (a destructive change asked with a sign-in
 * older than FRESH_SIGN_IN_MINUTES): consoleFetch waits here while the password dialog (mounted
 * once in the console shell) asks, then repeats the change once. Changes refused at the same time
 * (a bulk deletion) share one dialog.
 */

/** Shows the dialog with the server's message; resolves true once the password was confirmed. */
export type ReauthAsker = (message: string) => Promise<boolean>;

let asker: ReauthAsker | null = null;
let asking: Promise<boolean> | null = null;
let declinedAt = -Infinity;

/** A cancelled dialog also answers the changes refused right after it (the rest of a bulk run). */
const DECLINE_COVERS_MS = 2_000;

/** The dialog registers itself while mounted; returns the unregister. */
export function setReauthAsker(next: ReauthAsker): () => void {
  asker = next;
  return () => {
    if (asker === next) asker = null;
  };
}

/** Whether the person confirmed their password, so the refused change may be sent again. */
export function askToReauthenticate(message: string): Promise<boolean> {
  const ask = asker;
  if (!ask || performance.now() - declinedAt < DECLINE_COVERS_MS) return Promise.resolve(false);
  asking ??= ask(message)
    .then((confirmed) => {
      if (!confirmed) declinedAt = performance.now();
      return confirmed;
    })
    .finally(() => {
      asking = null;
    });
  return asking;
}
