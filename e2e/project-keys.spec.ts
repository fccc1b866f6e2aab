import type { Page } from '@playwright/test';
import { expect, injectFault, test, unique, signInAsNewConsoleUser, tickUrlCheckbox } from './fixtures';

// One after the other: the injected failure hits the next service-account creation of the
// project, and the stale-key tests revoke from the same seeded keys.
test.describe.configure({ mode: 'default' });

const SA_PROJECT = 'Sales Email Drafting';
const STALE_PROJECT = 'Internal Knowledge Search';

function row(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByText(name, { exact: true }) });
}

async function projectId(page: Page, name: string): Promise<string> {
  const response = await page.request.get('/api/admin/organization/projects?limit=100');
  const projects = (await response.json()).data as { id: string; name: string }[];
  const found = projects.find((project) => project.name === name);
  expect(found, `project ${name}`).toBeTruthy();
  return found?.id ?? '';
}

/** The names of the stale keys shown that may be revoked, in table order. */
async function staleRevocable(page: Page): Promise<string[]> {
  const rows = page.getByRole('row').filter({ has: page.getByRole('button', { name: /^Revoke / }) });
  await expect(rows.first()).toBeVisible();
  const labels = await rows.getByRole('button', { name: /^Revoke / }).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  return labels.map((label) => label.replace(/^Revoke /, ''));
}

