'use client';

import { useActionState, useState, useTransition } from 'react';
import { toast } from 'sonner';
import { INITIAL_FORM_STATE, type FormAction } from '@/lib/admin/form-state';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/dialog';
import { Field, Input } from '@/components/ui/input';

export interface SandboxControlsCardProps {
  /** The faults for a share of requests now in effect (`rate-limit:0.1,500:0.05`), '' for none. */
  faults: string;
  /** Where they come from: set on this page, SANDBOX_FAULTS, or nowhere. */
  source: 'setting' | 'env' | 'none';
  saveFaults: FormAction;
  resetSandbox: () => Promise<{ error: string | null }>;
}

const SOURCE_TEXT: Record<SandboxControlsCardProps['source'], string> = {
  setting: 'set on this page',
  env: 'from SANDBOX_FAULTS',
  none: 'none',
};

/** Fault injection and reset for the built-in sandbox organization. Admins only. */
export function SandboxControlsCard({ faults, source, saveFaults, resetSandbox }: SandboxControlsCardProps) {
  const [confirming, setConfirming] = useState(false);
  const [resetError, setResetError] = useState<string | null>(null);
  const [resetting, startReset] = useTransition();
  const [state, action, saving] = useActionState(async (previous: typeof INITIAL_FORM_STATE, form: FormData) => {
    const next = await saveFaults(previous, form);
    if (!next.error && !next.fieldErrors) toast.success('Sandbox faults saved.');
    return next;
  }, INITIAL_FORM_STATE);
  const fieldError = state.fieldErrors?.faults;

  const confirmReset = () =>
    startReset(async () => {
      const { error } = await resetSandbox();
      setResetError(error);
      if (!error) {
        setConfirming(false);
        toast.success('The sandbox organization is back to its seed.');
      }
    });

  return (
    <Card title="Sandbox faults and reset" description="Make the sandbox misbehave on purpose to see how the console copes, or put it back to how it started.">
      <form action={action} noValidate aria-label="Sandbox faults" className="space-y-3">
        <Field
          id="sandbox-faults"
          label="Faults for a share of requests"
          error={fieldError ?? state.error}
          hint={
            <>
              Now: {faults ? <code className="font-mono">{faults}</code> : 'no faults'} ({SOURCE_TEXT[source]}). Write <code className="font-mono">fault:share</code> items,
              e.g. <code className="font-mono">rate-limit:0.1,500:0.05,latency=300:0.2</code>; faults are latency=ms, rate-limit, 500, 502, 503, 504, stall, stall-body,
              reset, reset-after-apply and truncated, each optionally with <code className="font-mono">;method=POST</code>,{' '}
              <code className="font-mono">;path=/organization/invites</code> and <code className="font-mono">;times=N</code> (e.g. <code className="font-mono">reset-after-apply;method=POST;times=1:1</code> hits the next change only). One
              request can ask for its own with the <code className="font-mono">x-sandbox-fault</code> header.
            </>
          }
        >
          <Input
            id="sandbox-faults"
            name="faults"
            key={faults}
            defaultValue={state.values?.faults ?? faults}
            placeholder="rate-limit:0.1,500:0.05"
            spellCheck={false}
            className="font-mono"
            aria-invalid={!!fieldError}
            aria-describedby={fieldError ? 'sandbox-faults-error' : undefined}
          />
        </Field>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" size="sm" name="intent" value="save" pending={saving}>
            Save faults
          </Button>
          <Button type="submit" size="sm" variant="secondary" name="intent" value="off" disabled={saving || !faults}>
            Turn faults off
          </Button>
          {source === 'setting' && (
            <Button type="submit" size="sm" variant="secondary" name="intent" value="default" disabled={saving}>
              Use SANDBOX_FAULTS
            </Button>
          )}
        </div>
      </form>

      <div className="mt-5 flex flex-wrap items-center justify-between gap-3 border-t border-border pt-4">
        <p className="text-sm text-muted-foreground">Reset puts the sandbox organization back to its seed data.</p>
        <Button variant="danger" size="sm" onClick={() => setConfirming(true)}>
          Reset sandbox…
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        onClose={() => {
          setConfirming(false);
          setResetError(null);
        }}
        title="Reset the sandbox organization?"
        consequence={
          <>
            Every change made in <strong>the sandbox organization</strong> is deleted: projects, members, keys, groups, roles, certificates and settings go back to the seed,
            and the audit log keeps only the seeded history. The sandbox admin key and the fault settings stay. This cannot be undone.
          </>
        }
        confirmLabel="Reset sandbox"
        pending={resetting}
        error={resetError}
        onConfirm={confirmReset}
      />
    </Card>
  );
}
