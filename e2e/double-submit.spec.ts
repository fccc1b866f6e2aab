import type { Page, Request } from '@playwright/test';
import { expect, test, unique } from './fixtures';

/** Counts the changes the page sends to the admin proxy whose path ends with `suffix`. */
function countChanges(page: Page, suffix: string | RegExp) {
  const seen: Request[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (request.method() !== 'GET' && path.startsWith('/api/admin/') && (typeof suffix === 'string' ? path.endsWith(suffix) : suffix.test(path))) seen.push(request);
  });
  return () => seen.length;
}

const row = (page: Page, name: string) => page.getByRole('row').filter({ has: page.getByText(name, { exact: true }) });

test('a double click on create or confirm sends the change once', async ({ page }) => {
  const name = `Double ${unique()}`;
  await page.goto('/projects');
  const creates = countChanges(page, '/organization/projects');
  await page.getByRole('button', { name: 'Create project' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create project' });
  await dialog.getByLabel('Project name').fill(name);
  await dialog.getByRole('button', { name: 'Create project' }).dblclick();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Project “${name}” created.`)).toBeVisible();
  await expect(row(page, name)).toHaveCount(1);
  expect(creates()).toBe(1);

  const archives = countChanges(page, /\/archive$/);
  await row(page, name).getByRole('button', { name: `Archive ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: `Archive ${name}?` });
  await confirm.getByRole('button', { name: 'Archive project' }).dblclick();
  await expect(confirm).toBeHidden();
  await expect(row(page, name)).toHaveCount(0);
  expect(archives()).toBe(1);
});

test('the same change sent again within seconds is refused, and the dialog says where to look', async ({ page }) => {
  const name = `Twice ${unique()}`;
  await page.goto('/projects');
  await page.getByRole('button', { name: 'Create project' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create project' });
  await dialog.getByLabel('Project name').fill(name);
  // The same change, sent a moment earlier from another tab of the same person.
  const origin = new URL(page.url()).origin;
  const first = await page.request.post('/api/admin/organization/projects', { data: { name }, headers: { origin } });
  expect(first.status()).toBe(200);
  await dialog.getByRole('button', { name: 'Create project' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('You sent this same change');
  await expect(alert).toContainText('not sent again');
  await expect(alert).toContainText('Console journal');
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(row(page, name)).toHaveCount(1);
});
