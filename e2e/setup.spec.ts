import { expect, OWNER, test } from './fixtures';

test('the first visit offers to create the owner account, which then signs in; set-up closes afterwards', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { name: 'Create the owner account' })).toBeVisible();

  await page.getByLabel('Your name').fill(OWNER.name);
  await page.getByLabel('Email').fill(OWNER.email);
  await page.getByLabel('Password', { exact: true }).fill(OWNER.password);
  await page.getByLabel('Confirm password').fill('something else entirely');
  await page.getByRole('button', { name: 'Create owner account' }).click();
  await expect(page.getByText('The passwords do not match.')).toBeVisible();
  await expect(page).toHaveURL(/\/setup$/);

  await page.getByLabel('Password', { exact: true }).fill(OWNER.password);
  await page.getByLabel('Confirm password').fill(OWNER.password);
  await page.getByRole('button', { name: 'Create owner account' }).click();

  await expect(page).toHaveURL(/:\d+\/$/);
  await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  await expect(page.getByRole('note').filter({ hasText: 'Sandbox organization.' })).toBeVisible();
  await expect(page.getByRole('complementary')).toContainText(OWNER.email);
  await page.context().storageState({ path: 'e2e/.auth/owner.json' });

  // Set-up is closed now, signed in or not.
  const response = await page.request.get('/setup', { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/\/sign-in$/);
});
