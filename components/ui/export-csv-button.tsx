'use client';

import { Download } from 'lucide-react';
import { csvFileName, toCsv, type CsvColumn } from '@/lib/format/csv';
import { Button } from './button';

export interface ExportCsvButtonProps<Row> {
  /** Names the file: `<what>-<day>.csv`. */
  what: string;
  columns: readonly CsvColumn<Row>[];
  /** Exactly the rows the view shows (or, for paged views, what its filters select). */
  rows: readonly Row[] | (() => Promise<readonly Row[]>);
  disabled?: boolean;
  /** The button's words when a view offers more than one export ("Export by bucket"). */
  label?: string;
}

/** Hands a file to the browser's downloads. */
export function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** Downloads rows as CSV, built in the browser from what the view holds. */
export function ExportCsvButton<Row>({ what, columns, rows, disabled, label = 'Export CSV' }: ExportCsvButtonProps<Row>) {
  const download = async () => {
    const data = typeof rows === 'function' ? await rows() : rows;
    saveFile(new Blob([toCsv(columns, data)], { type: 'text/csv;charset=utf-8' }), csvFileName(what));
  };
  return (
    <Button variant="secondary" size="sm" onClick={() => void download()} disabled={disabled}>
      <Download className="size-4" aria-hidden />
      {label}
    </Button>
  );
}
