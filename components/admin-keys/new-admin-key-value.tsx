'use client';

import { Copy, TriangleAlert } from 'lucide-react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';

/** The value of a key just created, with a copy button and the warning that it is shown once. */
export function NewAdminKeyValue({ name, value, onDone }: { name: string; value: string; onDone: () => void }) {
  const copy = () =>
    navigator.clipboard.writeText(value).then(
      () => toast.success('Admin key copied to the clipboard.'),
      () => toast.error('Copying was blocked by the browser; select the key and copy it instead.'),
    );
  return (
    <div className="space-y-4">
      <div role="note" className="bg-warning-bg text-warning-fg flex gap-2.5 rounded-md px-3 py-2.5 text-sm">
        <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
        <p>
          <strong>This is the only time the key is shown.</strong> Copy it now and store it in a secret manager. Neither this console nor OpenAI can show it
          again; if it is lost, delete the key and create a new one.
        </p>
      </div>
      <div className="space-y-1.5">
        <p className="text-sm font-medium">{name ? `Key “${name}”` : 'New key'}</p>
        <div className="flex items-start gap-2">
          <code aria-label="New admin key value" className="bg-muted min-w-0 flex-1 rounded-md px-3 py-2 font-mono text-xs break-all select-all">
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
