'use client';

import { Download } from 'lucide-react';
import { useState } from 'react';
import { toast } from 'sonner';
import { isConsoleErrorBody } from '@/lib/admin/errors';
import { csvFileName } from '@/lib/format/csv';
import { ConsoleApiError, describeError } from '@/lib/queries/admin-fetch';
import { Button } from './button';
import { saveFile } from './export-csv-button';

async function fetchExport(url: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', redirect: 'error' });
  } catch {
    throw new ConsoleApiError(0, { code: 'network', message: 'The console server cannot be reached. Check your connection and that the console is running.' });
  }
  if (response.ok) return response;
  const body: unknown = await response.json().catch(() => null);
  throw new ConsoleApiError(response.status, isConsoleErrorBody(body) ? body.error : { code: 'unexpected', message: `The console answered ${response.status} without an explanation. Try again.` });
}

/**
 * Downloads a CSV the server builds (exports larger than what the page holds). Says how many rows
 * came (`x-export-rows`), and when the server stopped at its cap (`x-export-truncated`).
 */
export function ServerExportButton({ url, what, count, disabled }: { url: string; what: string; count: (n: number) => string; disabled?: boolean }) {
  const [pending, setPending] = useState(false);
  const download = async () => {
    setPending(true);
    const id = toast.loading(`Preparing the ${what} CSV…`);
    try {
      const response = await fetchExport(url);
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? csvFileName(what.replaceAll(' ', '-'));
      saveFile(await response.blob(), name);
      const cap = response.headers.get('x-export-truncated');
      if (cap) toast.warning(`Exported the newest ${count(Number(cap))}; narrow the filters for the rest.`, { id });
      else toast.success(`Exported ${count(Number(response.headers.get('x-export-rows') ?? 0))}.`, { id });
    } catch (error) {
      toast.error(`The export failed: ${describeError(error)}`, { id });
    } finally {
      setPending(false);
    }
  };
  return (
    <Button variant="secondary" size="sm" onClick={() => void download()} disabled={disabled} pending={pending}>
      {!pending && <Download className="size-4" aria-hidden />}
      Export CSV
    </Button>
  );
}
