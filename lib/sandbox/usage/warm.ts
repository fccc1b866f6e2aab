import 'server-only';
import type { Db } from '@/lib/server/db';
import { costsPage } from './costs';
import { usagePage } from './usage-page';

/**
 * Gets the usage engine ready before the first request, for server start-up (after seeding):
 * builds the series catalogue, computes the last 180 days of every series (what costs and usage
 * views ask for most) and runs the finer widths a few times so their code is compiled.
 * Answers nothing, changes nothing; about a second on the default seed.
 */
export async function warmUsageEngine(db: Db, now = Math.floor(Date.now() / 1000)): Promise<void> {
  const day = Math.floor(now / 86_400) * 86_400;
  await costsPage(db, { start_time: day - 179 * 86_400, limit: 180, group_by: ['line_item'] }, now);
  for (let round = 0; round < 3; round++) {
    await usagePage(db, 'completions', { start_time: day - 30 * 86_400, limit: 31, group_by: ['project_id', 'model'] }, now);
    await usagePage(db, 'completions', { start_time: day - 6 * 86_400, bucket_width: '1h', limit: 168 }, now);
    // The last 24 hours by minute: a past day's minutes and today's, cut at now.
    await usagePage(db, 'completions', { start_time: now - 86_400, bucket_width: '1m', limit: 1440 }, now);
    await usagePage(db, 'vector_stores', { start_time: day - 6 * 86_400, bucket_width: '1h', limit: 168 }, now);
  }
}
