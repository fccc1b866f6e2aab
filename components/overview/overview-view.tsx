import { PageHeader } from '@/components/ui/page-header';
import { NeedsAttentionCard } from './needs-attention-card';

/** The organization at a glance. Cards sit in a two-column grid; the attention card spans it. */
export function OverviewView() {
  return (
    <>
      <PageHeader title="Overview" description="What in the organization needs someone’s attention." />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <div className="lg:col-span-2">
          <NeedsAttentionCard />
        </div>
      </div>
    </>
  );
}
