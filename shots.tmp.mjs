import { chromium } from '@playwright/test';
const [base, prefix, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
await page.goto(`${base}/setup`);
if (page.url().includes('/setup')) {
  await page.getByLabel('Name').fill('Olivia Owner');
  await page.getByLabel('Email').fill('owner@example.com');
  await page.getByLabel('Password', { exact: true }).fill('correct horse battery staple');
  const confirm = page.getByLabel(/Confirm|Repeat/);
  if (await confirm.count()) await confirm.fill('correct horse battery staple');
  await page.getByRole('button').filter({ hasText: /Create/ }).click();
  await page.waitForURL(/projects/);
} else {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('Email').fill('owner@example.com');
  await page.getByLabel('Password').fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/projects/);
}
for (const [i, p] of paths.entries()) {
  const t = Date.now();
  await page.goto(`${base}${p}`);
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `/tmp/shots/${prefix}-${i}.png`, fullPage: false });
  console.log(prefix, i, p, Date.now() - t, 'ms');
}
await browser.close();
