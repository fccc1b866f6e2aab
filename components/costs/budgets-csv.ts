import type { CsvColumn } from '@/lib/format/csv';
import type { SpendAlert } from '@/lib/budgets/types';

/** The spend alerts table as CSV; amounts in the currency's units (the API's cents / 100). */
export const SPEND_ALERT_CSV_COLUMNS: readonly CsvColumn<SpendAlert>[] = [
  { header: 'ID', value: (a) => a.id },
  { header: 'Threshold', value: (a) => (a.threshold_amount / 100).toFixed(2) },
  { header: 'Currency', value: (a) => a.currency },
  { header: 'Interval', value: (a) => a.interval },
  { header: 'Recipients', value: (a) => a.notification_channel.recipients.join('; ') },
  { header: 'Subject prefix', value: (a) => a.notification_channel.subject_prefix },
];
