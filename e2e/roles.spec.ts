import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, injectFault, test, unique, signInAsNewConsoleUser } from './fixtures';

function row(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByRole('button', { name: new RegExp(`^(Open|Close) ${name}$`) }) });
}

test.describe.configure({ mode: 'default' }); // one after another: the injected fault must meet this file's create, not another test's update

const permission = (page: Page, name: string) =>
  page.getByRole('dialog').getByRole('checkbox', { name: new RegExp(name.replace(/\./g, '\\.')) });

test('lists built-in and custom roles with what they grant and who holds them', async ({ page }) => {
  await page.goto('/roles');
  await expect(row(page, 'Owner')).toContainText('Built-in');
  await expect(row(page, 'Owner')).toContainText('Every permission');
  await expect(row(page, 'Billing Manager')).toContainText('Custom');
  await expect(row(page, 'Billing Manager')).toContainText('Billing (read, write)');

  await page.getByRole('button', { name: 'Open Security Auditor' }).click();
  await expect(page).toHaveURL(/role=role_/);
  const panel = page.getByRole('complementary', { name: 'Role Security Auditor' });
  await expect(panel.getByRole('list', { name: 'Permissions of Security Auditor' })).toContainText('api.audit_logs.read');
  await expect(panel.getByRole('list', { name: 'Groups holding Security Auditor' })).toContainText('Security & Compliance');
  await expect(panel.getByText(/All \d+ members checked/)).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await download;
  expect(csv.suggestedFilename()).toMatch(/^roles-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = fs.readFileSync((await csv.path())!, 'utf8');
  expect(text.split('\r\n')[0]).toContain('Name,ID,Type');
  expect(text).toContain('Security Auditor');

  await page.getByRole('searchbox', { name: 'Search roles' }).fill('no such role anywhere');
  await expect(page.getByText('No roles match “no such role anywhere”')).toBeVisible();
  await expect(page).toHaveURL(/q=no/);
});

test('create a custom role, edit it, assign and unassign it, then delete it', async ({ page }) => {
  const name = `Auditors ${unique()}`;
  await page.goto('/roles');
  await page.getByRole('button', { name: 'Create role' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create role' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByLabel('Description', { exact: true }).fill('Reads the audit log and groups');
  await permission(page, 'api.groups.read').check();
  await permission(page, 'api.groups.write').check();
  await permission(page, 'api.audit_logs.read').check();
  await expect(dialog.getByText('3 picked')).toBeVisible();
  await dialog.getByRole('button', { name: 'Create role' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Role “${name}” created.`)).toBeVisible();
  await expect(row(page, name)).toContainText('Custom');
  const panel = page.getByRole('complementary', { name: `Role ${name}` });
  const granted = panel.getByRole('list', { name: `Permissions of ${name}` });
  await expect(granted).toContainText('api.groups.read');
  await expect(granted).toContainText('api.groups.write');
  await expect(granted).toContainText('api.audit_logs.read');

  // Edit: add one permission, remove another.
  await panel.getByRole('button', { name: 'Edit role' }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${name}` });
  await permission(page, 'api.users.read').check();
  await permission(page, 'api.groups.write').uncheck();
  await expect(edit.getByText('1 added, 1 removed')).toBeVisible();
  await edit.getByRole('button', { name: 'Save role' }).click();
  await expect(edit).toBeHidden();
  await expect(granted).toContainText('api.users.read');
  await expect(granted).not.toContainText('api.groups.write');

  // Assign to Noah Kim and see him among the holders.
  await expect(panel.getByText(/All \d+ members checked/)).toBeVisible();
  await panel.getByLabel(`Assign ${name} to a member`).fill('Noah Kim');
  await page.getByRole('option', { name: /Noah Kim/ }).click();
  await panel.getByRole('button', { name: 'Assign role' }).click();
  await expect(page.getByText(`Noah Kim now holds “${name}”.`)).toBeVisible();
  const holders = panel.getByRole('list', { name: `Members holding ${name}` });
  await expect(holders).toContainText('Noah Kim');
  await expect(row(page, name)).toContainText('1 member assigned');

  // A fresh look (after a reload, the scan reads it from the API) still shows him.
  await page.reload();
  await expect(holders).toContainText('Noah Kim');

  await panel.getByRole('button', { name: `Unassign ${name} from Noah Kim` }).click();
  const unassign = page.getByRole('dialog', { name: `Unassign ${name}?` });
  await expect(unassign).toContainText('Noah Kim');
  await unassign.getByRole('button', { name: 'Unassign role' }).click();
  await expect(unassign).toBeHidden();
  await expect(holders).toHaveCount(0);
  await expect(panel.getByText('No member is assigned this role.')).toBeVisible();

  await panel.getByRole('button', { name: 'Delete role' }).click();
  const confirm = page.getByRole('dialog', { name: `Delete ${name}?` });
  await expect(confirm).toContainText('Nobody holds it.');
  await confirm.getByRole('button', { name: 'Delete role' }).click();
  await expect(confirm).toBeHidden();
  await expect(row(page, name)).toHaveCount(0);
  await page.reload();
  await expect(row(page, 'Owner')).toBeVisible();
  await expect(row(page, name)).toHaveCount(0);
});

test('an upstream failure while creating a role is shown with its message', async ({ page }) => {
  await page.goto('/roles');
  await injectFault(page, '503;path=/organization/roles;method=POST;times=1:1');
  const name = `Failing ${unique()}`;
  await page.getByRole('button', { name: 'Create role' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create role' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await permission(page, 'api.usage.read').check();
  await dialog.getByRole('button', { name: 'Create role' }).click();
  await expect(dialog.getByRole('alert')).toContainText('answered with an error (503)');
  await expect(dialog.getByRole('alert')).toContainText('request id');
  await expect(dialog).toBeVisible();
});

test('the form refuses a taken name and an empty permission list before asking the API', async ({ page }) => {
  await page.goto('/roles');
  await page.getByRole('button', { name: 'Create role' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create role' });
  await dialog.getByLabel('Name', { exact: true }).fill('billing manager');
  await dialog.getByRole('button', { name: 'Create role' }).click();
  await expect(dialog.getByText('A role named “billing manager” already exists.')).toBeVisible();
  await expect(dialog.getByText('Pick at least one permission.')).toBeVisible();
});

test('a viewer sees roles and holders but no control that changes them', async ({ page, browser }) => {
  const viewerPage = await signInAsNewConsoleUser(page, browser, 'viewer');
  await viewerPage.goto('/roles');
  await viewerPage.getByRole('button', { name: 'Open Access Administrator' }).click();
  const panel = viewerPage.getByRole('complementary', { name: 'Role Access Administrator' });
  await expect(panel.getByText(/All \d+ members checked/)).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Members holding Access Administrator' }).getByRole('listitem').first()).toBeVisible();
  await expect(viewerPage.getByRole('button', { name: 'Create role' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: /^(Edit role|Delete role|Assign role|Unassign)/ })).toHaveCount(0);
  await expect(panel.getByRole('combobox')).toHaveCount(0);
});
