'use client';

import { useState } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';

/** The sandbox's admin key, for scripts and the SDK against /sandbox/v1. Hidden until asked for. */
export function SandboxKeyCard({ sandboxKey, baseUrl }: { sandboxKey: string; baseUrl: string }) {
  const [shown, setShown] = useState(false);
  return (
    <Card
      title="Sandbox admin key"
      description={
        <>
          Use it with the official SDK, a script or curl against <code className="font-mono text-xs">{baseUrl}</code>.
        </>
      }
    >
      <div className="flex flex-wrap items-center gap-2">
        <code aria-label="Sandbox admin key" className="min-w-0 flex-1 truncate rounded-md bg-muted px-3 py-2 font-mono text-xs">
          {shown ? sandboxKey : `${sandboxKey.slice(0, 9)}${'•'.repeat(24)}`}
        </code>
        <Button variant="secondary" size="sm" onClick={() => setShown((s) => !s)}>
          {shown ? 'Hide' : 'Show'}
        </Button>
        <Button
          variant="secondary"
          size="sm"
          onClick={() =>
            navigator.clipboard.writeText(sandboxKey).then(
              () => toast.success('Sandbox key copied.'),
              () => toast.error('Copying was blocked by the browser; select the key and copy it instead.'),
            )
          }
        >
          Copy
        </Button>
      </div>
    </Card>
  );
}
