import { formatShare } from '@/components/charts/format';
import { cn } from '@/components/ui/cn';

export interface SpendListItem {
  key: string;
  name: string;
  /** Small and muted under the name (an id, the line items summed). */
  detail?: string;
  amount: string;
  share: number;
  color: string;
  muted?: boolean;
}

/** Names with their amount and a bar for their share of the whole. */
export function SpendList({ label, items }: { label: string; items: SpendListItem[] }) {
  return (
    <ul aria-label={label} className="space-y-2.5">
      {items.map((item) => (
        <li key={item.key} className="space-y-1">
          <div className="flex items-baseline justify-between gap-3 text-sm">
            <span className={cn('min-w-0 truncate', item.muted && 'text-muted-foreground')} title={item.detail ? `${item.name} (${item.detail})` : item.name}>
              {item.name}
            </span>
            <span className="shrink-0 tabular-nums">
              {item.amount} <span className="text-muted-foreground text-xs">{formatShare(item.share)}</span>
            </span>
          </div>
          <div className="bg-muted h-1.5 overflow-hidden rounded-full" aria-hidden>
            <div className="h-full rounded-full" style={{ width: `${Math.max(1, item.share * 100)}%`, background: item.color }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
