import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, OWNER, signedOutPage, test, unique } from './fixtures';

// The password dialog of the fresh-sign-in rule (FRESH_SIGN_IN_MINUTES). The e2e server runs with
// the default window, and the owner signed in minutes ago, so the server would let these deletions
// through: the first DELETE is answered here with the server's own refusal (403 reauth_required)
// instead. That the server refuses a stale sign-in is proven for real by Vitest
// (lib/server/auth/fresh-sign-in.test.ts) and by the security suite, which ages a session row.
// The password check and the repeated DELETE below are the real ones.

const REFUSAL = 'To delete a certificate, confirm your password: you signed in more than 10 minutes ago. Nothing was changed.';
/** A CA certificate of this test's own (the sandbox refuses one uploaded twice), made with Debian's openssl. */
const newCertificate = (name: string) =>
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', '/dev/null', '-subj', `/CN=${name}`, '-days', '3650', '-addext', 'basicConstraints=critical,CA:TRUE'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });

async function uploadCertificate(page: Page, baseURL: string | undefined, name: string) {
  const created = await page.request.post('/api/admin/organization/certificates', { data: { certificate: newCertificate(name), name }, headers: { origin: baseURL ?? '' } });
  expect(created.ok(), await created.text()).toBe(true);
  return ((await created.json()) as { id: string }).id;
}

/** Answers the certificate's DELETE with a stale-sign-in refusal `times` times, then lets it through; counts what reached the server. */
async function refuseDeletes(page: Page, id: string, times: number) {
  const sent = { refused: 0, passed: 0 };
  await page.route(`**/api/admin/organization/certificates/${id}`, async (route) => {
    if (route.request().method() !== 'DELETE') return route.continue();
    if (sent.refused < times) {
      sent.refused += 1;
      return route.fulfill({ status: 403, contentType: 'application/json', body: JSON.stringify({ error: { code: 'reauth_required', message: REFUSAL, param: null } }) });
    }
    sent.passed += 1;
    return route.continue();
  });
  return sent;
}

async function askToDelete(page: Page, name: string) {
  await page.goto(`/certificates?q=${encodeURIComponent(name)}`);
  await page.getByRole('button', { name: `Delete ${name}` }).click();
  const confirm = page.getByRole('dialog', { name: `Delete “${name}”?` });
  await confirm.getByRole('button', { name: 'Delete certificate' }).click();
  return confirm;
}

test('a deletion refused for an old sign-in asks for the password, keeps the person’s place, then is made once', async ({ page, baseURL }) => {
  const name = `E2E reauth ${unique()}`;
  const id = await uploadCertificate(page, baseURL, name);
  const sent = await refuseDeletes(page, id, 1);
  const confirm = await askToDelete(page, name);

  const reauth = page.getByRole('dialog', { name: 'Confirm your password' });
  await expect(reauth).toContainText(REFUSAL);
  // The confirm step stays open underneath, waiting.
  await expect(confirm.getByRole('button', { name: 'Delete certificate' })).toBeDisabled();

  await reauth.getByLabel('Your password').fill('not the owner password');
  await reauth.getByRole('button', { name: 'Confirm and continue' }).click();
  await expect(reauth.getByRole('alert')).toHaveText('That password is not correct.');
  expect(sent).toEqual({ refused: 1, passed: 0 });

  await reauth.getByLabel('Your password').fill(OWNER.password);
  await reauth.getByRole('button', { name: 'Confirm and continue' }).click();
  await expect(reauth).toBeHidden();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: name })).toHaveCount(0);
  expect(sent).toEqual({ refused: 1, passed: 1 });
});

test('cancelling the password dialog leaves the thing in place and says why', async ({ page, baseURL }) => {
  const name = `E2E reauth cancel ${unique()}`;
  const id = await uploadCertificate(page, baseURL, name);
  const sent = await refuseDeletes(page, id, 1);
  const confirm = await askToDelete(page, name);

  const reauth = page.getByRole('dialog', { name: 'Confirm your password' });
  await reauth.getByRole('button', { name: 'Cancel' }).click();
  await expect(reauth).toBeHidden();
  await expect(confirm.getByRole('alert')).toHaveText(REFUSAL);
  expect(sent).toEqual({ refused: 1, passed: 0 });

  // Clean up: asked again, the deletion goes through (the route no longer refuses).
  await confirm.getByRole('button', { name: 'Delete certificate' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: name })).toHaveCount(0);
});

test('the sign-in page says why a session ended by time, and nothing for an unknown reason', async ({ browser }) => {
  const page = await signedOutPage(browser);
  await page.goto('/sign-in?ended=idle');
  await expect(page.getByRole('status')).toHaveText('Your session ended after 60 minutes without activity. Sign in again.');
  await page.goto('/sign-in?ended=lifetime');
  await expect(page.getByRole('status')).toHaveText('Your session ended 12 hours after you signed in; sessions last at most that long. Sign in again.');
  await page.goto('/sign-in?ended=<script>');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveCount(0);
});
