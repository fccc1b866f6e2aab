import { Skeleton } from '@/components/ui/states';

export default function Loading() {
  return (
    <div role="status" aria-label="Loading settings" className="space-y-6">
      <Skeleton className="h-8 w-40" />
      <Skeleton className="h-56 w-full" />
      <Skeleton className="h-32 w-full" />
    </div>
  );
}
