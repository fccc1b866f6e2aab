import { test as base, expect, type Browser, type Locator, type Page } from '@playwright/test';
import { SANDBOX_KEY } from './servers';

/** The owner the first-owner spec creates; every other spec starts signed in as this person. */
export const OWNER = { name: 'Olivia Owner', email: 'owner@example.com', password: 'correct horse battery staple' };

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A page in a fresh browser context: no cookies, nobody signed in. */
export async function signedOutPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return context.newPage();
}

/** A short unique suffix so parallel specs never collide on names. */
export const unique = () => Math.random().toString(36).slice(2, 8);

export const test = base;
export { expect };

/**
 * Makes the sandbox fail requests matching `fault` (the shares syntax, e.g.
 * `503;path=/organization/invites;method=POST;times=1:1`). Added to the faults already set, so
 * specs running in parallel each aim at their own path without undoing another's.
 */
export async function injectFault(page: Page, fault: string) {
  const response = await page.request.post('/sandbox/control/faults', {
    headers: { authorization: `Bearer ${SANDBOX_KEY}` },
    data: { add: fault },
  });
  expect(response.ok(), await response.text()).toBe(true);
}

/**
 * A new console user with this role, added by the owner (`page`) through Settings, then signed
 * in on a page of its own. Returns that page and the person.
 */
export async function signInAsNewConsoleUser(page: Page, browser: Browser, role: 'viewer' | 'operator' | 'admin') {
  const person = { name: `${role} ${unique()}`, email: `${role}-${unique()}@example.com`, password: `${role} password 123` };
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Add console user' }).click();
  const form = page.getByRole('form', { name: 'Add console user' });
  await form.getByLabel('Name', { exact: true }).fill(person.name);
  await form.getByLabel('Email').fill(person.email);
  await form.getByLabel('Role').selectOption(role);
  await form.getByLabel('First password').fill(person.password);
  await form.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByRole('row').filter({ hasText: person.email })).toContainText(role);
  const other = await signedOutPage(browser);
  await signIn(other, person.email, person.password);
  await expect(other).toHaveURL(/:\d+\/$/);
  return Object.assign(other, { person });
}

/**
 * Ticks a checkbox whose state lives in the URL: the page re-renders it once the address has
 * changed, a moment after the click, so wait for that instead of expecting it at once (`check()`).
 */
export async function tickUrlCheckbox(checkbox: Locator) {
  await checkbox.click();
  await expect(checkbox).toBeChecked();
}
