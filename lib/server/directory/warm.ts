import 'server-only';
import { getUpstreamClient } from '../openai';
import { memberRows } from './directory';

const ATTEMPTS = 5;
const PAUSE_MS = 2000;

/**
 * Reads the people directory once after start-up, in the background, so the first person to
 * open Members or a picker does not wait for every user and membership to be read (seconds for a
 * 10,000-user organization). With the sandbox the upstream is this very server, which may not be
 * listening yet: a failed attempt waits and tries again, a few times, then gives up quietly (the
 * first page view reads it then, and says why if it cannot).
 */
export function warmDirectoryInBackground(): void {
  const attempt = async (left: number): Promise<void> => {
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS).unref());
    try {
      await memberRows(await getUpstreamClient(), true);
    } catch {
      if (left > 1) return attempt(left - 1);
    }
  };
  void attempt(ATTEMPTS);
}
