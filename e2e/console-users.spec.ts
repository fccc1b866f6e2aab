import type { Page } from '@playwright/test';
import { expect, OWNER, signedOutPage, signIn, test, unique } from './fixtures';

interface Person {
  name: string;
  email: string;
  password: string;
}

const person = (label: string): Person => {
  const id = unique();
  return { name: `${label} ${id}`, email: `${label.toLowerCase().replace(/\s+/g, '-')}-${id}@example.com`, password: `first password ${id}` };
};

async function addConsoleUser(page: Page, who: Person, role: 'viewer' | 'operator' | 'admin') {
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Add console user' }).click();
  const form = page.getByRole('form', { name: 'Add console user' });
  await form.getByLabel('Name').fill(who.name);
  await form.getByLabel('Email').fill(who.email);
  await form.getByLabel('Role').selectOption(role);
  await form.getByLabel('First password').fill(who.password);
  await form.getByRole('button', { name: 'Add user' }).click();
  await expect(userRow(page, who)).toBeVisible();
}

function userRow(page: Page, who: Person) {
  return page.getByRole('row').filter({ hasText: who.email });
}

test('an admin changes a console user’s role, revokes their sessions, disables and re-enables them, and resets their password', async ({ page, browser }) => {
  test.setTimeout(60_000);
  const otto = person('Otto Operator');
  await addConsoleUser(page, otto, 'operator');
  const row = userRow(page, otto);
  const role = row.getByRole('combobox', { name: `Role of ${otto.name}` });
  await expect(role).toHaveValue('operator');
  await expect(row.getByText('Active', { exact: true })).toBeVisible();

  const ottoPage = await signedOutPage(browser);
  await signIn(ottoPage, otto.email, otto.password);
  await expect(ottoPage).toHaveURL(/:\d+\/$/);

  // Role: applies to their live session at once.
  await role.selectOption('viewer');
  await expect(page.getByText(`${otto.name} is now viewer.`)).toBeVisible();
  await expect(role).toHaveValue('viewer');
  await ottoPage.goto('/settings');
  await expect(ottoPage.getByRole('region', { name: 'Your account' })).toContainText('viewer');
  await expect(ottoPage.getByRole('region', { name: 'Console users' })).toHaveCount(0);

  // Revoke sessions: their open page goes to sign-in on the next navigation. (The overview's own
  // refetches may already have sent it there, so the step navigates instead of clicking a link.)
  await row.getByRole('button', { name: `Revoke sessions of ${otto.name}` }).click();
  const revoke = page.getByRole('dialog', { name: `Revoke the sessions of ${otto.name}?` });
  await expect(revoke).toContainText('signed out everywhere');
  await revoke.getByRole('button', { name: 'Revoke sessions' }).click();
  await expect(revoke).toBeHidden();
  await expect(page.getByText(`${otto.name} was signed out everywhere.`)).toBeVisible();
  await ottoPage.goto('/projects');
  await expect(ottoPage).toHaveURL(/\/sign-in$/);

  // Disable: the session they had again ends, and they cannot sign in.
  await signIn(ottoPage, otto.email, otto.password);
  await expect(ottoPage).toHaveURL(/:\d+\/$/);
  await row.getByRole('button', { name: `Disable ${otto.name}` }).click();
  const disable = page.getByRole('dialog', { name: `Disable ${otto.name}?` });
  await expect(disable).toContainText('cannot sign in until a console admin enables the account again');
  await disable.getByRole('button', { name: 'Disable account' }).click();
  await expect(disable).toBeHidden();
  await expect(row.getByText('Disabled', { exact: true })).toBeVisible();
  await ottoPage.goto('/settings');
  await expect(ottoPage).toHaveURL(/\/sign-in$/);
  await signIn(ottoPage, otto.email, otto.password);
  await expect(ottoPage.getByText('This account is disabled. Ask a console admin.')).toBeVisible();
  await expect(ottoPage).toHaveURL(/\/sign-in$/);

  // Re-enable: they sign in again.
  await row.getByRole('button', { name: `Enable ${otto.name}` }).click();
  await expect(page.getByText(`${otto.name} can sign in again.`)).toBeVisible();
  await expect(row.getByText('Active', { exact: true })).toBeVisible();
  await signIn(ottoPage, otto.email, otto.password);
  await expect(ottoPage).toHaveURL(/:\d+\/$/);

  // Reset password: the admin sets a new one; their session ends, the old password stops working.
  const newPassword = `reset password ${unique()}`;
  await row.getByRole('button', { name: `Reset password of ${otto.name}` }).click();
  const reset = page.getByRole('dialog', { name: `Reset the password of ${otto.name}` });
  await reset.getByLabel('New password', { exact: true }).fill(newPassword);
  await reset.getByLabel('Repeat the new password').fill('something else entirely');
  await reset.getByRole('button', { name: 'Set password' }).click();
  await expect(reset.getByText('The passwords do not match.')).toBeVisible();
  await reset.getByLabel('New password', { exact: true }).fill(newPassword);
  await reset.getByLabel('Repeat the new password').fill(newPassword);
  await reset.getByRole('button', { name: 'Set password' }).click();
  await expect(reset).toBeHidden();
  await expect(page.getByText(`New password set for ${otto.name}; their sessions were ended.`)).toBeVisible();
  await ottoPage.goto('/settings');
  await expect(ottoPage).toHaveURL(/\/sign-in$/);
  await signIn(ottoPage, otto.email, otto.password);
  await expect(ottoPage.getByText('The email or password is not correct.')).toBeVisible();
  await signIn(ottoPage, otto.email, newPassword);
  await expect(ottoPage).toHaveURL(/:\d+\/$/);
});

