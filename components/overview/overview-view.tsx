'use client';

import { useState } from 'react';
import { PageHeader } from '@/components/ui/page-header';
import { NeedsAttentionCard } from './needs-attention-card';
import { DailyCostCard, MonthSpendCard } from './spend-cards';
import { TokenTrendCard } from './token-trend-card';
import { TopModelsCard, TopProjectsCard } from './top-spend-cards';

/** The organization at a glance: spend and usage figures (each card loads on its own), then what needs attention. */
export function OverviewView() {
  // One moment for every figure, to the minute, so the cards agree on "this month" and "last 30 days".
  const [now] = useState(() => Math.floor(Date.now() / 60_000) * 60);
  return (
    <>
      <PageHeader title="Overview" description="Spend and usage at a glance, and what in the organization needs someone’s attention." />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2 xl:grid-cols-3">
        <MonthSpendCard now={now} />
        <div className="xl:col-span-2">
          <DailyCostCard now={now} />
        </div>
        <TopProjectsCard now={now} />
        <TopModelsCard now={now} />
        <div className="lg:col-span-2 xl:col-span-1">
          <TokenTrendCard now={now} />
        </div>
        <div className="lg:col-span-2 xl:col-span-3">
          <NeedsAttentionCard />
        </div>
      </div>
    </>
  );
}
