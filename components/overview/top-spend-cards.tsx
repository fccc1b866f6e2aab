'use client';

import { useQuery } from '@tanstack/react-query';
import { costsOptions } from '@/lib/queries/insights';
import { formatMoney } from '@/components/charts/format';
import { seriesStyle } from '@/components/charts/palette';
import { FigureCard } from './figure-card';
import { last30Days, modelsBySpend } from './spend-figures';
import { SpendList } from './spend-list';

const SHOWN = 5;

/** The five projects that cost most over the last 30 days, and the rest together. */
export function TopProjectsCard({ now }: { now: number }) {
  const query = useQuery(costsOptions({ ...last30Days(now), groupBy: 'project_id', top: SHOWN }));
  return (
    <FigureCard title="Top projects by spend" description="Last 30 days, Costs API." link={{ href: '/costs?group=project_id', label: 'All projects' }} query={query} skeleton="list">
      {(answer) => {
        const total = answer.totals.amount ?? 0;
        return answer.series.length === 0 || total === 0 ? (
          <p className="text-muted-foreground text-sm">No spend in the last 30 days.</p>
        ) : (
          <SpendList
            label="Top projects by spend"
            items={answer.series.map((s, i) => ({
              key: s.key,
              name: s.key === 'other' ? s.label.replace(/^Other/, 'Other projects') : s.label,
              detail: s.group.project_id ?? undefined,
              amount: formatMoney(s.totals.amount ?? 0, answer.currency),
              share: total > 0 ? (s.totals.amount ?? 0) / total : 0,
              color: seriesStyle(s.key, i).color,
              muted: s.key === 'other',
            }))}
          />
        );
      }}
    </FigureCard>
  );
}

/** Models by spend: the Costs API's line items (up to 50) summed by the model each names. */
export function TopModelsCard({ now }: { now: number }) {
  const query = useQuery(costsOptions({ ...last30Days(now), groupBy: 'line_item', top: 50 }));
  return (
    <FigureCard
      title="Top models by spend"
      description="Last 30 days: billed line items summed by the model they name (“gpt-4o, input” → gpt-4o); tools by their own name."
      link={{ href: '/costs?group=line_item', label: 'Line items' }}
      query={query}
      skeleton="list"
    >
      {(answer) => {
        const models = modelsBySpend(answer);
        const top = models.filter((m) => !m.isOther).slice(0, SHOWN);
        const rest = models.filter((m) => !top.includes(m));
        const restAmount = rest.reduce((sum, m) => sum + m.amount, 0);
        const total = answer.totals.amount ?? 0;
        const items = top.map((m, i) => ({ key: m.model, name: m.model, detail: m.lineItems.join('; '), amount: formatMoney(m.amount, answer.currency), share: m.share, color: seriesStyle(m.model, i).color }));
        if (restAmount > 0)
          items.push({ key: 'rest', name: 'Everything else', detail: 'other models, and line items past the 50 largest', amount: formatMoney(restAmount, answer.currency), share: total > 0 ? restAmount / total : 0, color: 'var(--chart-other)' });
        return items.length === 0 ? <p className="text-muted-foreground text-sm">No spend in the last 30 days.</p> : <SpendList label="Top models by spend" items={items} />;
      }}
    </FigureCard>
  );
}
