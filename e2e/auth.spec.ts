import { expect, OWNER, signedOutPage, signIn, test, unique } from './fixtures';

test('a signed-out visit to /projects lands on sign-in', async ({ browser }) => {
  const page = await signedOutPage(browser);
  await page.goto('/projects');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
});

test('signing in opens the console and signing out ends the session', async ({ browser }) => {
  const page = await signedOutPage(browser);
  await signIn(page, OWNER.email, OWNER.password);
  await expect(page).toHaveURL(/:\d+\/$/);
  await expect(page.getByRole('complementary')).toContainText(OWNER.name);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto('/projects');
  await expect(page).toHaveURL(/\/sign-in$/);
  const api = await page.request.get('/api/admin/organization/projects');
  expect(api.status()).toBe(401);
});

test('a wrong password and an unknown account get the same message', async ({ browser }) => {
  const page = await signedOutPage(browser);
  await signIn(page, OWNER.email, 'not the password at all');
  await expect(page.getByText('The email or password is not correct.')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in$/);

  await signIn(page, `nobody-${unique()}@example.com`, 'whatever password');
  await expect(page.getByText('The email or password is not correct.')).toBeVisible();
});

test('repeated failures lock the account for a while', async ({ browser }) => {
  const page = await signedOutPage(browser);
  const email = `target-${unique()}@example.com`;
  for (let attempt = 0; attempt < 5; attempt++) {
    await signIn(page, email, `guess ${attempt}`);
    await expect(page.getByText('The email or password is not correct.')).toBeVisible();
  }
  await signIn(page, email, 'guess 6');
  await expect(page.getByText(/Too many failed sign-ins for this account/)).toBeVisible();
});

test('every page is served with headers that forbid framing and sniffing', async ({ browser }) => {
  const page = await signedOutPage(browser);
  const response = await page.goto('/sign-in');
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  expect(headers['x-powered-by']).toBeUndefined();
  const cookies = await page.context().cookies();
  expect(cookies.filter((c) => c.name.includes('session'))).toEqual([]);
});

test('the session cookie is HttpOnly and SameSite=Strict', async ({ browser }) => {
  const page = await signedOutPage(browser);
  await signIn(page, OWNER.email, OWNER.password);
  await expect(page).toHaveURL(/:\d+\/$/);
  const session = (await page.context().cookies()).find((c) => c.name.includes('session_token'));
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
});
