import { generateKeyPairSync } from 'node:crypto';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, signInAsNewConsoleUser, test, tickUrlCheckbox, unique } from './fixtures';

// The organization's certificates page. Mutates only the certificates this file uploads (from
// e2e/fixtures: three self-signed CAs valid for ten years) and a project it creates; seeded
// certificates are only read.
test.describe.configure({ mode: 'default' });

const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);
const row = (page: Page, name: string) => page.getByRole('row').filter({ hasText: name });

async function openUpload(page: Page) {
  await page.goto('/certificates');
  await page.getByRole('button', { name: 'Upload certificate' }).first().click();
  await expect(page).toHaveURL(/upload=1/);
  return page.getByRole('dialog', { name: 'Upload a CA certificate' });
}

test('a private key, a garbage file, two certificates and an expired certificate are refused with their reason', async ({ page }) => {
  const dialog = await openUpload(page);
  const picker = dialog.getByLabel('choose a certificate file');
  const refusal = dialog.getByRole('alert', { name: 'Certificate refused' });

  // A throw-away key made now, so the repository holds no private key.
  const key = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  await picker.setInputFiles({ name: 'private-key.pem', mimeType: 'application/x-pem-file', buffer: Buffer.from(key) });
  await expect(refusal).toContainText('This is a private key, not a certificate');
  await picker.setInputFiles(fixture('garbage.pem'));
  await expect(refusal).toContainText('This is not a PEM certificate');
  await picker.setInputFiles(fixture('expired-ca.pem'));
  await expect(refusal).toContainText('The certificate expired on 2021-01-01');

  const two = `${readFileSync(fixture('test-ca.pem'), 'utf8')}\n${readFileSync(fixture('test-ca-2.pem'), 'utf8')}`;
  await dialog.getByLabel('Or paste the PEM').fill(two);
  await dialog.getByRole('button', { name: 'Check certificate' }).click();
  await expect(refusal).toContainText('The file holds 2 certificates');
  await expect(dialog.getByRole('button', { name: 'Upload certificate' })).toHaveCount(0);
});

