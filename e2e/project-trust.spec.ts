import type { Page } from '@playwright/test';
import { expect, injectFault, test, unique, signInAsNewConsoleUser, tickUrlCheckbox } from './fixtures';

// The trust tabs of a project page: Roles, Certificates, Spend alerts (with the spend limit).
// Mutates only `Data Labeling Pipeline` (roles, certificates) and `Field Service Triage` (spend).
test.describe.configure({ mode: 'default' }); // one after another: the injected fault must meet this file's create

const ROLES_PROJECT = 'Data Labeling Pipeline';
const SPEND_PROJECT = 'Field Service Triage';
const CERTIFICATE = 'Staging mTLS client';

/** The project's id, found through the projects list (ids differ between sandboxes). */
async function projectId(page: Page, name: string): Promise<string> {
  await page.goto('/projects');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page).toHaveURL(/\/projects\/proj_[^/]+$/);
  return new URL(page.url()).pathname.split('/')[2] ?? '';
}

const permission = (page: Page, name: string) =>
  page.getByRole('dialog').getByRole('checkbox', { name: new RegExp(name.replace(/\./g, '\\.')) });

const roleRow = (page: Page, name: string) => page.getByRole('row').filter({ hasText: name });

test('create a project role with permissions, edit it, delete it', async ({ page }) => {
  const id = await projectId(page, ROLES_PROJECT);
  await page.goto(`/projects/${id}/roles`);
  await expect(roleRow(page, 'Owner').first()).toContainText('Built-in');
  const name = `Labelers ${unique()}`;

  await page.getByRole('button', { name: 'Create role' }).first().click();
  await expect(page).toHaveURL(/edit=new/);
  const dialog = page.getByRole('dialog', { name: 'Create role' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByLabel('Description', { exact: true }).fill('Calls models and reads rate limits');
  await permission(page, 'api.model.request').check();
  await permission(page, 'api.organization.projects.rate_limits.read').check();
  await expect(dialog.getByText('2 picked')).toBeVisible();
  await dialog.getByRole('button', { name: 'Create role' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Role “${name}” created.`)).toBeVisible();
  await expect(roleRow(page, name)).toContainText('Custom');
  await expect(roleRow(page, name)).toContainText('Models (use)');

  await page.getByRole('button', { name: `Edit ${name}` }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${name}` });
  await permission(page, 'api.organization.projects.api_keys.read').check();
  await permission(page, 'api.organization.projects.rate_limits.read').uncheck();
  await expect(edit.getByText('1 added, 1 removed')).toBeVisible();
  await edit.getByRole('button', { name: 'Save role' }).click();
  await expect(edit).toBeHidden();
  await page.reload();
  await expect(roleRow(page, name)).toContainText('API keys (read)');
  await expect(roleRow(page, name)).not.toContainText('Rate limits');

  await page.getByRole('button', { name: `Delete ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: `Delete ${name}?` });
  await expect(confirm).toContainText(ROLES_PROJECT);
  await confirm.getByRole('button', { name: 'Delete role' }).click();
  await expect(confirm).toBeHidden();
  await expect(roleRow(page, name)).toHaveCount(0);
  await page.reload();
  await expect(roleRow(page, 'Owner').first()).toBeVisible();
  await expect(roleRow(page, name)).toHaveCount(0);
});

test('activate a certificate for the project and deactivate it, kept after a reload', async ({ page }) => {
  const id = await projectId(page, ROLES_PROJECT);
  await page.goto(`/projects/${id}/certificates`);
  const row = page.getByRole('row').filter({ hasText: CERTIFICATE });
  await expect(row).toContainText('Inactive');
  await expect(row).toContainText(/Valid for \d+ days/);
  await expect(page.getByRole('row').filter({ hasText: 'Partner gateway (2023)' })).toContainText(/Expired \d+ days ago/);
  await expect(page.getByRole('row').filter({ hasText: 'Fleet telemetry gateway' })).toContainText(/Expires in \d+ days/);

  await tickUrlCheckbox(page.getByRole('checkbox', { name: `Select ${CERTIFICATE}` }));
  await expect(page).toHaveURL(/selected=/);
  await page.getByRole('button', { name: 'Activate for project', exact: true }).click();
  const results = page.getByRole('status', { name: 'Activation results' });
  await expect(results).toContainText(CERTIFICATE);
  await expect(results).toContainText('Activated');
  await expect(row).toContainText('Active');
  await page.reload();
  await expect(row.getByText('Active', { exact: true })).toBeVisible();

  await tickUrlCheckbox(page.getByRole('checkbox', { name: `Select ${CERTIFICATE}` }));
  await page.getByRole('button', { name: 'Deactivate for project' }).click();
  const confirm = page.getByRole('dialog', { name: `Deactivate ${CERTIFICATE} for ${ROLES_PROJECT}?` });
  await expect(confirm).toContainText('can no longer call the API');
  await confirm.getByRole('button', { name: 'Deactivate' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('status', { name: 'Deactivation results' })).toContainText('Deactivated');
  await page.reload();
  await expect(row.getByText('Inactive', { exact: true })).toBeVisible();
});

test('create a spend alert (an invalid recipient refused first), edit it, delete it', async ({ page }) => {
  const id = await projectId(page, SPEND_PROJECT);
  await page.goto(`/projects/${id}/spend-alerts`);
  const amount = 1000 + Math.floor(Math.random() * 8000);
  const shown = `$${amount.toLocaleString('en-US')}`;

  await page.getByRole('button', { name: 'Create alert' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create spend alert' });
  await dialog.getByLabel('Monthly threshold (USD)').fill(String(amount));
  await dialog.getByLabel('Recipients').fill('finance@example.com, not-an-address');
  await dialog.getByRole('button', { name: 'Create alert' }).click();
  await expect(dialog.getByText('“not-an-address” is not a valid address')).toBeVisible();
  await dialog.getByLabel('Recipients').fill('finance@example.com, Ops <OPS@example.com>');
  await dialog.getByRole('button', { name: 'Create alert' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Spend alert at ${shown} created.`)).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: shown });
  await expect(row).toContainText('ops@example.com');

  await row.getByRole('button', { name: `Edit the ${shown} alert` }).click();
  const edit = page.getByRole('dialog', { name: 'Edit spend alert' });
  await expect(edit.getByLabel('Monthly threshold (USD)')).toHaveValue(String(amount));
  await edit.getByLabel('Monthly threshold (USD)').fill(`${amount}.50`);
  await edit.getByLabel('Email subject prefix').fill('[Triage]');
  await edit.getByRole('button', { name: 'Save alert' }).click();
  await expect(edit).toBeHidden();
  const edited = page.getByRole('row').filter({ hasText: `${shown}.50` });
  await page.reload();
  await expect(edited).toContainText('[Triage]');

  await edited.getByRole('button', { name: `Delete the ${shown}.50 alert` }).click();
  const confirm = page.getByRole('dialog', { name: `Delete the ${shown}.50 alert?` });
  await expect(confirm).toContainText('finance@example.com');
  await confirm.getByRole('button', { name: 'Delete alert' }).click();
  await expect(confirm).toBeHidden();
  await expect(edited).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Spend alerts' })).toBeVisible();
  await expect(edited).toHaveCount(0);
});

