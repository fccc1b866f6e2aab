import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { APIResponse, Page } from '@playwright/test';
import { expect, signedOutPage, test } from './fixtures';

// Reads only. Every page route comes from the build's own manifest, so new pages are covered
// without editing this file; dynamic segments take the id of a seeded project or group.

const manifest = JSON.parse(readFileSync(path.join(process.cwd(), '.next/server/app-paths-manifest.json'), 'utf8')) as Record<string, string>;
const pageRoutes = Object.keys(manifest)
  .filter((route) => route.endsWith('/page') && !route.split('/').some((part) => part.startsWith('_')))
  .map((route) =>
    route
      .replace(/\/page$/, '')
      .split('/')
      .filter((part) => !/^\(.*\)$/.test(part))
      .join('/') || '/',
  )
  .sort();

const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];
const directive = (csp: string, name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';

function expectSecurityHeaders(response: APIResponse, url: string) {
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, url).toContain("frame-ancestors 'none'");
  expect(csp, url).toContain("base-uri 'self'");
  expect(csp, url).toContain("form-action 'self'");
  expect(csp, url).toContain("object-src 'none'");
  expect(csp, url).toContain("connect-src 'self'");
  expect(directive(csp, 'script-src'), url).not.toContain('unsafe-inline');
  expect(directive(csp, 'script-src'), url).not.toContain('unsafe-eval');
  expect(headers['x-content-type-options'], url).toBe('nosniff');
  expect(headers['x-frame-options'], url).toBe('DENY');
  expect(headers['referrer-policy'], url).toMatch(/^(same-origin|strict-origin|strict-origin-when-cross-origin|no-referrer)$/);
  expect(headers['permissions-policy'], url).toContain('camera=()');
  expect(headers['permissions-policy'], url).toContain('microphone=()');
  expect(headers['permissions-policy'], url).toContain('geolocation=()');
  // Served over plain HTTP on loopback: no HSTS.
  expect(headers['strict-transport-security'], url).toBeUndefined();
  return nonceOf(csp);
}

async function seededIds(page: Page) {
  const read = async (what: string) => {
    const response = await page.request.get(`/api/admin/organization/${what}?limit=1`);
    const body = (await response.json()) as { data?: { id: string }[] };
    return body.data?.[0]?.id ?? 'missing';
  };
  return { projectId: await read('projects'), groupId: await read('groups') };
}

test('every page route answers with the security headers and a fresh CSP nonce on its scripts', async ({ page }) => {
  expect(pageRoutes.length).toBeGreaterThan(10);
  const ids = await seededIds(page);
  const urls = pageRoutes.map((route) => route.replace(/\[(\w+)\]/g, (_, name: string) => ids[name as keyof typeof ids] ?? 'missing'));
  for (const url of urls) {
    const first = await page.request.get(url);
    const second = await page.request.get(url);
    const nonces = [expectSecurityHeaders(first, url), expectSecurityHeaders(second, url)];
    expect(nonces[0], url).toBeTruthy();
    expect(nonces[0], url).not.toBe(nonces[1]);
    // Next puts the nonce on its own scripts, the root layout on the theme script.
    const html = await first.text();
    expect(html, url).toContain(`nonce="${nonces[0]}"`);
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, url).toContain(`nonce="${nonces[0]}"`);
  }
});

test('route handlers, the sandbox, a missing page and static files carry the headers too', async ({ page }) => {
  for (const url of ['/api/journal', '/sandbox/v1/organization/projects', '/no-such-page']) {
    expectSecurityHeaders(await page.request.get(url), url);
  }
  await page.goto('/');
  const script = await page.locator('script[src*="/_next/static/"]').first().getAttribute('src');
  const asset = await page.request.get(script ?? '');
  expect(asset.ok()).toBe(true);
  expect(asset.headers()['x-content-type-options']).toBe('nosniff');
  expect(asset.headers()['x-frame-options']).toBe('DENY');
});

/** Collects CSP violations and CSP console errors seen by this page from now on. */
async function watchViolations(page: Page) {
  const seen: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|CSP violation/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

test('with the CSP enforced, pages work: sign-in, the theme toggle, and the charts on /usage', async ({ browser, page }) => {
  const signedOut = await signedOutPage(browser);
  const signedOutViolations = await watchViolations(signedOut);
  await signedOut.goto('/sign-in');
  await expect(signedOut.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await signedOut.getByLabel('Email').fill('nobody@example.com');
  await signedOut.getByLabel('Password').fill('not the password 1');
  await signedOut.getByRole('button', { name: 'Sign in' }).click();
  await expect(signedOut.locator('form').getByRole('alert')).toBeVisible();
  expect(signedOutViolations).toEqual([]);

  const violations = await watchViolations(page);
  await page.goto('/');
  // The theme script ran before paint (nonce accepted) and the toggle still switches the theme.
  const toggle = page.getByRole('button', { name: /^Theme: / });
  await expect(toggle).toBeVisible();
  for (let i = 0; i < 3 && !(await page.locator('html.dark').count()); i++) await toggle.click();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  for (let i = 0; i < 3 && (await page.locator('html.dark').count()); i++) await toggle.click();
  await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);

  await page.goto('/usage');
  const figure = page.getByRole('region', { name: 'Usage chart' }).getByRole('figure');
  await expect(figure.locator('svg.recharts-surface').first()).toBeVisible();
  const box = await figure.locator('svg.recharts-surface').first().boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(100);
  expect(box?.height ?? 0).toBeGreaterThan(100);
  expect(violations).toEqual([]);
});