test('the admin’s own row offers no disable, revoke or reset, only role and Your account', async ({ page }) => {
  await page.goto('/settings');
  const own = page.getByRole('row').filter({ hasText: OWNER.email });
  await expect(own).toContainText('(you)');
  await expect(own.getByRole('button')).toHaveCount(0);
  await expect(own).toContainText('Manage under Your account');
});

test('a console user changes their own password and signs out their other sessions', async ({ page, browser }) => {
  test.setTimeout(60_000);
  const paula = person('Paula Password');
  await addConsoleUser(page, paula, 'viewer');

  const here = await signedOutPage(browser);
  const elsewhere = await signedOutPage(browser);
  await signIn(here, paula.email, paula.password);
  await signIn(elsewhere, paula.email, paula.password);
  await expect(elsewhere).toHaveURL(/:\d+\/$/);

  await here.goto('/settings');
  const account = here.getByRole('region', { name: 'Your account' });
  await expect(account).toContainText('1 other session');
  const form = here.getByRole('form', { name: 'Change your password' });
  const newPassword = `my own password ${unique()}`;
  await form.getByLabel('Current password', { exact: true }).fill('not my password at all');
  await form.getByLabel('New password', { exact: true }).fill(newPassword);
  await form.getByLabel('Repeat the new password').fill(newPassword);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByText('The current password is not correct.')).toBeVisible();

  await form.getByLabel('Current password', { exact: true }).fill(paula.password);
  await form.getByLabel('New password', { exact: true }).fill(newPassword);
  await form.getByLabel('Repeat the new password').fill(newPassword);
  await expect(form.getByLabel('Sign out my other sessions')).toBeChecked();
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(here.getByText('Password changed. Your other sessions were signed out.')).toBeVisible();

  // This session goes on; the other one is over.
  await here.reload();
  await expect(here.getByRole('region', { name: 'Your account' })).toContainText('None: you are signed in only here.');
  await elsewhere.getByRole('link', { name: 'Settings' }).click();
  await expect(elsewhere).toHaveURL(/\/sign-in$/);
  await signIn(elsewhere, paula.email, paula.password);
  await expect(elsewhere.getByText('The email or password is not correct.')).toBeVisible();
  await signIn(elsewhere, paula.email, newPassword);
  await expect(elsewhere).toHaveURL(/:\d+\/$/);

  // Sign out other sessions, without changing the password.
  await here.goto('/settings');
  await here.getByRole('button', { name: 'Sign out other sessions' }).click();
  await expect(here.getByText('Your other sessions were signed out.')).toBeVisible();
  await elsewhere.getByRole('link', { name: 'Settings' }).click();
  await expect(elsewhere).toHaveURL(/\/sign-in$/);
});