test('set the project spend limit and remove it', async ({ page }) => {
  const id = await projectId(page, SPEND_PROJECT);
  await page.goto(`/projects/${id}/spend-alerts`);
  const current = page.getByLabel('Current spend limit');
  await expect(current).toContainText('No spend limit');

  await page.getByRole('button', { name: 'Set spend limit' }).click();
  const form = page.getByRole('form', { name: 'Spend limit' });
  await form.getByLabel('Monthly limit (USD)').fill('0');
  await form.getByRole('button', { name: 'Save limit' }).click();
  await expect(form.getByText('Enter at least $0.01.')).toBeVisible();
  await form.getByLabel('Monthly limit (USD)').fill('2500');
  await form.getByRole('button', { name: 'Save limit' }).click();
  await expect(page.getByText('Spend limit set to $2,500 a month.')).toBeVisible();
  await expect(current).toContainText('$2,500');
  await expect(page).not.toHaveURL(/limit=edit/);
  await page.reload();
  await expect(current).toContainText('$2,500');

  await page.getByRole('button', { name: 'Remove limit' }).click();
  const confirm = page.getByRole('dialog', { name: `Remove ${SPEND_PROJECT}’s spend limit?` });
  await expect(confirm).toContainText('$2,500');
  await confirm.getByRole('button', { name: 'Remove limit' }).click();
  await expect(confirm).toBeHidden();
  await expect(current).toContainText('No spend limit');
  await page.reload();
  await expect(current).toContainText('No spend limit');
});

test('an upstream failure while creating a spend alert is shown with its message', async ({ page }) => {
  const id = await projectId(page, SPEND_PROJECT);
  await page.goto(`/projects/${id}/spend-alerts`);
  await injectFault(page, `503;path=/organization/projects/${id}/spend_alerts;method=POST;times=1:1`);
  await page.getByRole('button', { name: 'Create alert' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create spend alert' });
  await dialog.getByLabel('Monthly threshold (USD)').fill('4321');
  await dialog.getByLabel('Recipients').fill('finance@example.com');
  await dialog.getByRole('button', { name: 'Create alert' }).click();
  await expect(dialog.getByRole('alert')).toContainText('answered with an error (503)');
  await expect(dialog.getByRole('alert')).toContainText('request id');
  await expect(dialog).toBeVisible();
});

test('a viewer sees the three tabs without any control that changes them', async ({ page, browser }) => {
  const rolesId = await projectId(page, ROLES_PROJECT);
  const spendId = await projectId(page, SPEND_PROJECT);
  const viewerPage = await signInAsNewConsoleUser(page, browser, 'viewer');

  await viewerPage.goto(`/projects/${rolesId}/roles`);
  await expect(roleRow(viewerPage, 'Owner').first()).toBeVisible();
  await expect(viewerPage.getByRole('button', { name: /^(Create role|Edit |Delete )/ })).toHaveCount(0);

  await viewerPage.goto(`/projects/${rolesId}/certificates`);
  await expect(viewerPage.getByRole('row').filter({ hasText: CERTIFICATE })).toBeVisible();
  await expect(viewerPage.getByRole('checkbox')).toHaveCount(0);
  await expect(viewerPage.getByRole('button', { name: /(Activate|Deactivate)/ })).toHaveCount(0);

  await viewerPage.goto(`/projects/${spendId}/spend-alerts`);
  await expect(viewerPage.getByLabel('Current spend limit')).toBeVisible();
  await expect(viewerPage.getByRole('heading', { name: 'Spend alerts' })).toBeVisible();
  await expect(viewerPage.getByRole('button', { name: /^(Create alert|Edit the|Delete the|Set spend limit|Change limit|Remove limit)/ })).toHaveCount(0);
});
