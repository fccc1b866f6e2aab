import type { Page } from '@playwright/test';
import { expect, injectFault, test, unique, signInAsNewConsoleUser } from './fixtures';

// One after another: the retention change and the injected fault both aim at Fleet Telemetry
// Insights' data retention, and the fault must meet this file's request, not the other test's.
test.describe.configure({ mode: 'default' });

const FLEET = 'Fleet Telemetry Insights';

async function projectId(page: Page, name: string): Promise<string> {
  const response = await page.request.get('/api/admin/organization/projects?limit=100&include_archived=true');
  const project = ((await response.json()).data as { id: string; name: string }[]).find((p) => p.name === name);
  expect(project, `project ${name}`).toBeTruthy();
  return project?.id ?? '';
}

const readOnlyBanner = (page: Page) => page.getByRole('status').filter({ hasText: 'this project is read-only' });

/** On the data retention tab: picks a choice other than the current one and opens the confirm step. */
async function askToChangeRetention(page: Page) {
  const group = page.getByRole('radiogroup', { name: 'Data retention choices' });
  await expect(group.getByRole('radio', { checked: true })).toHaveCount(1);
  const zdr = group.getByRole('radio', { name: 'Zero data retention', exact: true });
  const label = (await zdr.isChecked()) ? 'Modified abuse monitoring' : 'Zero data retention';
  await group.getByRole('radio', { name: label, exact: true }).check();
  await page.getByRole('button', { name: 'Change data retention' }).click();
  const dialog = page.getByRole('dialog', { name: `Change data retention for ${FLEET}?` });
  await expect(dialog).toContainText(`to “${label}”`);
  return { label, dialog, confirm: dialog.getByRole('button', { name: `Switch to “${label}”` }) };
}

test('the overview of Warehouse Vision shows its spend, counts and what needs attention', async ({ page }) => {
  await page.goto('/projects');
  await page.getByRole('link', { name: 'Warehouse Vision', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Warehouse Vision' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');

  const spend = page.getByRole('region', { name: 'Spend', exact: true });
  await expect(spend.getByText(/^This month \(/)).toBeVisible();
  await expect(spend.locator('dd')).toHaveText([/^\$[\d,]+\.\d\d$/, /^\$[\d,]+\.\d\d$/]);
  const models = spend.getByRole('table', { name: 'Top models by spend' });
  await expect(models.getByRole('row').nth(1)).toContainText('$');
  await expect(spend.getByRole('button', { name: 'Export CSV' })).toBeVisible();

  for (const title of ['Members', 'API keys', 'Active certificates'])
    await expect(page.getByRole('region', { name: title, exact: true }).locator('p').first()).toHaveText(/^\d[\d,]*$/);

  const attention = page.getByRole('list', { name: 'Needs attention' });
  const stale = attention.getByRole('link', { name: /stale API keys?$/ });
  await expect(stale).toBeVisible();
  await expect(stale).toHaveAttribute('href', /\/api-keys\?stale=1$/);
  await expect(attention).toContainText(/never used, created|last used/);
});

test(`change data retention on ${FLEET} and see it kept after a reload`, async ({ page }) => {
  const id = await projectId(page, FLEET);
  await page.goto(`/projects/${id}/data-retention`);
  const { label, dialog, confirm } = await askToChangeRetention(page);
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Data retention is now “${label}”.`)).toBeVisible();

  await page.reload();
  await expect(page.getByText('Current setting:')).toContainText(label);
  await expect(page.getByRole('radio', { name: label, exact: true })).toBeChecked();
});

test('an upstream failure while changing data retention is shown with its message', async ({ page }) => {
  const id = await projectId(page, FLEET);
  await page.goto(`/projects/${id}/data-retention`);
  const before = await page.getByRole('radio', { checked: true }).getAttribute('value');
  await injectFault(page, `503;path=/organization/projects/${id}/data_retention;method=POST;times=1:1`);
  const { dialog, confirm } = await askToChangeRetention(page);
  await confirm.click();
  await expect(dialog.getByRole('alert')).toContainText('answered with an error (503)');
  await expect(dialog.getByRole('alert')).toContainText('request id');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  await expect(page.getByRole('radio', { checked: true })).toHaveAttribute('value', before ?? '');
});

test('rename then archive a new project: it becomes read-only on every tab', async ({ page, baseURL }) => {
  const name = `Overview check ${unique()}`;
  const renamed = `${name} renamed`;
  const created = await page.request.post('/api/admin/organization/projects', { data: { name }, headers: { origin: baseURL ?? '' } });
  expect(created.ok(), await created.text()).toBe(true);
  const { id } = (await created.json()) as { id: string };

  await page.goto(`/projects/${id}/settings`);
  const form = page.getByRole('form', { name: 'Rename project' });
  await expect(form.getByLabel('Project name')).toHaveValue(name);
  await form.getByLabel('Project name').fill('   ');
  await form.getByRole('button', { name: 'Save name' }).click();
  await expect(form.getByRole('alert')).toHaveText('Enter a name.');
  await form.getByLabel('Project name').fill(renamed);
  await form.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText(`Project renamed to “${renamed}”.`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();

  await page.getByRole('button', { name: 'Archive project' }).click();
  const confirm = page.getByRole('dialog', { name: `Archive ${renamed}?` });
  await expect(confirm).toContainText('API keys stop working');
  await expect(confirm).toContainText('cannot be undone through the API');
  await confirm.getByRole('button', { name: 'Archive project' }).click();
  await expect(confirm).toBeHidden();
  await expect(readOnlyBanner(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Archive project' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save name' })).toHaveCount(0);

  await page.getByRole('navigation', { name: 'Project' }).getByRole('link', { name: 'Data retention' }).click();
  await expect(page).toHaveURL(/\/data-retention$/);
  await expect(readOnlyBanner(page)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Data retention choices' })).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Change data retention' })).toHaveCount(0);
});

test('a viewer sees the figures and choices but no control that changes anything', async ({ page, browser }) => {
  const id = await projectId(page, 'Warehouse Vision');
  const viewerPage = await signInAsNewConsoleUser(page, browser, 'viewer');

  await viewerPage.goto(`/projects/${id}`);
  await expect(viewerPage.getByRole('region', { name: 'Spend', exact: true }).locator('dd').first()).toHaveText(/^\$/);

  await viewerPage.goto(`/projects/${id}/settings`);
  await expect(viewerPage.getByRole('region', { name: 'Project', exact: true })).toContainText('Warehouse Vision');
  await expect(viewerPage.getByText('Renaming and archiving need the operator or admin console role.')).toBeVisible();
  await expect(viewerPage.getByRole('button', { name: 'Save name' })).toHaveCount(0);
  await expect(viewerPage.getByRole('button', { name: 'Archive project' })).toHaveCount(0);

  await viewerPage.goto(`/projects/${id}/data-retention`);
  await expect(viewerPage.getByRole('list', { name: 'Data retention choices' })).toContainText('Zero data retention');
  await expect(viewerPage.getByRole('radio')).toHaveCount(0);
  await expect(viewerPage.getByRole('button', { name: 'Change data retention' })).toHaveCount(0);
  await viewerPage.context().close();
});
