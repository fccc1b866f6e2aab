'use client';

import { Copy, TriangleAlert } from 'lucide-react';
import { toast } from 'sonner';
import type { NewSecret } from '@/lib/queries/project-keys';
import { Button } from '@/components/ui/button';

/** A service account's new API key, with copy and the warning that it is shown only this once. */
export function NewKeyValue({ secret, onDone }: { secret: NewSecret; onDone: () => void }) {
  const copy = () =>
    navigator.clipboard.writeText(secret.value).then(
      () => toast.success('API key copied to the clipboard.'),
      () => toast.error('Copying was blocked by the browser; select the key and copy it instead.'),
    );
  return (
    <div className="space-y-4">
      <div role="note" className="bg-warning-bg text-warning-fg flex gap-2.5 rounded-md px-3 py-2.5 text-sm">
        <TriangleAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
        <p>
          <strong>This is the only time the key is shown.</strong> Copy it now and store it in a secret manager. Neither this console nor OpenAI can show it
          again; if it is lost, create another key for {secret.ownerName}.
        </p>
      </div>
      <div className="space-y-1.5">
        <p className="text-sm font-medium">
          Key “{secret.keyName}” of {secret.ownerName}
        </p>
        <div className="flex items-start gap-2">
          <code aria-label="New API key value" className="bg-muted min-w-0 flex-1 rounded-md px-3 py-2 font-mono text-xs break-all select-all">
            {secret.value}
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
