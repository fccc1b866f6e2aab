'use client';

import { Download } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import { describeError } from '@/lib/queries/admin-fetch';
import { downloadJournalCsv } from '@/lib/queries/journal';
import type { JournalFilters } from '@/lib/journal/query';
import { Button } from '@/components/ui/button';

const entries = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'entry' : 'entries'}`;

/** Downloads every entry the filters select (not only the page shown), built on the server. */
export function JournalExportButton({ filters, disabled }: { filters: JournalFilters; disabled?: boolean }) {
  const [pending, setPending] = useState(false);
  const run = async () => {
    setPending(true);
    const id = toast.loading('Preparing the journal CSV…');
    try {
      const { rows, truncatedAt } = await downloadJournalCsv(filters);
      if (truncatedAt !== null) toast.warning(`Exported the newest ${entries(truncatedAt)}; narrow the dates for the rest.`, { id });
      else toast.success(`Exported ${entries(rows)}.`, { id });
    } catch (error) {
      toast.error(`The export failed: ${describeError(error)}`, { id });
    } finally {
      setPending(false);
    }
  };
  return (
    <Button variant="secondary" size="sm" onClick={() => void run()} disabled={disabled} pending={pending}>
      {!pending && <Download className="size-4" aria-hidden />}
      Export CSV
    </Button>
  );
}
