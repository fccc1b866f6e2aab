import type { Page } from '@playwright/test';
import { expect, injectFault, signInAsNewConsoleUser, test, unique } from './fixtures';

// Budgets on /costs: the organization's spend limit and alerts, and every project's in one table.
// Changes only the organization spend alerts it creates (then deletes), the organization spend
// limit (put back as it was), and a project it creates itself. Reads the seeded projects' budgets.
test.describe.configure({ mode: 'default' }); // one after another: the limit test puts back what it found

const orgAlerts = (page: Page) => page.getByRole('region', { name: 'Organization spend alerts' });
const orgLimit = (page: Page) => page.getByRole('region', { name: 'Organization spend limit' });
const projectsTable = (page: Page) => page.getByRole('table', { name: 'Project budgets' });

test('create an organization spend alert (an invalid recipient refused first), edit it, delete it', async ({ page }) => {
  await page.goto('/costs');
  const amount = 1000 + Math.floor(Math.random() * 8000);
  const shown = `$${amount.toLocaleString('en-US')}`;

  await orgAlerts(page).getByRole('button', { name: 'Create alert' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create spend alert' });
  await dialog.getByLabel('Monthly threshold (USD)').fill(String(amount));
  await expect(dialog.getByText(`${shown} a month`)).toBeVisible();
  await dialog.getByLabel('Recipients').fill('finance@example.com, not-an-address');
  await dialog.getByRole('button', { name: 'Create alert' }).click();
  await expect(dialog.getByText('“not-an-address” is not a valid address')).toBeVisible();
  const recipient = `budget-${unique()}@example.com`;
  await dialog.getByLabel('Recipients').fill(recipient);
  await dialog.getByRole('button', { name: 'Create alert' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Spend alert at ${shown} created.`)).toBeVisible();
  const row = orgAlerts(page).getByRole('row').filter({ hasText: recipient });
  await expect(row).toContainText(shown);

  await row.getByRole('button', { name: `Edit the ${shown} alert` }).click();
  await expect(page).toHaveURL(/budget-alert=alert_/);
  const edit = page.getByRole('dialog', { name: 'Edit spend alert' });
  await expect(edit.getByLabel('Monthly threshold (USD)')).toHaveValue(String(amount));
  await edit.getByLabel('Monthly threshold (USD)').fill(`${amount}.50`);
  await edit.getByLabel('Email subject prefix').fill('[Budget e2e]');
  await edit.getByRole('button', { name: 'Save alert' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByText(`Spend alert at ${shown}.50 saved.`)).toBeVisible();
  await expect(row).toContainText(`${shown}.50`);
  await expect(row).toContainText('[Budget e2e]');

  await row.getByRole('button', { name: `Delete the ${shown}.50 alert` }).click();
  const confirm = page.getByRole('dialog', { name: `Delete the ${shown}.50 alert?` });
  await expect(confirm).toContainText(recipient);
  await confirm.getByRole('button', { name: 'Delete alert' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText(`Spend alert at ${shown}.50 deleted.`)).toBeVisible();
  await expect(row).toHaveCount(0);
  await page.reload();
  await expect(orgAlerts(page).getByRole('table')).toBeVisible();
  await expect(row).toHaveCount(0);
});

test('set and remove the organization spend limit, then put back the one there was', async ({ page }) => {
  await page.goto('/costs');
  const current = orgLimit(page).getByLabel('Current spend limit');
  await expect(current).toBeVisible();
  const before = /\$[\d,]+(\.\d\d)?/.exec((await current.textContent()) ?? '')?.[0] ?? null;

  await orgLimit(page).getByRole('button', { name: before ? 'Change limit' : 'Set spend limit' }).click();
  const form = page.getByRole('form', { name: 'Spend limit' });
  const amount = form.getByLabel('Monthly limit (USD)');
  await amount.fill('0');
  await form.getByRole('button', { name: 'Save limit' }).click();
  await expect(form.getByText('Enter at least $0.01.')).toBeVisible();
  await amount.fill('12.345');
  await form.getByRole('button', { name: 'Save limit' }).click();
  await expect(form.getByText('Use at most two decimals (cents).')).toBeVisible();
  // The seeded organization alerts are above $1: a limit there would silence them, and the form says so first.
  await amount.fill('1');
  await expect(form.getByRole('status', { name: 'Before you save' })).toContainText('would never be sent');
  await amount.fill('54,321');
  await expect(form.getByText('$54,321 a month')).toBeVisible();
  await form.getByRole('button', { name: 'Save limit' }).click();
  await expect(page.getByText('Spend limit set to $54,321 a month.')).toBeVisible();
  await expect(current).toContainText('$54,321');
  await page.reload();
  await expect(current).toContainText('$54,321');

  await orgLimit(page).getByRole('button', { name: 'Remove limit' }).click();
  const confirm = page.getByRole('dialog', { name: 'Remove the organization’s spend limit?' });
  await expect(confirm).toContainText('$54,321');
  await confirm.getByRole('button', { name: 'Remove limit' }).click();
  await expect(confirm).toBeHidden();
  await expect(current).toContainText('No spend limit');
  await page.reload();
  await expect(current).toContainText('No spend limit');

  if (before) {
    await orgLimit(page).getByRole('button', { name: 'Set spend limit' }).click();
    await form.getByLabel('Monthly limit (USD)').fill(before.replace('$', ''));
    await form.getByRole('button', { name: 'Save limit' }).click();
    await expect(current).toContainText(before);
  }
});

test('a new project’s limit and alert show in the projects table; an upstream failure on the way shows its message', async ({ page }) => {
  const name = `Budgets ${unique()}`;
  await page.goto('/projects');
  await page.getByRole('button', { name: 'Create project' }).first().click();
  const create = page.getByRole('dialog', { name: 'Create project' });
  await create.getByLabel('Project name').fill(name);
  await create.getByRole('button', { name: 'Create project' }).click();
  await expect(create).toBeHidden();
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page).toHaveURL(/\/projects\/proj_[^/]+$/);
  const id = new URL(page.url()).pathname.split('/')[2] ?? '';
  await page.goto(`/projects/${id}/spend-alerts`);

  await injectFault(page, `503;path=/organization/projects/${id}/spend_alerts;method=POST;times=1:1`);
  await page.getByRole('button', { name: 'Create alert' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create spend alert' });
  await dialog.getByLabel('Monthly threshold (USD)').fill('4321');
  await dialog.getByLabel('Recipients').fill('finance@example.com');
  await dialog.getByRole('button', { name: 'Create alert' }).click();
  await expect(dialog.getByRole('alert')).toContainText('answered with an error (503)');
  await expect(dialog.getByRole('alert')).toContainText('request id');
  await dialog.getByLabel('Monthly threshold (USD)').fill('750');
  await dialog.getByRole('button', { name: 'Create alert' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Spend alert at $750 created.')).toBeVisible();
  await page.getByRole('button', { name: 'Set spend limit' }).click();
  await page.getByRole('form', { name: 'Spend limit' }).getByLabel('Monthly limit (USD)').fill('1,000');
  await page.getByRole('button', { name: 'Save limit' }).click();
  await expect(page.getByText('Spend limit set to $1,000 a month.')).toBeVisible();

  await page.goto('/costs');
  await page.getByLabel('Search projects').fill(name);
  await expect(page).toHaveURL(/budgets-q=/);
  const row = projectsTable(page).getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('$1,000');
  await expect(row.getByRole('list', { name: `Alert thresholds of ${name}` })).toHaveText('$750');
  await expect(row).toContainText('1 alert, emailing 1 recipient');
  // The seeded projects are there too, archived ones marked.
  await page.getByLabel('Search projects').fill('');
  await expect(projectsTable(page).getByRole('row').filter({ hasText: 'Customer Support Assistant' })).toBeVisible();
  await page.getByLabel('Search projects').fill('Legacy Chatbot');
  await expect(projectsTable(page).getByRole('row').filter({ hasText: 'Legacy Chatbot v1' })).toContainText('Archived');
  await page.getByLabel('Search projects').fill('');
  await page.getByRole('button', { name: /^With a limit/ }).click();
  await expect(projectsTable(page).getByRole('row').filter({ hasText: 'No limit' })).toHaveCount(0);

  await page.getByLabel('Search projects').fill(name);
  await row.getByRole('link', { name }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${id}/spend-alerts$`));
});

test('a viewer sees the budgets without any control that changes them', async ({ page, browser }) => {
  const viewerPage = await signInAsNewConsoleUser(page, browser, 'viewer');
  await viewerPage.goto('/costs');
  await expect(orgLimit(viewerPage).getByLabel('Current spend limit')).toBeVisible();
  await expect(orgAlerts(viewerPage).getByRole('table')).toBeVisible();
  await expect(projectsTable(viewerPage)).toBeVisible();
  await expect(viewerPage.getByRole('button', { name: /^(Create alert|Edit the|Delete the|Set spend limit|Change limit|Remove limit)/ })).toHaveCount(0);
});
