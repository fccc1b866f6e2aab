import type { Page } from '@playwright/test';
import { expect, injectFault, test, unique, signInAsNewConsoleUser } from './fixtures';

// This area's projects: rate limits and models on Robot Voice Interface, hosted tools and the
// injected failure on Docs Translation. Nothing else is changed.
const VOICE = 'Robot Voice Interface';
const DOCS = 'Docs Translation';

/** A project's id by its name, through the console's own API (every page of the list). */
async function projectId(page: Page, name: string): Promise<string> {
  let after: string | undefined;
  for (;;) {
    const query = `limit=100&include_archived=true${after ? `&after=${after}` : ''}`;
    const response = await page.request.get(`/api/admin/organization/projects?${query}`);
    expect(response.ok()).toBe(true);
    const body = (await response.json()) as { data: { id: string; name: string }[]; has_more: boolean; last_id: string | null };
    const found = body.data.find((project) => project.name === name);
    if (found) return found.id;
    if (!body.has_more || !body.last_id) throw new Error(`No project named ${name}`);
    after = body.last_id;
  }
}

function modelRow(page: Page, model: string) {
  return page.getByRole('table', { name: 'Rate limits' }).getByRole('row').filter({ has: page.getByText(model, { exact: true }) });
}

/** Opens a model's editor from the rate limits tab and returns the dialog and the current requests/min. */
async function openEditor(page: Page, id: string, model: string) {
  await page.goto(`/projects/${id}/rate-limits`);
  await page.getByRole('searchbox', { name: 'Search models' }).fill(model);
  await expect(page).toHaveURL(new RegExp(`q=${model}`));
  await modelRow(page, model).getByRole('button', { name: `Edit limits for ${model}`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `Edit limits for ${model}` });
  const current = Number((await dialog.getByLabel('Requests per minute').inputValue()).replace(/\D/g, ''));
  return { dialog, current };
}

test('a rate limit: an invalid value is refused in the form, a valid one is reviewed, saved and kept', async ({ page }) => {
  const id = await projectId(page, VOICE);
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/rate_limits/')) posts.push(request.url());
  });
  const { dialog, current } = await openEditor(page, id, 'gpt-4o-mini');
  expect(current).toBeGreaterThan(100);

  await dialog.getByLabel('Requests per minute').fill('-5');
  await dialog.getByRole('button', { name: 'Review changes' }).click();
  await expect(dialog.getByRole('alert')).toContainText('A limit must be 1 or more');
  await expect(dialog.getByLabel('Requests per minute')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByLabel('Requests per minute').fill('12.5');
  await dialog.getByRole('button', { name: 'Review changes' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Enter a whole number.');
  expect(posts).toEqual([]);

  const next = current - 1 - Math.floor(Math.random() * 50);
  const shown = (n: number) => n.toLocaleString('en-US');
  await dialog.getByLabel('Requests per minute').fill(String(next));
  await dialog.getByRole('button', { name: 'Review changes' }).click();
  const changes = dialog.getByRole('table', { name: 'Changes to save' });
  await expect(changes.getByRole('row')).toHaveCount(2);
  await expect(changes).toContainText('Requests per minute');
  await expect(changes).toContainText(shown(current));
  await expect(changes).toContainText(`→ ${shown(next)}`);
  expect(posts).toEqual([]);
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Rate limits for gpt-4o-mini saved.')).toBeVisible();
  await expect(dialog).toBeHidden();
  expect(posts).toHaveLength(1);
  await expect(modelRow(page, 'gpt-4o-mini')).toContainText(shown(next));

  await page.reload();
  await expect(modelRow(page, 'gpt-4o-mini')).toContainText(shown(next));
});

test('a failure from the organization while saving a rate limit is shown with its message', async ({ page }) => {
  const id = await projectId(page, DOCS);
  const { dialog, current } = await openEditor(page, id, 'gpt-4.1-mini');
  await injectFault(page, `503;path=/organization/projects/${id}/rate_limits;method=POST;times=1:1`);
  await dialog.getByLabel('Requests per minute').fill(String(current - 3));
  await dialog.getByRole('button', { name: 'Review changes' }).click();
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByRole('alert')).toContainText('answered with an error (503)');
  await expect(dialog.getByRole('alert')).toContainText('request id');
  await expect(dialog).toBeVisible();
});

