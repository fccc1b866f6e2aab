import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, signInAsNewConsoleUser, test } from './fixtures';

// /costs only reads here (the budgets section below it has its own spec, e2e/budgets.spec.ts).

const summary = (page: Page) => page.getByRole('region', { name: 'This month' });
const chart = (page: Page) => page.getByRole('region', { name: 'Costs chart' });
const money = (text: string) => text.replace(/[$,]/g, '').trim();
const DAYS_LAST_MONTH = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 0)).getUTCDate();
const month = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(new Date());

test('the month-end forecast is shown with its method on hover', async ({ page }) => {
  await page.goto('/costs');
  await expect(page.getByRole('heading', { name: 'Costs', level: 1 })).toBeVisible();
  await expect(summary(page)).toContainText(/Month to date \(1 \w{3} – \d+ \w{3}\)\$[\d,]+\.\d{2}/);
  await expect(summary(page)).toContainText(/Last month to the same day\$[\d,]+\.\d{2}/);
  await expect(summary(page)).toContainText(new RegExp(`Forecast for ${month}\\$[\\d,]+\\.\\d{2}`));
  await expect(summary(page)).toContainText(/against last month to the same day/);

  const how = summary(page).getByRole('button', { name: 'How the forecast is made' });
  const tooltip = page.getByRole('tooltip').filter({ hasText: 'Month-end forecast' });
  await expect(tooltip).toBeHidden();
  await how.hover();
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(/Month to date \$[\d,.]+ \(1 \w{3} – \d+ \w{3}, today so far\) \+ average daily spend of the last 7 complete days \([^)]+: \$[\d,.]+ a day\) × (\d+ days? left after today|no days left after today)/);
  await expect(how).toHaveAccessibleDescription(/average daily spend of the last 7 complete days/);
});

test('grouped by line item, the table and its CSV hold the same rows, by line item and by day', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/costs');
  await expect(chart(page).getByRole('heading', { name: 'Daily cost by project' })).toBeVisible();
  await page.getByRole('radiogroup', { name: 'Group by' }).getByRole('radio', { name: 'Line item' }).click();
  await expect(page).toHaveURL(/group=line_item/);
  await expect(chart(page).getByRole('heading', { name: 'Daily cost by line item' })).toBeVisible();
  await expect(chart(page).getByRole('figure')).toHaveAttribute('data-buckets', '30');
  // Last month: closed days, so nothing changes between the table and the file.
  await page.getByRole('radiogroup', { name: 'Range' }).getByRole('radio', { name: 'Last month' }).click();
  await expect(page).toHaveURL(/range=last-month/);
  await expect(chart(page).getByRole('figure')).toHaveAttribute('data-buckets', String(DAYS_LAST_MONTH));

  const table = page.getByRole('table', { name: 'Costs by line item' });
  const rows = table.locator('tbody tr');
  await expect(rows.first()).toContainText(/, (input|output|cached input)|tool calls|images/);
  const shown = [...(await rows.all()), table.locator('tfoot tr')];

  let download = page.waitForEvent('download');
  await page.getByRole('region', { name: 'Costs table' }).getByRole('button', { name: 'Export CSV' }).click();
  let lines = readFileSync(await (await download).path(), 'utf8').trimEnd().split('\r\n');
  expect(lines[0]).toBe('Line item,Line item (as billed),Cost (USD),Share,Average per day (USD)');
  expect(lines).toHaveLength(shown.length + 1);
  for (const [i, row] of shown.entries()) {
    const cells = await row.locator('td').allInnerTexts();
    const line = lines[i + 1] ?? '';
    // "gpt-4o, input" is quoted in the file: compare the amounts at the end of the line.
    const [cost, , perDay] = line.split(',').slice(-3);
    expect(money(cells[1] ?? '')).toBe(cost);
    expect(money(cells[3] ?? '')).toBe(perDay);
  }
  expect(lines.at(-1)).toMatch(/^Total,,/);

  await page.getByRole('radiogroup', { name: 'Table rows' }).getByRole('radio', { name: 'By day' }).click();
  await expect(page).toHaveURL(/table=day/);
  const byDay = page.getByRole('table', { name: 'Costs by day' });
  await expect(byDay.locator('tbody tr')).toHaveCount(DAYS_LAST_MONTH);
  download = page.waitForEvent('download');
  await page.getByRole('region', { name: 'Costs table' }).getByRole('button', { name: 'Export CSV' }).click();
  lines = readFileSync(await (await download).path(), 'utf8').trimEnd().split('\r\n');
  expect(lines).toHaveLength(1 + DAYS_LAST_MONTH + 1);
  expect(lines[0]).toMatch(/^Day \(UTC\),.*,Total \(USD\)$/);
  const lastDay = await byDay.locator('tbody tr').last().locator('td').allInnerTexts();
  expect(lines.at(-2)?.split(',').at(-1)).toBe(money(lastDay.at(-1) ?? ''));
  const total = await byDay.locator('tfoot tr td').last().innerText();
  expect(lines.at(-1)?.split(',').at(-1)).toBe(money(total));
});

test('a viewer reads costs and usage, with nothing to change on them', async ({ page, browser }) => {
  test.setTimeout(60_000);
  const viewer = await signInAsNewConsoleUser(page, browser, 'viewer');
  await viewer.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Costs' }).click();
  await expect(summary(viewer)).toContainText(`Forecast for ${month}`);
  await expect(chart(viewer).getByRole('heading', { name: 'Daily cost by project' })).toBeVisible();
  await expect(viewer.getByRole('button', { name: /^(Create alert|Set spend limit|Change limit|Remove limit)/ })).toHaveCount(0);
  await viewer.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Usage' }).click();
  await expect(viewer.getByRole('region', { name: 'Usage chart' }).getByRole('heading', { name: 'Input tokens by project' })).toBeVisible();
  await viewer.context().close();
});
