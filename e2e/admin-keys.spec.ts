import type { Page } from '@playwright/test';
import { expect, injectFault, test, unique, signInAsNewConsoleUser } from './fixtures';

// One after the other: the injected failure hits the next key creation, whichever test makes it.
test.describe.configure({ mode: 'default' });

function row(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByText(name, { exact: true }) });
}

test('create an admin key: the value is shown once, then only its redacted form; delete it after confirming', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const name = `Terraform ${unique()}`;
  await page.goto('/admin-keys');

  // The key the console itself uses is marked and cannot be deleted from here.
  const own = row(page, 'Sandbox console key');
  await expect(own.getByText('Used by this console')).toBeVisible();
  await expect(own.getByRole('button', { name: /^Delete/ })).toHaveCount(0);
  await expect(own).toContainText('the sandbox refuses to delete it');

  await page.getByRole('button', { name: 'Create admin key' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create admin key' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Create key' }).click();

  const shown = page.getByRole('dialog', { name: 'Copy your new admin key' });
  await expect(shown.getByRole('note')).toContainText('This is the only time the key is shown.');
  const value = (await shown.getByLabel('New admin key value').textContent()) ?? '';
  expect(value).toMatch(/^sk-admin-[A-Za-z0-9_-]{20,}$/);
  await shown.getByRole('button', { name: 'Copy' }).click();
  await expect(page.getByText('Admin key copied to the clipboard.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(value);
  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(shown).toBeHidden();

  const created = row(page, name);
  await expect(created).toContainText(`${value.slice(0, 8)}...${value.slice(-3)}`);
  await expect(created).toContainText('never');
  expect(await page.content()).not.toContain(value);

  await page.reload();
  await expect(row(page, name)).toBeVisible();
  expect(await page.content()).not.toContain(value);

  // Search lives in the URL.
  await page.getByRole('searchbox', { name: 'Search admin keys' }).fill(name);
  await expect(page).toHaveURL(/q=Terraform/);
  await expect(page.getByRole('row')).toHaveCount(2);

  await row(page, name).getByRole('button', { name: `Delete ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: `Delete ${name}?` });
  await expect(confirm).toContainText('stops working at once');
  await confirm.getByRole('button', { name: 'Delete key' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText(`Admin key “${name}” deleted.`)).toBeVisible();
  await expect(page.getByText(`No admin keys match “${name}”`)).toBeVisible();
});

test('a failure from the organization when creating a key is shown with its message', async ({ page }) => {
  await page.goto('/admin-keys');
  await injectFault(page, '503;path=/organization/admin_api_keys;method=POST;times=1:1');

  await page.getByRole('button', { name: 'Create admin key' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create admin key' });
  await dialog.getByLabel('Name').fill(`Failing ${unique()}`);
  await dialog.getByRole('button', { name: 'Create key' }).click();
  await expect(dialog.getByRole('alert')).toContainText('answered with an error (503)');
  await expect(dialog.getByRole('alert')).toContainText('request id');
  await expect(page.getByRole('dialog', { name: 'Copy your new admin key' })).toHaveCount(0);
});

test('a viewer sees the admin keys without any control that changes them', async ({ page, browser }) => {
  const viewerPage = await signInAsNewConsoleUser(page, browser, 'viewer');
  await viewerPage.goto('/admin-keys');
  await expect(row(viewerPage, 'Sandbox console key')).toBeVisible();
  await expect(viewerPage.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
  await expect(viewerPage.getByRole('button', { name: 'Create admin key' })).toHaveCount(0);
  await expect(viewerPage.getByRole('button', { name: /^Delete / })).toHaveCount(0);
});
