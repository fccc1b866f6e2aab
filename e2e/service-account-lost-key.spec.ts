import { expect, injectFault, test, unique } from './fixtures';

// The connection drops after the organization created a service account: its first key, sent
// once in that answer, never reached the console. The dialog says so and offers to delete it.

test('a service account whose key was lost on the way is reported, and deleted when the person agrees', async ({ page, baseURL }) => {
  const created = await page.request.post('/api/admin/organization/projects', { data: { name: `Lost key ${unique()}` }, headers: { origin: baseURL ?? '' } });
  expect(created.ok(), await created.text()).toBe(true);
  const { id } = (await created.json()) as { id: string };
  const name = `bot-${unique()}`;

  await page.goto(`/projects/${id}/service-accounts`);
  await expect(page.getByText('No service accounts yet')).toBeVisible();
  await injectFault(page, `reset-after-apply;path=/organization/projects/${id}/service_accounts;method=POST;times=1:1`);
  await page.getByRole('button', { name: 'Create service account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Create service account' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('button', { name: 'Create service account' }).click();

  const lost = page.getByRole('dialog', { name: 'The service account’s key was lost' });
  await expect(lost.getByRole('alert')).toContainText(`The service account ‘${name}’ was created but its key never reached the console; it cannot be shown again.`);
  await expect(lost.getByRole('alert')).toContainText('Delete it and create a new one?');
  await expect(page.getByRole('dialog', { name: 'Copy the service account’s API key' })).toHaveCount(0);
  // The organization holds it.
  const accounts = await page.request.get(`/api/admin/organization/projects/${id}/service_accounts`);
  expect(((await accounts.json()) as { data: { name: string }[] }).data.map((a) => a.name)).toEqual([name]);

  await lost.getByRole('button', { name: `Delete ‘${name}’` }).click();
  await expect(page.getByText(`Service account “${name}” deleted.`)).toBeVisible();
  // Back to the form, to create a new one; the old account is gone.
  await expect(page.getByRole('dialog', { name: 'Create service account' }).getByLabel('Name')).toHaveValue(name);
  await page.getByRole('dialog', { name: 'Create service account' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('No service accounts yet')).toBeVisible();
  await page.reload();
  await expect(page.getByText('No service accounts yet')).toBeVisible();
});
