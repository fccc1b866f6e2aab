import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, injectFault, signedOutPage, signInAsNewConsoleUser, test, unique } from './fixtures';

// The console journal (/audit-logs/journal). Changes are made by a console user this file adds,
// on a project this file creates, so the journal filtered to that person holds only them.

const entryRow = (page: Page, text: string) => page.getByRole('table', { name: 'Console journal' }).getByRole('row').filter({ hasText: text });

test('changes are listed with who made them, what OpenAI answered and whether its audit log shows them; failures need a look', async ({ page, browser }) => {
  const operator = await signInAsNewConsoleUser(page, browser, 'operator');
  const { email } = operator.person;
  const name = `Journal ${unique()}`;

  // A change that succeeds.
  await operator.goto('/projects');
  await operator.getByRole('button', { name: 'Create project' }).first().click();
  const create = operator.getByRole('dialog', { name: 'Create project' });
  await create.getByLabel('Project name').fill(name);
  await create.getByRole('button', { name: 'Create project' }).click();
  await expect(create).toBeHidden();
  const href = (await operator.getByRole('link', { name, exact: true }).getAttribute('href')) ?? '';
  const projectId = decodeURIComponent(href.split('/').pop() ?? '');
  expect(projectId).toMatch(/^proj_/);

  // A change that OpenAI answers with a 500: sent; the proxy re-reads the project, which kept its
  // name, so the journal records it as failed (not applied).
  await injectFault(operator, `500;path=/organization/projects/${projectId};method=POST;times=1:1`);
  await operator.getByRole('row').filter({ hasText: name }).getByRole('button', { name: `Rename ${name}` }).click();
  const rename = operator.getByRole('dialog', { name: `Rename ${name}` });
  await rename.getByLabel('Project name').fill(`${name} v2`);
  await rename.getByRole('button', { name: 'Save name' }).click();
  await expect(rename.getByRole('alert')).toContainText('(500)');
  await operator.keyboard.press('Escape');

  await operator.goto(`/audit-logs/journal?user=${encodeURIComponent(email)}`);
  await expect(operator.getByText('every change made through this console')).toBeVisible();
  const created = entryRow(operator, 'Create a project');
  const renamed = entryRow(operator, 'Update a project');
  await expect(created).toContainText(email);
  await expect(created).toContainText(name);
  await expect(created).toContainText('succeeded');
  await expect(created.getByText('event found')).toBeVisible();
  await expect(renamed).toContainText('failed');
  await expect(renamed).not.toContainText('outcome unknown');

  // "Needs a look" keeps the failed change, with its error, and drops the one that worked.
  await operator.getByRole('button', { name: 'Needs a look' }).click();
  await expect(operator).toHaveURL(/status=attention/);
  await expect(operator.getByText(/looked for among the changes of the last 7 days/)).toBeVisible();
  await expect(created).toHaveCount(0);
  await expect(renamed).toContainText('answered with an error (500)');

  // The details panel: the whole entry, what was asked, and no way to change it.
  await renamed.getByRole('button', { name: 'Update a project' }).click();
  await expect(operator).toHaveURL(/entry=\d+/);
  const panel = operator.getByRole('dialog', { name: 'Update a project' });
  await expect(panel.getByRole('region', { name: 'Request summary' })).toContainText(`"name": "${name} v2"`);
  await expect(panel).toContainText(`POST /organization/projects/${projectId}`);
  await expect(panel).toContainText('cannot be edited or deleted');
  await expect(panel.getByRole('button', { name: /edit|delete|remove/i })).toHaveCount(0);
  await operator.reload();
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Close details' }).click();
  await expect(operator).not.toHaveURL(/entry=/);

  // The CSV holds every entry the filters select.
  await operator.getByRole('button', { name: 'All changes' }).click();
  await expect(created).toBeVisible();
  const download = operator.waitForEvent('download');
  await operator.getByRole('button', { name: 'Export CSV' }).click();
  const lines = readFileSync((await (await download).path()) ?? '', 'utf8').trim().split('\r\n');
  expect(lines[0]).toContain('Time (UTC),Console user,Role,Change,Operation,Method,Path,Target ids');
  expect(lines).toHaveLength(3);
  expect(lines[1]).toContain(`${email},operator,Update a project,projects.update,POST,/organization/projects/${projectId}`);
  expect(lines[1]).toContain('failed,502');
  expect(lines[2]).toContain(`${email},operator,Create a project,projects.create`);
  expect(lines[2]).toContain('event found');
  await expect(operator.getByText('Exported 2 entries.')).toBeVisible();
});

test('a viewer reads the journal with no control that changes anything; bad filters are refused', async ({ page, browser }) => {
  const viewer = await signInAsNewConsoleUser(page, browser, 'viewer');
  await viewer.goto('/audit-logs/journal?family=console');
  await expect(viewer.getByRole('link', { name: 'Console journal' })).toHaveAttribute('aria-current', 'page');
  // The owner added this viewer: a console-only change, which OpenAI's audit log never shows.
  const added = entryRow(viewer, viewer.person.name);
  await expect(added).toContainText('Add a console user');
  await expect(added).toContainText('no upstream event expected');
  await expect(viewer.getByRole('button', { name: /edit|delete|remove|rename|archive|revoke/i })).toHaveCount(0);
  await added.getByRole('button', { name: 'Add a console user' }).click();
  await expect(viewer.getByRole('dialog', { name: 'Add a console user' })).toContainText('cannot be edited or deleted');

  const bad = await viewer.request.get('/api/journal?outcome=maybe');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatchObject({ param: 'outcome', message: expect.stringContaining('must be one of') });
  expect((await viewer.request.get('/api/journal/export?since=yesterday')).status()).toBe(400);
  expect((await viewer.request.delete('/api/journal')).status()).toBe(405);
  const stranger = await signedOutPage(browser);
  expect((await stranger.request.get(new URL('/api/journal', viewer.url()).toString())).status()).toBe(401);
});

test('a shared link with dates the wrong way round says so in the page’s words and offers to clear the filters', async ({ page }) => {
  await page.goto('/audit-logs/journal?from=2026-03-10&to=2026-03-01');
  const alert = page.getByRole('alert').filter({ hasText: 'The journal could not be loaded' });
  await expect(alert).toContainText('To: must be the same day as From or later');
  await expect(alert.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await alert.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/audit-logs\/journal$/);
  await expect(page.getByRole('alert').filter({ hasText: 'The journal could not be loaded' })).toHaveCount(0);
});