test('model access: an allow list of two models, with the keys it would block, kept after a reload', async ({ page }) => {
  const id = await projectId(page, VOICE);
  await page.goto(`/projects/${id}/permissions`);
  const card = page.getByRole('region', { name: 'Model access' });
  await card.getByRole('button', { name: 'Change model access' }).click();
  await expect(page).toHaveURL(/edit=models/);

  await card.getByRole('radio', { name: /Allow list/ }).check();
  for (const model of ['gpt-4o', 'gpt-4o-mini']) {
    await card.getByRole('searchbox', { name: 'Search models' }).fill(model);
    await card.getByRole('checkbox', { name: model, exact: true }).check();
  }
  await expect(card.getByRole('list', { name: 'Models allowed: picked' }).getByRole('listitem')).toHaveCount(2);

  // The project's keys sent gpt-4.1-mini requests this week (the seeded voice project does).
  const preview = card.getByRole('table', { name: 'Keys this would block' });
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('gpt-4.1-mini');
  await expect(preview).not.toContainText('gpt-4o-mini (');

  await card.getByRole('button', { name: 'Save model access' }).click();
  const confirm = page.getByRole('dialog', { name: `Save this allow list for ${VOICE}?` });
  await expect(confirm).toContainText('used a model it blocks in the last 7 days');
  await confirm.getByRole('button', { name: 'Save and block' }).click();
  await expect(page.getByText('Model access saved: an allow list of 2 models.')).toBeVisible();

  const current = card.getByRole('list', { name: 'Allow list models' });
  await expect(current.getByRole('listitem')).toHaveText(['gpt-4o', 'gpt-4o-mini']);
  await page.reload();
  await expect(card.getByText('Only these 2 models are allowed.')).toBeVisible();
  await expect(current.getByRole('listitem')).toHaveText(['gpt-4o', 'gpt-4o-mini']);
});

test('a hosted tool turned off, after a confirm naming the effect, stays off after a reload', async ({ page }) => {
  const id = await projectId(page, DOCS);
  await page.goto(`/projects/${id}/permissions`);
  const tools = page.getByRole('table', { name: 'Hosted tools' });
  const row = tools.getByRole('row').filter({ hasText: 'Code interpreter' });
  await expect(row).toContainText('On');
  await row.getByRole('button', { name: 'Turn off Code interpreter' }).click();
  const confirm = page.getByRole('dialog', { name: `Turn off Code interpreter for ${DOCS}?` });
  await expect(confirm).toContainText('will be refused');
  await confirm.getByRole('button', { name: 'Turn off' }).click();
  await expect(page.getByText('Code interpreter turned off for this project.')).toBeVisible();
  await expect(row.getByText('Off', { exact: true })).toBeVisible();

  await page.reload();
  await expect(row.getByText('Off', { exact: true })).toBeVisible();
  await expect(row.getByRole('button', { name: 'Turn on Code interpreter' })).toBeVisible();
});

test('a viewer sees limits and permissions without any control that changes them', async ({ page, browser }) => {
  const id = await projectId(page, VOICE);
  const viewerPage = await signInAsNewConsoleUser(page, browser, 'viewer');
  await viewerPage.goto(`/projects/${id}/rate-limits`);
  await expect(modelRow(viewerPage, 'gpt-4o')).toBeVisible();
  await expect(viewerPage.getByRole('button', { name: /^Edit limits/ })).toHaveCount(0);
  await expect(viewerPage.getByRole('button', { name: 'Export CSV' })).toBeVisible();

  await viewerPage.goto(`/projects/${id}/permissions?edit=models`);
  await expect(viewerPage.getByRole('table', { name: 'Hosted tools' })).toBeVisible();
  await expect(viewerPage.getByRole('group', { name: 'Current model access' })).toBeVisible();
  for (const name of [/^Change model access/, /^Remove policy/, /^Turn (on|off) /, /^Save/]) {
    await expect(viewerPage.getByRole('button', { name })).toHaveCount(0);
  }
});

test('an archived project shows its limits and permissions read-only', async ({ page, baseURL }) => {
  const headers = { origin: baseURL ?? '' };
  const created = await page.request.post('/api/admin/organization/projects', { data: { name: `Limits archive ${unique()}` }, headers });
  expect(created.ok()).toBe(true);
  const { id } = (await created.json()) as { id: string };
  const archived = await page.request.post(`/api/admin/organization/projects/${id}/archive`, { data: {}, headers });
  expect(archived.ok()).toBe(true);

  await page.goto(`/projects/${id}/rate-limits`);
  await expect(page.getByText('this project is read-only')).toBeVisible();
  await expect(modelRow(page, 'gpt-4o')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Edit limits/ })).toHaveCount(0);
  await page.goto(`/projects/${id}/permissions`);
  await expect(page.getByRole('table', { name: 'Hosted tools' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Current model access' })).toBeVisible();
  for (const name of [/^Change model access/, /^Remove policy/, /^Turn (on|off) /]) {
    await expect(page.getByRole('button', { name })).toHaveCount(0);
  }
});
