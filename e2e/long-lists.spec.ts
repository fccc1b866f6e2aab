import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, unique } from './fixtures';

const COUNT = 51;

/** The `pager-<tag>-NN` names in the table's rows, in order. */
async function namesShown(page: Page, table: string, tag: string): Promise<string[]> {
  const text = await page.getByRole('table', { name: table }).locator('tbody').innerText();
  return text.match(new RegExp(`pager-${tag}-\\d\\d`, 'g')) ?? [];
}

// A project of its own (no other spec reads it), given 51 service accounts through the API: each
// comes with an API key, so both of its tabs hold one row more than a page.
test('a long list shows 50 rows a page, the page in the URL; search, counts and the export cover the whole list', async ({ page, baseURL }) => {
  const headers = { origin: baseURL ?? '' };
  const tag = unique();
  const created = await page.request.post('/api/admin/organization/projects', { data: { name: `Paging ${tag}` }, headers });
  expect(created.ok(), await created.text()).toBe(true);
  const { id } = (await created.json()) as { id: string };
  const names = Array.from({ length: COUNT }, (_, i) => `pager-${tag}-${String(i + 1).padStart(2, '0')}`);
  for (let i = 0; i < names.length; i += 6)
    await Promise.all(
      names.slice(i, i + 6).map(async (name) => {
        const response = await page.request.post(`/api/admin/organization/projects/${id}/service_accounts`, { data: { name }, headers });
        expect(response.ok(), await response.text()).toBe(true);
      }),
    );

  await page.goto(`/projects/${id}/service-accounts`);
  await expect(page.getByText(`${COUNT} service accounts`, { exact: true })).toBeVisible();
  const pager = page.getByRole('navigation', { name: 'Service accounts pages' });
  await expect(pager).toContainText('Page 1 of 2');
  const first = await namesShown(page, 'Service accounts', tag);
  expect(first).toHaveLength(50);
  await pager.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(pager).toContainText('Page 2 of 2');
  const second = await namesShown(page, 'Service accounts', tag);
  expect(second).toHaveLength(1);
  expect(new Set([...first, ...second])).toEqual(new Set(names));
  await page.reload();
  await expect(pager).toContainText('Page 2 of 2');

  // The export holds every account the search selects, not the page shown.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const lines = readFileSync(await (await download).path(), 'utf8').trimEnd().split('\r\n');
  expect(lines).toHaveLength(1 + COUNT);

  // A new search starts again on page 1: "-0" matches the first nine names.
  await page.getByRole('searchbox', { name: 'Search service accounts' }).fill(`pager-${tag}-0`);
  await expect(page).not.toHaveURL(/[?&]page=/);
  await expect(page.getByText(`9 of ${COUNT} service accounts`)).toBeVisible();
  expect(await namesShown(page, 'Service accounts', tag)).toHaveLength(9);
  await expect(pager).toHaveCount(0);

  // The API keys tab: 51 keys (a service account's are revoked with it: no selection boxes).
  await page.getByRole('link', { name: 'API keys' }).click();
  await expect(page.getByText(`${COUNT} keys`, { exact: true })).toBeVisible();
  const keysPager = page.getByRole('navigation', { name: 'API keys pages' });
  await expect(keysPager).toContainText('Page 1 of 2');
  await expect(page.getByRole('table', { name: 'API keys' }).locator('tbody tr')).toHaveCount(50);
  await keysPager.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('table', { name: 'API keys' }).locator('tbody tr')).toHaveCount(1);
  // A filter starts again on page 1 too.
  await page.getByLabel('Owner').selectOption('service_accounts');
  await expect(page).not.toHaveURL(/[?&]page=/);
  await expect(keysPager).toContainText('Page 1 of 2');
});
