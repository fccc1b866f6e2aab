'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useCallback } from 'react';

/** Reads and writes view state (filters, tabs, search) in the URL so a view can be shared. */
export function useUrlState<K extends string>(keys: readonly K[]) {
  const params = useSearchParams();
  const pathname = usePathname();
  const values = Object.fromEntries(keys.map((key) => [key, params.get(key) ?? ''])) as Record<
    K,
    string
  >;
  const set = useCallback(
    (changes: Partial<Record<K, string>>) => {
      // From the address bar, not this render's copy: quick changes in a row (typing) must not
      // undo each other.
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(changes) as [K, string | undefined][]) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      const search = next.toString();
      // The History API, which Next's router follows (useSearchParams updates at once), rather
      // than router.replace: that waits for a server round trip, and a controlled input bound to
      // the URL would lose the keys typed meanwhile.
      window.history.replaceState(null, '', search ? `${pathname}?${search}` : pathname);
    },
    [pathname],
  );
  return [values, set] as const;
}
