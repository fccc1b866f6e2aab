import 'server-only';
import { csvFileName, toCsv, type CsvColumn } from '@/lib/format/csv';

/**
 * A CSV download built on the server: the file (`<name>-YYYY-MM-DD.csv`), never cached, saying how
 * many rows it holds (`x-export-rows`) and, when it stopped at its cap, that cap (`x-export-truncated`),
 * which the export button tells the person.
 */
export function csvResponse<Row>(name: string, columns: readonly CsvColumn<Row>[], rows: readonly Row[], truncatedAt: number | null): Response {
  const headers: Record<string, string> = {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${csvFileName(name)}"`,
    'cache-control': 'no-store',
    'x-export-rows': String(rows.length),
  };
  if (truncatedAt !== null) headers['x-export-truncated'] = String(truncatedAt);
  return new Response(toCsv(columns, rows), { status: 200, headers });
}
