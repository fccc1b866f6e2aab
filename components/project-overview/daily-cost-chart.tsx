'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatUsd } from './overview-logic';

const dayLabel = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const tick = (day: string) => dayLabel.format(new Date(`${day}T00:00:00Z`));

/** Daily cost bars for the last 30 days, from `data` (days as YYYY-MM-DD, UTC). Loaded lazily. */
export default function DailyCostChart({ data }: { data: { day: string; amount: number }[] }) {
  return (
    <ResponsiveContainer width="100%" height={180}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <XAxis dataKey="day" tickFormatter={tick} tickLine={false} axisLine={false} minTickGap={24} fontSize={12} stroke="var(--muted-foreground)" />
        <YAxis tickFormatter={(v: number) => `$${v.toLocaleString('en-US')}`} tickLine={false} axisLine={false} width={64} fontSize={12} stroke="var(--muted-foreground)" />
        <Tooltip
          cursor={{ fill: 'var(--muted)' }}
          contentStyle={{ background: 'var(--card)', border: '1px solid var(--border)', borderRadius: 6, fontSize: 12 }}
          labelFormatter={(day) => tick(String(day))}
          formatter={(value) => [formatUsd(Number(value)), 'Cost']}
        />
        <Bar dataKey="amount" fill="var(--primary)" radius={[3, 3, 0, 0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
