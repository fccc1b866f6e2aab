import fs from 'node:fs';
import path from 'node:path';
import { MutationObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ConsoleApiError } from './admin-fetch';
import { makeQueryClient } from './query-client';

// The browser never sends a change twice by itself: a change whose answer was lost may have been
// applied (the server re-reads and says so), and a resend could apply it a second time.

const failure = (status: number, code: string) => new ConsoleApiError(status, { code, message: code });

describe('the browser query client', () => {
  it.each([
    ['the console unreachable', failure(0, 'network')],
    ['outcome unknown', failure(502, 'outcome_unknown')],
    ['rate limited', failure(429, 'rate_limited')],
  ])('sends a change once, also when it fails with %s', async (_label, error) => {
    const client = makeQueryClient();
    let calls = 0;
    const observer = new MutationObserver(client, {
      mutationFn: async () => {
        calls += 1;
        throw error;
      },
    });
    await expect(observer.mutate()).rejects.toBe(error);
    expect(calls).toBe(1);
  });

  it('leaves every mutation hook on that default: none sets its own retry', () => {
    const roots = ['lib/queries', 'components'];
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts')) {
          const text = fs.readFileSync(file, 'utf8');
          // Each useMutation({ … }) call, up to the next hook call or the end of the file.
          for (const match of text.matchAll(/useMutation\(\{([\s\S]*?)(?=use(?:Mutation|Query|InfiniteQuery|QueryClient)\(|$)/g))
            if (/\bretry\s*:/.test(match[1] ?? '')) offenders.push(file);
        }
      }
    };
    for (const root of roots) walk(path.resolve(import.meta.dirname, '../..', root));
    expect(offenders).toEqual([]);
  });
});
