'use client';

import { useEffect, useState } from 'react';

/** The value as it was `delayMs` after it last changed: a search asks once typing pauses, not per key. */
export function useDebouncedValue<T>(value: T, delayMs = 250): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
