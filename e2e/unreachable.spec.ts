import { expect, signIn, test } from './fixtures';
import { REAL_ADMIN } from './servers';

test('when the organization cannot be reached, the pages say so and why', async ({ page }) => {
  await signIn(page, REAL_ADMIN.email, REAL_ADMIN.password);
  await expect(page).toHaveURL(/:\d+\/$/);
  await page.goto('/projects');
  await expect(page.getByText('The projects could not be loaded')).toBeVisible();
  await expect(page.getByText(/The organization cannot be reached: no connection to 127\.0\.0\.1:9/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();

  await page.goto('/settings');
  await expect(page.getByText('Not reachable')).toBeVisible();
  await expect(page.getByText(/cannot be reached/)).toBeVisible();
});
