import type { Page } from '@playwright/test';
import { expect, test, unique, signInAsNewConsoleUser, signedOutPage } from './fixtures';

function row(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByText(name, { exact: true }) });
}

test('lists the sandbox organization’s active and archived projects', async ({ page }) => {
  await page.goto('/projects');
  await expect(row(page, 'Default project')).toBeVisible();
  await expect(row(page, 'Default project').getByText('Active')).toBeVisible();

  await page.getByRole('button', { name: /^Archived/ }).click();
  await expect(page).toHaveURL(/status=archived/);
  const archivedRows = page.getByRole('row').filter({ hasText: 'Archived' });
  await expect(archivedRows.first()).toBeVisible();
  await expect(row(page, 'Default project')).toHaveCount(0);

  await page.getByRole('searchbox', { name: 'Search projects' }).fill('no such project anywhere');
  await expect(page.getByText('No archived projects match “no such project anywhere”')).toBeVisible();
});

test('create, rename and archive a project, each visible at once and after a reload', async ({ page }) => {
  const name = `Checkout ${unique()}`;
  const renamed = `${name} v2`;
  await page.goto('/projects');

  await page.getByRole('button', { name: 'Create project' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create project' });
  await dialog.getByLabel('Project name').fill(name);
  await dialog.getByRole('button', { name: 'Create project' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Project “${name}” created.`)).toBeVisible();
  await expect(row(page, name)).toBeVisible();

  await row(page, name).getByRole('button', { name: `Rename ${name}` }).click();
  const rename = page.getByRole('dialog', { name: `Rename ${name}` });
  await expect(rename.getByLabel('Project name')).toHaveValue(name);
  await rename.getByLabel('Project name').fill(renamed);
  await rename.getByRole('button', { name: 'Save name' }).click();
  await expect(row(page, renamed)).toBeVisible();
  await expect(row(page, name)).toHaveCount(0);

  await row(page, renamed).getByRole('button', { name: `Archive ${renamed}` }).click();
  const confirm = page.getByRole('dialog', { name: `Archive ${renamed}?` });
  await expect(confirm).toContainText('its API keys stop working');
  await confirm.getByRole('button', { name: 'Archive project' }).click();
  await expect(confirm).toBeHidden();
  await expect(row(page, renamed)).toHaveCount(0);

  await page.reload();
  await page.getByRole('button', { name: /^Archived/ }).click();
  await expect(row(page, renamed)).toBeVisible();
  await expect(row(page, renamed).getByText('Archived', { exact: true })).toBeVisible();
});

test('an empty name is refused in the form and nothing is created', async ({ page }) => {
  await page.goto('/projects');
  await page.getByRole('button', { name: 'Create project' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create project' });
  await dialog.getByLabel('Project name').fill('   ');
  await dialog.getByRole('button', { name: 'Create project' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Enter a name.');
  await expect(dialog).toBeVisible();
});

test('the API refuses a change from another origin', async ({ page, baseURL }) => {
  await page.goto('/projects');
  const response = await page.request.post('/api/admin/organization/projects', {
    data: { name: 'Cross-site attempt' },
    headers: { origin: 'https://attacker.example' },
  });
  expect(response.status()).toBe(403);
  expect((await response.json()).error.code).toBe('cross_origin');
  const sameOrigin = await page.request.get('/api/admin/organization/projects?limit=100&include_archived=true', { headers: { origin: baseURL ?? '' } });
  const names = ((await sameOrigin.json()).data as { name: string }[]).map((p) => p.name);
  expect(names).not.toContain('Cross-site attempt');
});

test('a viewer sees no create, rename or archive controls, and the API refuses them', async ({ page, browser, baseURL }) => {
  const viewerPage = await signInAsNewConsoleUser(page, browser, 'viewer');
  await viewerPage.goto('/projects');
  await expect(row(viewerPage, 'Default project')).toBeVisible();
  await expect(viewerPage.getByRole('button', { name: 'Create project' })).toHaveCount(0);
  await expect(viewerPage.getByRole('button', { name: /^Rename / })).toHaveCount(0);
  await expect(viewerPage.getByRole('button', { name: /^Archive / })).toHaveCount(0);

  const headers = { origin: baseURL ?? '' };
  const create = await viewerPage.request.post('/api/admin/organization/projects', { data: { name: 'Viewer project' }, headers });
  expect(create.status()).toBe(403);
  expect((await create.json()).error.message).toContain('viewer');
  const list = await viewerPage.request.get('/api/admin/organization/projects?limit=100');
  const firstId = ((await list.json()).data as { id: string }[])[0]?.id ?? 'proj_missing';
  const archive = await viewerPage.request.post(`/api/admin/organization/projects/${firstId}/archive`, { data: {}, headers });
  expect(archive.status()).toBe(403);
  // Settings does not offer console user management to a viewer.
  await viewerPage.goto('/settings');
  await expect(viewerPage.getByRole('heading', { name: 'Connection' })).toBeVisible();
  await expect(viewerPage.getByRole('button', { name: 'Add console user' })).toHaveCount(0);
});

test('pages and searches over every project on the server, a page at a time', async ({ page }) => {
  // The page asks for 50 at a time; pages of 2 here (the real server answers them) stand in for an
  // organization of hundreds, without adding projects other specs would have to page past.
  const askedLimits: (string | null)[] = [];
  await page.route('**/api/directory/projects?*', (route) => {
    const url = new URL(route.request().url());
    askedLimits.push(url.searchParams.get('limit'));
    url.searchParams.set('limit', '2');
    return route.continue({ url: url.toString() });
  });
  await page.goto('/projects');
  const rows = page.getByRole('row');
  await expect(rows).toHaveCount(3); // the header and the first page
  await expect(page.getByText(/^as of /)).toBeVisible();
  // The seed's oldest project is pages away (newest first).
  await expect(row(page, 'Default project')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show more' }).click();
  await expect(rows).toHaveCount(5);
  await expect(page.getByText(/^4 of \d+$/)).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search projects' }).fill('DEFAULT proj');
  await expect(page).toHaveURL(/q=DEFAULT\+proj/);
  await expect(row(page, 'Default project')).toBeVisible();
  await expect(page.getByText(/^1 of 1$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show more' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Archived/ })).toHaveText(/Archived\s*0/);
  // One page per request, never the Admin API's list followed page after page.
  expect(askedLimits.length).toBeGreaterThan(2);
  expect(askedLimits.every((limit) => limit === '50')).toBe(true);
});

test('the projects list refuses bad input with a sentence, and answers nobody signed out', async ({ page, browser }) => {
  const bad = await page.request.get('/api/directory/projects?status=deleted');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatchObject({ code: 'invalid_request', param: 'status', message: expect.stringContaining('active, archived or all') });
  const signedOut = await signedOutPage(browser);
  try {
    expect((await signedOut.request.get('/api/directory/projects')).status()).toBe(401);
  } finally {
    await signedOut.context().close();
  }
});
