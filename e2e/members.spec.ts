import { readFileSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, injectFault, test, signInAsNewConsoleUser } from './fixtures';

// Seeded people this spec may change (see the issue-4 brief): nobody else.
const KENJI = 'kenji.watanabe@northwind-robotics.com';
const LUCAS = 'lucas.silva@northwind-robotics.com';
const AMARA = 'amara.nwosu@northwind-robotics.com';

interface DirectoryMember {
  id: string;
  name: string;
  projects: { name: string }[] | null;
}

/** One seeded person from the directory, memberships included. */
async function directoryMember(
  request: APIRequestContext,
  email: string,
): Promise<DirectoryMember> {
  const response = await request.get(
    `/api/directory/members?q=${encodeURIComponent(email)}&memberships=wait`,
  );
  expect(response.ok()).toBe(true);
  const member = ((await response.json()).data as DirectoryMember[])[0];
  if (!member) throw new Error(`${email} is not in the organization`);
  return member;
}

const row = (page: Page, email: string) => page.getByRole('row').filter({ hasText: email });

async function search(page: Page, text: string) {
  await page.getByRole('searchbox', { name: 'Search members' }).fill(text);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(text).replace(/\./g, '\\.')}`));
}

test('lists members with tabs, finds a seeded user by search and filters by role', async ({
  page,
}) => {
  await page.goto('/members');
  const tabs = page.getByRole('navigation', { name: 'Members sections' });
  await expect(tabs.getByRole('link', { name: 'Members' })).toHaveAttribute('aria-current', 'page');
  await expect(tabs.getByRole('link', { name: 'Invites' })).toHaveAttribute(
    'href',
    '/members/invites',
  );
  await expect(page.getByRole('table', { name: 'Organization members' })).toBeVisible();
  await expect(page.getByText(/^\d[\d,]*–\d[\d,]* of \d[\d,]*$/)).toBeVisible();

  await search(page, 'watanabe');
  await expect(row(page, KENJI)).toBeVisible();
  await expect(
    row(page, KENJI).getByRole('button', { name: 'Kenji Watanabe', exact: true }),
  ).toBeVisible();
  await expect(page.getByText('1–1 of 1')).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search members' }).fill('');
  await expect(page).not.toHaveURL(/q=/);
  await page
    .getByRole('group', { name: 'Organization role' })
    .getByRole('button', { name: /^Owners/ })
    .click();
  await expect(page).toHaveURL(/role=owner/);
  await expect(row(page, 'ava.thompson@northwind-robotics.com')).toBeVisible();
  await expect(row(page, 'marcus.chen@northwind-robotics.com')).toHaveCount(0);

  // The export holds what the filter selects: owners only, with memberships.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync((await (await download).path()) ?? '', 'utf8');
  expect(csv.split('\r\n')[0]).toBe(
    'Name,Email,Organization role,Added,Projects,Groups,SCIM managed,User id',
  );
  expect(csv).toContain('ava.thompson@northwind-robotics.com,owner,');
  expect(csv).not.toContain('marcus.chen@');

  await page.getByRole('columnheader', { name: 'Added' }).getByRole('button').click();
  await expect(page).toHaveURL(/sort=added_at/);
  await expect(page.getByRole('columnheader', { name: 'Added' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
});

test('change Kenji Watanabe’s organization role and see it, also after a reload', async ({
  page,
}) => {
  await page.goto('/members');
  await search(page, 'watanabe');
  const select = row(page, KENJI).getByRole('combobox', {
    name: 'Organization role of Kenji Watanabe',
  });
  await expect(select).toHaveValue('reader');

  await select.selectOption('owner');
  const dialog = page.getByRole('dialog', { name: 'Make Kenji Watanabe an owner?' });
  await expect(dialog).toContainText('Owners control the whole organization');
  await dialog.getByRole('button', { name: 'Change role' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Kenji Watanabe is now an owner.')).toBeVisible();
  await expect(select).toHaveValue('owner');

  await page.reload();
  await expect(
    row(page, KENJI).getByRole('combobox', { name: 'Organization role of Kenji Watanabe' }),
  ).toHaveValue('owner');

  // And back, through the same dialog.
  await row(page, KENJI)
    .getByRole('combobox', { name: 'Organization role of Kenji Watanabe' })
    .selectOption('reader');
  await page
    .getByRole('dialog', { name: 'Make Kenji Watanabe a reader?' })
    .getByRole('button', { name: 'Change role' })
    .click();
  await expect(
    row(page, KENJI).getByRole('combobox', { name: 'Organization role of Kenji Watanabe' }),
  ).toHaveValue('reader');
});

test('remove Lucas Silva after a confirm dialog that names his projects', async ({ page }) => {
  const lucas = await directoryMember(page.request, LUCAS);
  const projects = (lucas.projects ?? []).map((p) => p.name);
  expect(projects.length).toBeGreaterThan(0);

  await page.goto('/members');
  await search(page, 'lucas.silva');
  await row(page, LUCAS).getByRole('button', { name: 'Remove Lucas Silva' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove Lucas Silva from the organization?' });
  for (const name of projects)
    await expect(dialog.getByRole('list', { name: 'What they lose' })).toContainText(name);
  await dialog.getByRole('button', { name: 'Remove member' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Lucas Silva was removed from the organization.')).toBeVisible();
  await expect(row(page, LUCAS)).toHaveCount(0);
  await expect(page.getByText('No members match')).toBeVisible();

  await page.reload();
  await expect(page.getByText('No members match')).toBeVisible();
});

test('the detail panel shows an upstream failure with its request id, then assigns and unassigns a role on Amara Nwosu', async ({
  page,
}) => {
  const amara = await directoryMember(page.request, AMARA);
  // She holds Security Auditor and Access Administrator from the seed, not Billing Manager.
  // Her role assignments fail three times (the first read and both of the server's retries).
  await injectFault(page, `503;path=/organization/users/${amara.id}/roles;method=GET;times=3:1`);

  await page.goto(`/members?user=${amara.id}`);
  const panel = page.getByRole('dialog', { name: 'Amara Nwosu' });
  await expect(panel).toContainText(AMARA);
  const failure = panel
    .getByRole('alert')
    .filter({ hasText: 'The role assignments could not be loaded' });
  await expect(failure).toContainText('answered with an error (503)');
  await expect(failure).toContainText(/request id \S+/);

  await failure.getByRole('button', { name: 'Try again' }).click();
  const roles = panel.getByRole('region', { name: 'Organization roles' });
  await expect(roles.getByLabel('Role to assign')).toBeEnabled();
  await roles.getByLabel('Role to assign').selectOption({ label: 'Billing Manager' });
  await roles.getByRole('button', { name: 'Assign role' }).click();
  await expect(page.getByText('Billing Manager assigned to Amara Nwosu.')).toBeVisible();
  const list = roles.getByRole('list', { name: 'Organization roles of Amara Nwosu' });
  await expect(list).toContainText('Billing Manager');

  await list.getByRole('button', { name: 'Unassign Billing Manager' }).click();
  const confirm = page.getByRole('dialog', { name: 'Unassign Billing Manager from Amara Nwosu?' });
  await confirm.getByRole('button', { name: 'Unassign role' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText('Billing Manager unassigned from Amara Nwosu.')).toBeVisible();
  await expect(roles.getByRole('button', { name: 'Unassign Billing Manager' })).toHaveCount(0);

  await panel.getByRole('button', { name: 'Close details' }).click();
  await expect(page).not.toHaveURL(/user=/);
});

test('a viewer sees members and details but no control that changes them', async ({
  page,
  browser,
}) => {
  const viewerPage = await signInAsNewConsoleUser(page, browser, 'viewer');
  await viewerPage.goto('/members');
  await expect(row(viewerPage, 'ava.thompson@northwind-robotics.com')).toBeVisible();
  await expect(viewerPage.getByRole('combobox', { name: /^Organization role of / })).toHaveCount(0);
  await expect(viewerPage.getByRole('button', { name: /^Remove / })).toHaveCount(0);
  await expect(viewerPage.getByRole('button', { name: 'Export CSV' })).toBeEnabled();

  await row(viewerPage, 'ava.thompson@northwind-robotics.com')
    .getByRole('button', { name: 'Ava Thompson', exact: true })
    .click();
  const panel = viewerPage.getByRole('dialog', { name: 'Ava Thompson' });
  await expect(panel.getByRole('region', { name: 'Organization roles' })).toBeVisible();
  await expect(
    panel
      .getByText('No organization roles assigned.')
      .or(panel.getByRole('list', { name: 'Organization roles of Ava Thompson' })),
  ).toBeVisible();
  await expect(panel.getByLabel('Role to assign')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: /^Unassign / })).toHaveCount(0);
  await viewerPage.context().close();
});
