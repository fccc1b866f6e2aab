'use client';

import { Download } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import { isConsoleErrorBody } from '@/lib/admin/errors';
import { csvFileName } from '@/lib/format/csv';
import { ConsoleApiError, describeError } from '@/lib/queries/admin-fetch';
import { Button } from './button';
import { saveFile } from './export-csv-button';

/**
 * Downloads a CSV the server builds (for exports larger than what the page holds). Says how many
 * rows came, and when the server stopped at its cap (`x-export-truncated`).
 */
export function ServerExportButton({ url, what, noun, disabled }: { url: string; what: string; noun: string; disabled?: boolean }) {
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    const id = toast.loading(`Preparing the ${what} CSV…`);
    try {
      const response = await fetch(url, { credentials: 'same-origin', redirect: 'error' });
      if (!response.ok) {
        const body: unknown = await response.json().catch(() => null);
        throw isConsoleErrorBody(body) ? new ConsoleApiError(response.status, body.error) : new Error(`The export failed (HTTP ${response.status}).`);
      }
      saveFile(await response.blob(), csvFileName(what.replaceAll(' ', '-')));
      const rows = Number(response.headers.get('x-export-rows') ?? 0);
      const cap = response.headers.get('x-export-truncated');
      if (cap) toast.warning(`Exported the first ${Number(cap).toLocaleString('en')} ${noun}s; narrow the filters for the rest.`, { id });
      else toast.success(`Exported ${rows.toLocaleString('en')} ${noun}${rows === 1 ? '' : 's'}.`, { id });
    } catch (error) {
      toast.error(`The export failed: ${describeError(error)}`, { id });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="secondary" size="sm" onClick={() => void download()} disabled={disabled || busy}>
      <Download className="size-4" aria-hidden />
      Export CSV
    </Button>
  );
}