test('upload two certificates after seeing their details, activate both, deactivate one, rename and delete', async ({ page }) => {
  const u = unique();
  const first = `E2E CA ${u}`;
  const second = `E2E CA two ${u}`;

  // A file: the server's reading comes first, then the upload.
  let dialog = await openUpload(page);
  await dialog.getByLabel('choose a certificate file').setInputFiles(fixture('test-ca.pem'));
  const details = dialog.getByRole('region', { name: 'Certificate details' });
  await expect(details).toContainText('CN=E2E Test CA');
  await expect(details).toContainText('SHA-256 fingerprint');
  await expect(details).toContainText(/([0-9A-F]{2}:){31}[0-9A-F]{2}/);
  await expect(details).toContainText('Serial number');
  await details.getByLabel('Name').fill(first);
  await details.getByRole('button', { name: 'Upload certificate' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, first)).toContainText('E2E Test CA');
  await expect(row(page, first)).toContainText(/Valid for \d+ days/);

  // Pasted PEM.
  dialog = await openUpload(page);
  await dialog.getByLabel('Or paste the PEM').fill(readFileSync(fixture('test-ca-2.pem'), 'utf8'));
  await dialog.getByRole('button', { name: 'Check certificate' }).click();
  await expect(dialog.getByRole('region', { name: 'Certificate details' })).toContainText('CN=E2E Second CA');
  await dialog.getByLabel('Name').fill(second);
  await dialog.getByRole('button', { name: 'Upload certificate' }).click();
  await expect(dialog).toBeHidden();

  // Search is in the URL and narrows the table to this run's two.
  await page.getByRole('searchbox', { name: 'Search certificates' }).fill(u);
  await expect(page).toHaveURL(new RegExp(`q=${u}`));
  await expect(page.getByRole('table', { name: 'Certificates' }).getByRole('row')).toHaveCount(3);

  // Activate both at once, then deactivate one.
  await tickUrlCheckbox(page.getByRole('checkbox', { name: `Select ${first}` }));
  await tickUrlCheckbox(page.getByRole('checkbox', { name: `Select ${second}` }));
  await expect(page).toHaveURL(/selected=/);
  await page.getByRole('toolbar', { name: 'Selected certificates' }).getByRole('button', { name: 'Activate for organization', exact: true }).click();
  const results = page.getByRole('status', { name: 'Activation results' });
  await expect(results.getByRole('listitem').filter({ hasText: first })).toContainText('Activated');
  await expect(results.getByRole('listitem').filter({ hasText: second })).toContainText('Activated');
  await expect(row(page, first)).toContainText('Active');
  await expect(row(page, second).getByText('Active', { exact: true })).toBeVisible();

  await tickUrlCheckbox(page.getByRole('checkbox', { name: `Select ${second}` }));
  await page.getByRole('button', { name: 'Deactivate for organization', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Deactivation results' })).toContainText('Deactivated');
  await expect(row(page, second).getByText('Inactive', { exact: true })).toBeVisible();
  await expect(row(page, first).getByText('Active', { exact: true })).toBeVisible();

  // Rename the inactive one, then delete it.
  const renamed = `E2E CA renamed ${u}`;
  await page.getByRole('button', { name: `Rename ${second}` }).click();
  const rename = page.getByRole('dialog', { name: `Rename “${second}”` });
  await rename.getByLabel('Name').fill(renamed);
  await rename.getByRole('button', { name: 'Save name' }).click();
  await expect(rename).toBeHidden();
  await expect(row(page, renamed)).toBeVisible();

  await page.getByRole('button', { name: `Delete ${renamed}` }).click();
  const confirm = page.getByRole('dialog', { name: `Delete “${renamed}”?` });
  await confirm.getByRole('button', { name: 'Delete certificate' }).click();
  await expect(confirm).toBeHidden();
  await expect(row(page, renamed)).toHaveCount(0);

  // Clean up: the first one is deactivated, then deleted.
  await tickUrlCheckbox(page.getByRole('checkbox', { name: `Select ${first}` }));
  await page.getByRole('button', { name: 'Deactivate for organization', exact: true }).click();
  await expect(row(page, first).getByText('Inactive', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: `Delete ${first}` }).click();
  await page.getByRole('dialog', { name: `Delete “${first}”?` }).getByRole('button', { name: 'Delete certificate' }).click();
  await expect(row(page, first)).toHaveCount(0);
});

test('a certificate activated in a project shows that project under “Active in projects”, in the filter and in the CSV', async ({ page, baseURL }) => {
  const u = unique();
  const name = `E2E CA projects ${u}`;
  const projectName = `Certificates ${u}`;
  const api = (path: string, data?: object) =>
    page.request.post(`/api/admin/organization${path}`, { data: data ?? {}, headers: { origin: baseURL ?? '' } });
  // A project of this test's own, created through the admin proxy as the pages do.
  const created = await api('/projects', { name: projectName });
  expect(created.ok(), await created.text()).toBe(true);
  const project = (await created.json()) as { id: string };

  const dialog = await openUpload(page);
  await dialog.getByLabel('choose a certificate file').setInputFiles(fixture('test-ca-3.pem'));
  const details = dialog.getByRole('region', { name: 'Certificate details' });
  await expect(details).toContainText('CN=E2E Projects CA');
  await details.getByLabel('Name').fill(name);
  await details.getByRole('button', { name: 'Upload certificate' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, name).getByTitle('Not active in any project')).toBeVisible();
  const certificateId = (await row(page, name).getByText(/^cert_/).textContent()) ?? '';

  // Activated from the project's Certificates tab.
  await page.goto(`/projects/${project.id}/certificates`);
  await tickUrlCheckbox(page.getByRole('checkbox', { name: `Select ${name}` }));
  await page.getByRole('button', { name: 'Activate for project', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Activation results' })).toContainText('Activated');

  // The organization's list names the project, linking to its Certificates tab.
  await page.goto('/certificates');
  await expect(row(page, name).getByRole('link', { name: projectName })).toHaveAttribute('href', `/projects/${project.id}/certificates`);
  await expect(page.getByText(/projects as of/)).toBeVisible();

  // The filter, in the URL: active in a project, then in none.
  await page.getByRole('group', { name: 'Project activations' }).getByRole('button', { name: /^Active in a project/ }).click();
  await expect(page).toHaveURL(/projects=active/);
  await expect(row(page, name)).toBeVisible();
  await expect(row(page, 'Partner gateway (2023)')).toHaveCount(0);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync((await (await download).path()) ?? '', 'utf8');
  expect(csv).toContain('Active in projects');
  expect(csv).toContain(projectName);
  expect(csv).not.toContain('Partner gateway (2023)');
  await page.getByRole('group', { name: 'Project activations' }).getByRole('button', { name: /^In no project/ }).click();
  await expect(page).toHaveURL(/projects=none/);
  await expect(row(page, 'Partner gateway (2023)')).toBeVisible();
  await expect(row(page, name)).toHaveCount(0);

  // Clean up: deactivated, deleted, and the project archived.
  expect(certificateId).toMatch(/^cert_/);
  expect((await api(`/projects/${project.id}/certificates/deactivate`, { certificate_ids: [certificateId] })).ok()).toBe(true);
  const removed = await page.request.delete(`/api/admin/organization/certificates/${certificateId}`, { data: {}, headers: { origin: baseURL ?? '' } });
  expect(removed.ok(), await removed.text()).toBe(true);
  expect((await api(`/projects/${project.id}/archive`)).ok()).toBe(true);
});

test('a viewer sees the certificates without any control that changes them', async ({ page, browser, baseURL }) => {
  const viewer = await signInAsNewConsoleUser(page, browser, 'viewer');
  await viewer.goto('/certificates');
  await expect(row(viewer, 'Northwind Internal Root CA')).toContainText('Northwind Robotics Root CA 2023');
  await expect(row(viewer, 'Partner gateway (2023)')).toContainText(/Expired \d+ days ago/);
  await expect(row(viewer, 'Fleet telemetry gateway')).toContainText(/Expires in \d+ days/);
  await expect(viewer.getByRole('button', { name: 'Upload certificate' })).toHaveCount(0);
  await expect(viewer.getByRole('checkbox')).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: /^(Rename|Delete) / })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Export CSV' })).toBeVisible();
  const inspect = await viewer.request.post('/api/certificates/inspect', { data: { pem: 'x' }, headers: { origin: baseURL ?? '' } });
  expect(inspect.status()).toBe(403);
});