test('service account: its key is shown once; rename it, give it a second key, delete it', async ({ page }) => {
  const id = await projectId(page, SA_PROJECT);
  const name = `bot-${unique()}`;
  const renamed = `${name}-v2`;
  await page.goto(`/projects/${id}/service-accounts`);
  await expect(page.getByRole('heading', { name: SA_PROJECT })).toBeVisible();

  await page.getByRole('button', { name: 'Create service account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create service account' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Create service account' }).click();
  const shown = page.getByRole('dialog', { name: 'Copy the service account’s API key' });
  await expect(shown.getByRole('note')).toContainText('This is the only time the key is shown.');
  const value = (await shown.getByLabel('New API key value').textContent()) ?? '';
  expect(value).toMatch(/^sk-svcacct-[A-Za-z0-9_-]{20,}$/);
  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(shown).toBeHidden();
  await expect(row(page, name)).toContainText(`${value.slice(0, 14)}...${value.slice(-4)}`);
  expect(await page.content()).not.toContain(value);
  await page.reload();
  await expect(row(page, name)).toBeVisible();
  expect(await page.content()).not.toContain(value);

  // Rename it and make it an owner.
  await row(page, name).getByRole('button', { name: `Edit ${name}` }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${name}` });
  await edit.getByLabel('Name').fill(renamed);
  await edit.getByLabel('Project role').selectOption('owner');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(row(page, renamed)).toContainText('Owner');

  // A second key, restricted to one scope, also shown once.
  await row(page, renamed).getByRole('button', { name: `Add API key to ${renamed}` }).click();
  const add = page.getByRole('dialog', { name: `New API key for ${renamed}` });
  await add.getByLabel('Key name').fill('deploy');
  await add.getByLabel('Restricted to these scopes').check();
  await add.getByRole('textbox', { name: 'Scopes' }).fill('api.model.request');
  await add.getByRole('button', { name: 'Create key' }).click();
  const second = page.getByRole('dialog', { name: 'Copy the new API key' });
  const secondValue = (await second.getByLabel('New API key value').textContent()) ?? '';
  expect(secondValue).toMatch(/^sk-svcacct-/);
  await second.getByRole('button', { name: 'Done' }).click();
  await expect(row(page, renamed).getByRole('listitem')).toHaveCount(2);
  await expect(row(page, renamed)).toContainText('deploy');

  // Its keys are listed on the API keys tab under its name.
  await page.getByRole('link', { name: 'API keys' }).click();
  await expect(page.getByRole('row').filter({ hasText: renamed })).toHaveCount(2);
  await page.getByRole('link', { name: 'Service accounts' }).click();

  await row(page, renamed).getByRole('button', { name: `Delete ${renamed}` }).click();
  const confirm = page.getByRole('dialog', { name: `Delete ${renamed}?` });
  await expect(confirm).toContainText('Its 2 API keys stop working at once');
  await confirm.getByRole('button', { name: 'Delete service account' }).click();
  await expect(confirm).toBeHidden();
  await expect(row(page, renamed)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('table', { name: 'Service accounts' })).toBeVisible();
  await expect(row(page, renamed)).toHaveCount(0);
});

test('filter the stale keys and revoke one; it stays gone after a reload', async ({ page }) => {
  const id = await projectId(page, STALE_PROJECT);
  await page.goto(`/projects/${id}/api-keys`);
  // The list comes from a client query: once it shows, the page is hydrated and takes clicks.
  await expect(page.getByRole('table', { name: 'API keys' })).toBeVisible();
  await tickUrlCheckbox(page.getByLabel('Only stale keys (unused for 90+ days)'));
  await expect(page).toHaveURL(/stale=1/);
  await expect(page.getByRole('table', { name: 'API keys' }).getByText(/· stale$/).first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'API keys' }).getByText(/^(today|yesterday|[1-8]?\d days ago)$/)).toHaveCount(0);

  const [name = ''] = await staleRevocable(page);
  await row(page, name).getByRole('button', { name: `Revoke ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: `Revoke ${name}?` });
  await expect(confirm).toContainText('stops working at once');
  await confirm.getByRole('button', { name: 'Revoke key' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText(`Key “${name}” revoked.`)).toBeVisible();
  await expect(row(page, name)).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Only stale keys (unused for 90+ days)')).toBeChecked();
  await expect(page.getByRole('table', { name: 'API keys' })).toBeVisible();
  await expect(row(page, name)).toHaveCount(0);
});

test('revoke two keys at once: the confirm lists them, each shows its outcome', async ({ page }) => {
  const id = await projectId(page, STALE_PROJECT);
  await page.goto(`/projects/${id}/api-keys?stale=1`);
  const [first = '', second = ''] = await staleRevocable(page);
  await tickUrlCheckbox(page.getByLabel(`Select ${first}`));
  await tickUrlCheckbox(page.getByLabel(`Select ${second}`));
  await expect(page).toHaveURL(/sel=/);
  await page.getByRole('button', { name: 'Revoke 2 selected' }).click();

  const confirm = page.getByRole('dialog', { name: 'Revoke 2 keys?' });
  const listed = confirm.getByRole('list', { name: 'Keys to revoke' });
  await expect(listed).toContainText(first);
  await expect(listed).toContainText(second);
  await confirm.getByRole('button', { name: 'Revoke 2 keys' }).click();
  const results = page.getByRole('dialog', { name: 'Revocation results' });
  await expect(results.getByRole('listitem').filter({ hasText: 'Revoked' })).toHaveCount(2);
  await results.getByRole('button', { name: 'Done' }).click();
  await expect(row(page, first)).toHaveCount(0);
  await expect(row(page, second)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('table', { name: 'API keys' })).toBeVisible();
  await expect(row(page, first)).toHaveCount(0);
  await expect(row(page, second)).toHaveCount(0);
});

test('a failure from the organization when creating a service account is shown with its message', async ({ page }) => {
  const id = await projectId(page, SA_PROJECT);
  await page.goto(`/projects/${id}/service-accounts`);
  await expect(page.getByRole('table', { name: 'Service accounts' })).toBeVisible();
  await injectFault(page, `503;path=/organization/projects/${id}/service_accounts;method=POST;times=1:1`);
  await page.getByRole('button', { name: 'Create service account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create service account' });
  await dialog.getByLabel('Name').fill(`failing-${unique()}`);
  await dialog.getByRole('button', { name: 'Create service account' }).click();
  await expect(dialog.getByRole('alert')).toContainText('answered with an error (503)');
  await expect(dialog.getByRole('alert')).toContainText('request id');
  await expect(page.getByRole('dialog', { name: 'Copy the service account’s API key' })).toHaveCount(0);
});

test('a viewer sees service accounts and API keys without any control that changes them', async ({ page, browser }) => {
  const id = await projectId(page, SA_PROJECT);
  const viewerPage = await signInAsNewConsoleUser(page, browser, 'viewer');
  await viewerPage.goto(`/projects/${id}/service-accounts`);
  await expect(viewerPage.getByRole('table', { name: 'Service accounts' })).toBeVisible();
  await expect(viewerPage.getByRole('button', { name: 'Create service account' })).toHaveCount(0);
  await expect(viewerPage.getByRole('button', { name: /^(Edit|Delete|Add API key to) / })).toHaveCount(0);

  await viewerPage.goto(`/projects/${id}/api-keys`);
  await expect(viewerPage.getByRole('table', { name: 'API keys' })).toBeVisible();
  await expect(viewerPage.getByRole('button', { name: /^Revoke/ })).toHaveCount(0);
  await expect(viewerPage.getByRole('checkbox', { name: /^Select/ })).toHaveCount(0);
  await expect(viewerPage.getByRole('button', { name: 'Export CSV' })).toBeVisible();
});
