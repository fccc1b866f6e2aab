import type { Browser, Page } from '@playwright/test';
import { expect, injectFault, test, unique, signInAsNewConsoleUser } from './fixtures';

function row(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByText(name, { exact: true }) });
}

/** Picks a person in the open add-members dialog's user picker. */
async function pick(page: Page, name: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'People to add' }).fill(name);
  await dialog.getByRole('option', { name: new RegExp(name) }).click();
  await expect(dialog.getByRole('list', { name: 'People to add: picked' })).toContainText(name);
  // Leave the search, as a person does before pressing Add: its suggestions close.
  await dialog.getByRole('combobox', { name: 'People to add' }).press('Tab');
  await expect(dialog.getByRole('listbox')).toBeHidden();
}

/** Fails the next POST to this group's members (and only that one) in the sandbox upstream. */
async function failNextMemberAdd(page: Page, groupId: string) {
  await injectFault(page, `503;path=/organization/groups/${groupId}/users;method=POST;times=1:1`);
}

test('create a group, add two people, assign a role, rename it and delete it', async ({ page }) => {
  const name = `Field Robotics ${unique()}`;
  const renamed = `${name} (EMEA)`;
  await page.goto('/groups');
  await page.getByRole('button', { name: 'Create group' }).first().click();
  const create = page.getByRole('dialog', { name: 'Create group' });
  await create.getByLabel('Group name').fill(name);
  await create.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByText(`Group “${name}” created.`)).toBeVisible();
  await expect(page).toHaveURL(/\/groups\/group_[^/?]+$/);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('No members yet')).toBeVisible();
  const groupId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');

  // The first add fails upstream: its message is shown, the other person is added anyway.
  await failNextMemberAdd(page, groupId);
  await page.getByRole('button', { name: 'Add members' }).first().click();
  const add = page.getByRole('dialog', { name: `Add members to ${name}` });
  await pick(page, 'Omar Haddad');
  await pick(page, 'Isabella Rossi');
  await add.getByRole('button', { name: 'Add 2 people' }).click();
  const failure = add.getByRole('alert');
  await expect(failure).toContainText('One person was not added');
  await expect(failure).toContainText('Omar Haddad');
  await expect(failure).toContainText('answered with an error (503)');
  await expect(failure).toContainText('request id');
  await expect(row(page, 'Isabella Rossi')).toBeVisible();
  // Omar stays picked: trying again adds him.
  await add.getByRole('button', { name: 'Add member' }).click();
  await expect(add).toBeHidden();
  await expect(row(page, 'Omar Haddad')).toContainText('omar.haddad@northwind-robotics.com');
  await expect(row(page, 'Isabella Rossi')).toContainText('isabella.rossi@northwind-robotics.com');
  await expect(page.getByRole('heading', { name: 'Members (2)' })).toBeVisible();

  const assign = page.getByRole('form', { name: 'Assign an organization role' });
  await assign.getByLabel('Organization role').selectOption({ label: 'Security Auditor' });
  await assign.getByRole('button', { name: 'Assign role' }).click();
  await expect(page.getByText(`Security Auditor assigned to ${name}.`)).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Organization roles of the group' })
      .getByText('Security Auditor', { exact: true }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Rename' }).click();
  const rename = page.getByRole('dialog', { name: `Rename ${name}` });
  await expect(rename.getByLabel('Group name')).toHaveValue(name);
  await rename.getByLabel('Group name').fill(renamed);
  await rename.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();

  await page.goto(`/groups?q=${encodeURIComponent(renamed)}`);
  await expect(row(page, renamed).getByRole('cell').nth(1)).toHaveText('2');
  await row(page, renamed).getByRole('link', { name: renamed }).click();
  await page.getByRole('button', { name: 'Delete group' }).click();
  const confirm = page.getByRole('dialog', { name: `Delete ${renamed}?` });
  await expect(confirm).toContainText('lose the access its role assignments gave them');
  await confirm.getByRole('button', { name: 'Delete group' }).click();
  await expect(page).toHaveURL(/\/groups(\?|$)/);
  await expect(page.getByText(`Group “${renamed}” deleted.`)).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search groups' }).fill(renamed);
  await expect(page.getByText(`No groups match “${renamed}”`)).toBeVisible();
});

test('a SCIM-managed group is marked and its name and members cannot be changed here', async ({
  page,
}) => {
  await page.goto('/groups?q=okta-contractors');
  const scim = row(page, 'okta-contractors');
  await expect(scim.getByText('SCIM', { exact: true })).toBeVisible();
  await expect(scim.getByRole('button', { name: 'Rename okta-contractors' })).toBeDisabled();
  await expect(scim.getByRole('button', { name: 'Delete okta-contractors' })).toBeDisabled();

  await scim.getByRole('link', { name: 'okta-contractors' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'okta-contractors' })).toBeVisible();
  await expect(page.getByText('Managed by your identity provider (SCIM)').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add members' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Rename' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Delete group' })).toBeDisabled();
  await expect(page.getByRole('button', { name: /^Remove / }).first()).toBeDisabled();
  // Role assignments are the organization's own, so they stay available.
  await expect(page.getByRole('form', { name: 'Assign an organization role' })).toBeVisible();
});

test('an unknown group id shows a not-found state inside the console', async ({ page }) => {
  await page.goto('/groups/group_does_not_exist');
  await expect(page.getByText('Group not found')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Console' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to groups' }).click();
  await expect(page).toHaveURL(/\/groups$/);
});

const signInAsNewViewer = (page: Page, browser: Browser) => signInAsNewConsoleUser(page, browser, 'viewer');

test('a viewer sees groups, members and roles without any control that changes them', async ({
  page,
  browser,
}) => {
  const viewer = await signInAsNewViewer(page, browser);
  await viewer.goto('/groups');
  await expect(row(viewer, 'Platform Engineering')).toBeVisible();
  await expect(viewer.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
  await expect(viewer.getByRole('button', { name: 'Create group' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: /^(Rename|Delete) / })).toHaveCount(0);

  await row(viewer, 'Platform Engineering')
    .getByRole('link', { name: 'Platform Engineering' })
    .click();
  await expect(
    viewer.getByRole('heading', { level: 1, name: 'Platform Engineering' }),
  ).toBeVisible();
  await expect(
    viewer.getByRole('table', { name: 'Group members' }).getByRole('row').nth(1),
  ).toBeVisible();
  await expect(
    viewer
      .getByRole('table', { name: 'Organization roles of the group' })
      .getByText('Project Provisioner'),
  ).toBeVisible();
  for (const name of [
    'Rename',
    'Delete group',
    'Add members',
    /^Remove /,
    /^Unassign /,
    'Assign role',
  ])
    await expect(viewer.getByRole('button', { name })).toHaveCount(0);
});
