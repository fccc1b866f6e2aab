import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, signInAsNewConsoleUser, test, tickUrlCheckbox, unique } from './fixtures';

// The organization's audit log. Makes its own project and group (unique names); everything else is
// read. Other specs write to the log at the same time, so rows are found by name, never by place.

const day = (offsetDays = 0) => {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const shownDay = (offsetDays: number) => {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(d);
};

const events = (page: Page) => page.getByRole('table', { name: 'Audit log events' }).locator('tbody tr');

async function tickTypes(page: Page, labels: string[]) {
  await page.getByText('Event types', { exact: true }).click();
  const menu = page.getByRole('group', { name: 'Event types' });
  for (const label of labels) await tickUrlCheckbox(menu.getByRole('checkbox', { name: label, exact: true }));
  await page.getByRole('heading', { name: 'Audit log' }).click(); // closes the menu
}

async function setDays(page: Page, from: string, to: string) {
  await page.getByLabel('From day').fill(from);
  await page.getByLabel('To day').fill(to);
  await expect(page).toHaveURL(new RegExp(`from=${from}.*to=${to}|to=${to}.*from=${from}`));
}

test('three changes made by an operator show that person, filtered to them, and export as CSV', async ({ page, browser }) => {
  test.slow(); // a new console user, three changes through the pages, then the log
  const operator = await signInAsNewConsoleUser(page, browser, 'operator');
  const project = `Audit project ${unique()}`;
  const renamed = `${project} renamed`;
  const group = `Audit group ${unique()}`;

  await operator.goto('/projects');
  await operator.getByRole('button', { name: 'Create project' }).first().click();
  const create = operator.getByRole('dialog', { name: 'Create project' });
  await create.getByLabel('Project name').fill(project);
  await create.getByRole('button', { name: 'Create project' }).click();
  await operator.getByRole('row').filter({ hasText: project }).getByRole('button', { name: `Rename ${project}` }).click();
  const rename = operator.getByRole('dialog', { name: `Rename ${project}` });
  await rename.getByLabel('Project name').fill(renamed);
  await rename.getByRole('button', { name: 'Save name' }).click();
  await expect(operator.getByRole('row').filter({ hasText: renamed })).toBeVisible();
  await operator.goto('/groups');
  await operator.getByRole('button', { name: 'Create group' }).first().click();
  const createGroup = operator.getByRole('dialog', { name: 'Create group' });
  await createGroup.getByLabel('Group name').fill(group);
  await createGroup.getByRole('button', { name: 'Create group' }).click();
  await expect(operator.getByRole('heading', { name: group })).toBeVisible();

  await operator.goto('/audit-logs');
  await tickTypes(operator, ['Project created', 'Project updated', 'Group created']);
  await setDays(operator, day(), day());
  await expect(operator).toHaveURL(/type=project\.created%2Cproject\.updated%2Cgroup\.created|type=project.created,project.updated,group.created/);

  for (const [event, target] of [['Project created', renamed], ['Project updated', renamed], ['Group created', group]] as const) {
    const row = events(operator).filter({ hasText: event }).filter({ hasText: target });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(operator.person.email);
  }
  // Every row is one of the three types asked for.
  await expect(events(operator).filter({ hasNotText: /Project created|Project updated|Group created/ })).toHaveCount(0);

  await events(operator).filter({ hasText: 'Group created' }).filter({ hasText: group }).getByRole('button', { name: /^Details of/ }).click();
  const panel = operator.getByRole('dialog', { name: 'Group created' });
  await expect(panel.getByRole('region', { name: 'Attribution' })).toContainText(`Made through this console by ${operator.person.email} (operator): create a group`);
  await expect(panel.getByRole('region', { name: 'Payload' })).toContainText(`"group_name": "${group}"`);
  await expect(operator).toHaveURL(/event=audit_log-/);
  await panel.getByRole('button', { name: 'Close details' }).click();

  const download = operator.waitForEvent('download');
  await operator.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.split('\r\n')[0]).toContain('Time (UTC),Event,Event type,Actor');
  const lines = csv.split('\r\n').filter((line) => line.includes(renamed) || line.includes(group));
  expect(lines).toHaveLength(3);
  for (const line of lines) expect(line).toContain(operator.person.email);
  await operator.context().close();
});

test('filters by event type and date range, and pages to older events and back', async ({ page }) => {
  await page.goto('/audit-logs');
  await tickTypes(page, ['Signed in']);
  await setDays(page, day(-3), day(-3));
  await expect(events(page).first()).toBeVisible();
  await expect(events(page).filter({ hasNotText: 'Signed in' })).toHaveCount(0);
  await expect(events(page).filter({ hasNotText: shownDay(-3) })).toHaveCount(0);
  // Events made through the console (today) are outside this range.
  await expect(events(page).filter({ hasText: '@example.com' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/audit-logs$/);
  // The newest events (today) replace the filtered ones.
  await expect(events(page).first()).not.toContainText(shownDay(-3));
  const firstRow = (await events(page).first().textContent()) ?? '';
  await page.getByRole('button', { name: 'Older' }).click();
  await expect(page).toHaveURL(/after=audit_log-/);
  await expect(events(page).first()).not.toHaveText(firstRow);
  await expect(page.getByRole('button', { name: 'Newer' })).toBeEnabled();
  await page.getByRole('button', { name: 'Newer' }).click();
  await expect(page).toHaveURL(/before=audit_log-/);
  await expect(events(page).first()).toHaveText(firstRow);
});

test('a broken cursor in a shared link says what is wrong and leads back to the newest events', async ({ page }) => {
  await page.goto('/audit-logs?after=audit_log-nope');
  const alert = page.getByText('The audit log could not be loaded');
  await expect(alert).toBeVisible();
  await expect(page.getByText(/Invalid 'after'.*request id req_/)).toBeVisible();
  await page.getByRole('button', { name: 'Go to the newest events' }).click();
  await expect(events(page).first()).toBeVisible();
  await expect(page).toHaveURL(/\/audit-logs$/);
});

test('a shared link with a filter the API refuses offers to clear the filters, not to fail again', async ({ page }) => {
  await page.goto('/audit-logs?type=project.exploded');
  const alert = page.getByRole('alert').filter({ hasText: 'The audit log could not be loaded' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  await alert.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(/\/audit-logs$/);
  await expect(events(page).first()).toBeVisible();
});

test('the projects filter reads the projects only when opened, then filters by one', async ({ page }) => {
  const projectReads: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/admin/organization/projects?')) projectReads.push(request.url());
  });
  await page.goto('/audit-logs');
  await expect(events(page).first()).toBeVisible();
  expect(projectReads).toEqual([]); // viewing the log reads no project list
  await page.locator('summary').filter({ hasText: 'Projects' }).click();
  const menu = page.getByRole('group', { name: 'Projects' });
  await tickUrlCheckbox(menu.getByRole('checkbox', { name: 'Default project', exact: true }));
  await expect(page).toHaveURL(/project=proj_/);
  expect(projectReads.length).toBeGreaterThan(0);
});
