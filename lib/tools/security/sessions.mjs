// Console sessions the way people get them: signing in through the page, and console users added
// by the admin through Settings (as e2e/fixtures.ts does). Returns cookie headers for plain fetches.
import { chromium } from '@playwright/test';
import { findBrowser } from '../find-browser.mjs';
import { ADMIN } from './server.mjs';

const cookieHeader = (cookies) => cookies.map((c) => `${c.name}=${c.value}`).join('; ');

export async function signIn(context, base, email, password) {
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}/`, { timeout: 30_000 });
  return page;
}

export async function addConsoleUser(page, base, role) {
  const tag = Math.random().toString(36).slice(2, 8);
  const person = { email: `security-${role}-${tag}@example.com`, password: `${role} password ${tag} 123` };
  await page.goto(`${base}/settings`);
  await page.getByRole('button', { name: 'Add console user' }).click();
  const form = page.getByRole('form', { name: 'Add console user' });
  await form.getByLabel('Name', { exact: true }).fill(`Security ${role} ${tag}`);
  await form.getByLabel('Email').fill(person.email);
  await form.getByLabel('Role').selectOption(role);
  await form.getByLabel('First password').fill(person.password);
  await form.getByRole('button', { name: 'Add user' }).click();
  await page.getByRole('row').filter({ hasText: person.email }).waitFor({ timeout: 30_000 });
  return person;
}

/**
 * Signs in the admin, adds a viewer and an operator, and ends one extra admin session by signing
 * it out (its cookie is then a stale one the server no longer holds).
 * Returns { cookieName, admin, viewer, operator, ended } (cookie headers).
 */
export async function makeSessions(base) {
  const browser = await chromium.launch({ executablePath: await findBrowser(), args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
  try {
    const adminContext = await browser.newContext();
    const adminPage = await signIn(adminContext, base, ADMIN.email, ADMIN.password);
    const admin = await adminContext.cookies();
    const people = {};
    for (const role of ['viewer', 'operator']) {
      const person = await addConsoleUser(adminPage, base, role);
      const context = await browser.newContext();
      await signIn(context, base, person.email, person.password);
      people[role] = cookieHeader(await context.cookies());
    }
    const endedContext = await browser.newContext();
    await signIn(endedContext, base, ADMIN.email, ADMIN.password);
    const ended = await endedContext.cookies();
    const endedPage = await endedContext.newPage();
    await endedPage.goto(`${base}/settings`);
    const signOut = endedPage.getByRole('button', { name: 'Sign out', exact: true });
    await signOut.click();
    await endedPage.waitForURL(/\/sign-in/, { timeout: 30_000 });
    const token = admin.find((c) => c.name.includes('session_token'));
    if (!token) throw new Error(`No session cookie after signing in (cookies: ${admin.map((c) => c.name).join(', ')}).`);
    return {
      cookieName: token.name,
      admin: cookieHeader(admin),
      viewer: people.viewer,
      operator: people.operator,
      ended: cookieHeader(ended.filter((c) => c.name.includes('session'))),
    };
  } finally {
    await browser.close();
  }
}
