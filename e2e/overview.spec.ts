import { expect, signInAsNewConsoleUser, test } from './fixtures';

// The overview (/): it only reads. The sandbox seed holds "Fleet telemetry gateway", active for
// the organization and expiring 19 days after the seeding day, and "Partner gateway (2023)",
// expired and active nowhere (the API refuses to activate an expired certificate).

test('the overview lists the seeded certificate expiring within 30 days, linking to the certificates page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('note').filter({ hasText: 'Sandbox organization.' })).toBeVisible();

  const card = page.getByRole('region', { name: 'Needs attention' });
  const certificates = card.getByRole('list', { name: 'Certificates' });
  const fleet = certificates.getByRole('listitem').filter({ hasText: 'Fleet telemetry gateway' });
  await expect(fleet).toContainText(/Expires in \d+ days/);
  await expect(fleet).toContainText('Active for the organization');
  await expect(certificates).not.toContainText('Partner gateway (2023)');
  await expect(card.getByRole('link', { name: 'All certificates' })).toHaveAttribute('href', '/certificates');

  const invites = card.getByRole('region', { name: 'Invites' });
  await expect(invites.getByRole('link', { name: 'Pending invites' })).toHaveAttribute('href', '/members/invites?status=pending');
  await expect(invites).toContainText(/Nothing needs attention|Pending for \d+ days/);

  await fleet.getByRole('link', { name: 'Fleet telemetry gateway' }).click();
  await expect(page).toHaveURL(/\/certificates\?q=Fleet/);
  await expect(page.getByRole('row').filter({ hasText: 'Fleet telemetry gateway' })).toContainText(/Expires in \d+ days/);
});

test('a viewer sees the overview too, with nothing to change', async ({ page, browser }) => {
  const viewer = await signInAsNewConsoleUser(page, browser, 'viewer');
  await viewer.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Overview' }).click();
  await expect(viewer).toHaveURL(/\/$/);
  const card = viewer.getByRole('region', { name: 'Needs attention' });
  await expect(card.getByRole('list', { name: 'Certificates' })).toContainText('Fleet telemetry gateway');
  await expect(card.getByRole('region', { name: 'Invites' })).toContainText(/Nothing needs attention|Pending for \d+ days/);
  await expect(viewer.getByRole('main').getByRole('button')).toHaveCount(0);
});

test('the month and daily cost cards show their figures from one ungrouped costs request', async ({ page }) => {
  const ungrouped: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname === '/api/insights/costs' && !url.searchParams.has('group_by')) ungrouped.push(url.search);
  });
  await page.goto('/');
  const month = page.getByRole('region', { name: 'Spend this month' });
  const daily = page.getByRole('region', { name: 'Daily cost, last 30 days' });
  await expect(month).toContainText('Last month to the same day');
  await expect(month).toContainText(/Forecast for \w+/);
  await expect(daily).toContainText(/a day on average/);
  await expect(daily.getByRole('figure', { name: 'Daily cost, last 30 days' })).toBeVisible();
  expect(ungrouped).toHaveLength(1);
});
