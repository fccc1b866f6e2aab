import { expect, signIn, test, unique } from './fixtures';
import { REAL_ADMIN } from './servers';

test('with OPENAI_ADMIN_KEY the console manages that organization, signed in as the bootstrap admin', async ({ page }) => {
  await signIn(page, REAL_ADMIN.email, REAL_ADMIN.password);
  await expect(page).toHaveURL(/:\d+\/$/);
  await page.goto('/projects');
  await expect(page.getByRole('complementary')).toContainText('Northwind Robotics (live)');
  await expect(page.getByRole('note').filter({ hasText: 'Sandbox organization.' })).toHaveCount(0);
  await expect(page.getByText('Default project', { exact: true })).toBeVisible();

  const name = `Live project ${unique()}`;
  await page.getByRole('button', { name: 'Create project' }).first().click();
  await page.getByRole('dialog').getByLabel('Project name').fill(name);
  await page.getByRole('dialog').getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByText(name, { exact: true })).toBeVisible();

  await page.goto('/settings');
  await expect(page.getByText('Real organization')).toBeVisible();
  await expect(page.getByText('Reachable')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sandbox admin key' })).toHaveCount(0);
  // This server serves no sandbox of its own.
  expect((await page.request.get('/sandbox/v1/organization/projects')).status()).toBe(404);
});
