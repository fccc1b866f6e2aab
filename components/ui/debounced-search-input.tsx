'use client';

import { Search } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { cn } from './cn';
import { Input } from './input';

export interface DebouncedSearchInputProps {
  /** The search as the URL holds it. */
  value: string;
  /** Called with the trimmed text a moment after typing stops. */
  onChange: (value: string) => void;
  /** The input's accessible name ("Search members"). */
  label: string;
  placeholder?: string;
  /** The wrapper's width class ("w-72"). */
  className?: string;
  delayMs?: number;
}

/** A search box that writes to the URL a moment after typing stops (not a request per key). */
export function DebouncedSearchInput({ value, onChange, label, placeholder, className, delayMs = 250 }: DebouncedSearchInputProps) {
  const [text, setText] = useState(value);
  // The URL changed from elsewhere (back button, a shared link, "Clear filters"): show what it says.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setText(value);
  }
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  // The debounced write uses the newest onChange, which knows the URL's other changes since typing.
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });

  return (
    <div className={cn('relative', className)}>
      <Search className="text-muted-foreground pointer-events-none absolute top-2.5 left-3 size-4" aria-hidden />
      <Input
        type="search"
        aria-label={label}
        placeholder={placeholder}
        className="pl-9"
        value={text}
        onChange={(e) => {
          const next = e.target.value;
          setText(next);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => {
            setSeen(next.trim());
            latest.current(next.trim());
          }, delayMs);
        }}
      />
    </div>
  );
}
