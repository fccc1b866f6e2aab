'use client';

import { Copy, TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import { toast } from 'sonner';
import { Button } from './button';

export interface SecretShownOnceProps {
  /** What the secret is, for the copy toast: "Admin key", "API key". */
  kind: string;
  /** The value's accessible name: "New admin key value". */
  valueLabel: string;
  /** Names the key above its value. */
  title: ReactNode;
  value: string;
  /** What to do if the value is lost. */
  ifLost: ReactNode;
  onDone: () => void;
}

/** A secret the API returns only once (a new key): its value, a copy button, and the warning. */
export function SecretShownOnce({ kind, valueLabel, title, value, ifLost, onDone }: SecretShownOnceProps) {
  const copy = () =>
    navigator.clipboard.writeText(value).then(
      () => toast.success(`${kind} copied to the clipboard.`),
      () => toast.error('Copying was blocked by the browser; select the key and copy it instead.'),
    );
  return (
    <div className="space-y-4">
      <div role="note" className="flex gap-2.5 rounded-md bg-warning-bg px-3 py-2.5 text-sm text-warning-fg">
        <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
        <p>
          <strong>This is the only time the key is shown.</strong> Copy it now and store it in a secret manager. Neither this
          console nor OpenAI can show it again; {ifLost}
        </p>
      </div>
      <div className="space-y-1.5">
        <p className="text-sm font-medium">{title}</p>
        <div className="flex items-start gap-2">
          <code aria-label={valueLabel} className="min-w-0 flex-1 rounded-md bg-muted px-3 py-2 font-mono text-xs break-all select-all">
            {value}
          </code>
          <Button variant="secondary" size="sm" onClick={() => void copy()}>
            <Copy className="size-4" aria-hidden />
            Copy
          </Button>
        </div>
      </div>
      <div className="flex justify-end">
        <Button onClick={onDone}>Done</Button>
      </div>
    </div>
  );
}
