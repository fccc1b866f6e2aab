import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, injectFault, test, tickUrlCheckbox } from './fixtures';

// /usage only reads. It reads the seeded usage of the sandbox (90+ days, every type); the one
// injected fault aims at moderations usage, which no other spec reads.

const chart = (page: Page) => page.getByRole('region', { name: 'Usage chart' });
const totals = (page: Page) => page.getByRole('table', { name: 'Usage totals' });
const totalRow = (page: Page) => totals(page).locator('tfoot tr');
const bodyRows = (page: Page) => totals(page).locator('tbody tr');
const figure = (page: Page) => chart(page).getByRole('figure');
const numbers = async (row: Locator) => (await row.locator('td').allInnerTexts()).slice(1).map((text) => text.trim());

test('type, range, bucket width and group-by change the chart and totals, and the URL follows', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/usage');
  await expect(page.getByRole('heading', { name: 'Usage', level: 1 })).toBeVisible();
  await expect(chart(page).getByRole('heading', { name: 'Input tokens by project' })).toBeVisible();
  await expect(figure(page)).toHaveAttribute('data-buckets', '30');
  await expect(totals(page).getByRole('columnheader', { name: 'Cached input tokens' })).toBeVisible();
  const completions = await totalRow(page).innerText();

  await page.getByLabel('Usage type').selectOption({ label: 'Embeddings' });
  await expect(page).toHaveURL(/type=embeddings/);
  await expect(totals(page).getByRole('columnheader', { name: 'Cached input tokens' })).toHaveCount(0);
  await expect(totals(page).getByRole('columnheader', { name: 'Requests' })).toBeVisible();
  await expect(totalRow(page)).not.toHaveText(completions);
  const thirtyDays = await totalRow(page).innerText();

  await page.getByRole('radiogroup', { name: 'Range' }).getByRole('radio', { name: '7 days' }).click();
  await expect(page).toHaveURL(/range=7d/);
  await expect(figure(page)).toHaveAttribute('data-buckets', '7');
  await expect(totalRow(page)).not.toHaveText(thirtyDays);

  // Minutes would make 10,080 buckets for a week: refused, with the reason on hover.
  const widths = page.getByRole('radiogroup', { name: 'Bucket width' });
  await expect(widths.getByRole('radio', { name: 'Minute' })).toBeDisabled();
  await expect(widths.getByRole('radio', { name: 'Minute' })).toHaveAttribute('title', /Minute buckets are offered for ranges up to 2 days/);
  await widths.getByRole('radio', { name: 'Hour' }).click();
  await expect(page).toHaveURL(/width=1h/);
  await expect(figure(page)).toHaveAttribute('data-buckets', '168');

  const groups = page.getByRole('group', { name: 'Group by' });
  await groups.getByRole('button', { name: 'Model' }).click();
  await expect(groups.getByRole('button', { name: 'Model' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/group=project_id%2Cmodel|group=project_id,model/);
  await expect(chart(page).getByRole('heading', { name: 'Input tokens by project and model' })).toBeVisible();
  await expect(bodyRows(page).first()).toContainText(' · text-embedding-');

  await groups.getByRole('button', { name: 'Project' }).click();
  await expect(page).toHaveURL(/group=model(&|$)/);
  await expect(chart(page).getByRole('heading', { name: 'Input tokens by model' })).toBeVisible();
  await expect(bodyRows(page).first()).toContainText('text-embedding-');
  await expect(bodyRows(page).filter({ hasText: ' · ' })).toHaveCount(0);

  // The legend hides a series from the chart (the table keeps it), in the URL too.
  const legend = chart(page).getByRole('list', { name: 'Series' });
  const first = legend.getByRole('button').first();
  await first.click();
  await expect(first).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveURL(/hide=/);
  await expect(chart(page)).toContainText(/1 of \d+ series hidden from the chart/);

  // The view survives a reload from its URL.
  await page.reload();
  await expect(page.getByLabel('Usage type')).toHaveValue('embeddings');
  await expect(page.getByRole('radio', { name: '7 days' })).toHaveAttribute('aria-checked', 'true');
  await expect(chart(page).getByRole('heading', { name: 'Input tokens by model' })).toBeVisible();
});

test('a width that does not suit the range says why and offers one that does', async ({ page }) => {
  await page.goto('/usage?type=images&range=90d&width=1m');
  await expect(page.getByText('Minute buckets do not suit this range')).toBeVisible();
  await expect(page.getByText(/Minute buckets are offered for ranges up to 2 days \(this range would make [\d,]+ of them\)/)).toBeVisible();
  await page.getByRole('button', { name: 'Use day buckets' }).click();
  await expect(page).toHaveURL(/width=1d/);
  await expect(chart(page).getByRole('heading', { name: 'Images by project' })).toBeVisible();
  await expect(figure(page)).toHaveAttribute('data-buckets', '90');
});

test('filtered to one project, the CSV export holds exactly the rows of the totals table', async ({ page }) => {
  test.setTimeout(60_000);
  // Last month: closed days, so nothing changes between the table and the file.
  await page.goto('/usage?type=completions&range=last-month&width=1d&group=project_id,model');
  await expect(bodyRows(page).first()).toBeVisible();
  const unfiltered = await totalRow(page).innerText();

  await page.locator('summary').filter({ hasText: 'Projects' }).click();
  await tickUrlCheckbox(page.getByRole('group', { name: 'Projects' }).getByRole('checkbox', { name: /^Developer Copilot/ }));
  await expect(page).toHaveURL(/project=proj_/);
  await expect(totalRow(page)).not.toHaveText(unfiltered);
  await expect(bodyRows(page).filter({ hasNotText: 'Developer Copilot · ' })).toHaveCount(0);
  await expect(bodyRows(page).first()).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^usage-completions-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync(await file.path(), 'utf8').trimEnd().split('\r\n');
  const header = lines[0]?.split(',') ?? [];
  expect(header.slice(0, 4)).toEqual(['Series', 'Project id', 'Model', 'Share of input tokens']);

  const rows = [...(await bodyRows(page).all()), totalRow(page)];
  expect(lines).toHaveLength(rows.length + 1);
  const sums = new Array<number>(header.length).fill(0);
  for (const [i, row] of rows.entries()) {
    const cells = (lines[i + 1] ?? '').split(',');
    const shown = await numbers(row);
    // Series name, then share and measures as the table shows them (the CSV without separators).
    await expect(row.locator('td').first()).toContainText(cells[0] ?? '-');
    // A share under 0.1% reads "< 0.1%" on screen and 0.0% in the file.
    expect(cells.slice(3)).toEqual(shown.map((text) => (text === '< 0.1%' ? '0.0%' : text.endsWith('%') ? text : text.replace(/,/g, ''))));
    if (i < rows.length - 1) cells.slice(4).forEach((cell, c) => (sums[c] = (sums[c] ?? 0) + Number(cell)));
  }
  // The total row is the sum of the series rows.
  expect((lines.at(-1) ?? '').split(',').slice(4).map(Number)).toEqual(sums.slice(0, header.length - 4));
});

test('an upstream rate limit shows its message with the wait, then recovers by itself', async ({ page }) => {
  test.setTimeout(60_000);
  // Three hits: the first try and the SDK's two retries all meet the 429.
  await injectFault(page, 'rate-limit;retry-after=1;path=/organization/usage/moderations;times=3:1');
  await page.goto('/usage?type=moderations&range=24h&width=1h&group=api_key_id');
  // One look at the whole message: the alert lives only until the query's own retry after the
  // wait succeeds, so separate looks could miss it on a busy machine.
  const alert = page.getByRole('alert').filter({ hasText: 'Moderations usage could not be loaded: rate limited' });
  await expect(alert.filter({ hasText: 'Try again in 1 s' }).filter({ hasText: /Request id: req_/ })).toBeVisible({ timeout: 20_000 });
  await expect(chart(page).getByRole('heading', { name: 'Input tokens by API key' })).toBeVisible({ timeout: 20_000 });
  await expect(figure(page)).toHaveAttribute('data-buckets', '24');
  await expect(alert).toHaveCount(0);
});

test('a filter menu that lists only the most used says so, and takes an id typed in', async ({ page }) => {
  // The seed has fewer than 50 users with usage: the engine's answer for the Users menu gets an
  // "other" series added here, as it would hold in a larger organization.
  await page.route(/\/api\/insights\/usage\?.*group_by=user_id/, async (route) => {
    const response = await route.fetch();
    const answer = (await response.json()) as { series: { key: string; label: string; group: Record<string, string | null>; totals: Record<string, number> }[] };
    answer.series.push({ key: 'other', label: 'Other', group: {}, totals: { input_tokens: 1 } });
    await route.fulfill({ response, json: answer });
  });
  await page.goto('/usage?type=completions&range=30d');
  await expect(chart(page).getByRole('heading', { name: 'Input tokens by project' })).toBeVisible();

  await page.locator('summary').filter({ hasText: 'Users' }).click();
  const menu = page.getByRole('group', { name: 'Users' });
  await expect(menu.getByRole('checkbox').first()).toBeVisible();
  await expect(menu.getByRole('note')).toHaveText('Only the 50 with the most use in this range are listed; narrow the range or type an id.');

  await menu.getByRole('textbox', { name: 'Find in the users list' }).fill('user-not-listed-here');
  await expect(menu.getByText('No match.')).toBeVisible();
  await menu.getByRole('button', { name: /Filter by\s*user-not-listed-here/ }).click();
  await expect(page).toHaveURL(/user=user-not-listed-here/);
  await expect(menu.getByRole('checkbox', { name: 'user-not-listed-here' })).toBeChecked();
});
