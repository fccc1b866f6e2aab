import type { Page } from '@playwright/test';
import { expect, injectFault, test, unique, signInAsNewConsoleUser } from './fixtures';

const newAddress = () => `new-${unique()}@example.com`;

function row(page: Page, email: string) {
  return page.getByRole('row').filter({ has: page.getByText(email, { exact: true }) });
}

function item(list: ReturnType<Page['getByRole']>, text: string) {
  return list.getByRole('listitem').filter({ hasText: text });
}

async function openInviteDialog(page: Page) {
  await page.goto('/members/invites');
  await page.getByRole('button', { name: 'Invite people' }).click();
  await expect(page).toHaveURL(/invite=new/);
  return page.getByRole('dialog', { name: 'Invite people' });
}

test.describe('sending invites', () => {
  // Both tests send invites, and the second fails the next one sent: one after the other.
  test.describe.configure({ mode: 'serial' });

  test('invite two people in one paste with an invalid address, see them pending, delete one', async ({
    page,
  }) => {
    const first = newAddress();
    const second = newAddress();
    const dialog = await openInviteDialog(page);
    await expect(
      page
        .getByRole('navigation', { name: 'Members sections' })
        .getByRole('link', { name: 'Invites' }),
    ).toHaveAttribute('aria-current', 'page');

    await dialog
      .getByLabel('Email addresses')
      .fill(`${first}, not-an-email\nNew Person <${second.toUpperCase()}>`);
    await expect(dialog.getByText('3 addresses · 1 invalid')).toBeVisible();
    await dialog.getByRole('combobox', { name: /Projects/ }).fill('Developer');
    await dialog
      .getByRole('listbox', { name: 'Projects' })
      .getByRole('option', { name: 'Developer Copilot' })
      .click();
    await expect(dialog.getByRole('list', { name: 'Projects to join' })).toContainText(
      'Developer Copilot',
    );
    await dialog.getByRole('button', { name: 'Review addresses' }).click();

    // Reported before anything is sent.
    const addresses = dialog.getByRole('list', { name: 'Addresses' });
    await expect(item(addresses, 'not-an-email')).toContainText('Invalid');
    await expect(item(addresses, 'not-an-email')).toContainText('it has no @');
    await expect(item(addresses, first)).toContainText('Will be invited');
    await expect(item(addresses, second)).toContainText('New Person');
    await dialog.getByRole('button', { name: 'Send 2 invites' }).click();

    const outcomes = dialog.getByRole('list', { name: 'Outcomes' });
    await expect(item(outcomes, first)).toContainText('Sent');
    await expect(item(outcomes, second)).toContainText('Sent');
    await expect(item(outcomes, 'not-an-email')).toContainText('Not sent');
    await expect(page.getByText('2 invites sent.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();

    for (const email of [first, second]) {
      await expect(row(page, email)).toContainText('Pending');
      await expect(row(page, email)).toContainText('Developer Copilot');
    }
    await expect(page.getByRole('row').filter({ hasText: 'not-an-email' })).toHaveCount(0);

    await row(page, first)
      .getByRole('button', { name: `Delete the invite for ${first}` })
      .click();
    const confirm = page.getByRole('dialog', { name: `Delete the invite for ${first}?` });
    await expect(confirm).toContainText('stops working');
    await confirm.getByRole('button', { name: 'Delete invite' }).click();
    await expect(confirm).toBeHidden();
    await expect(row(page, first)).toHaveCount(0);

    await page.reload();
    await expect(row(page, second)).toContainText('Pending');
    await expect(row(page, first)).toHaveCount(0);
  });

  test('an upstream failure on one address shows its message there; the others are sent, and it can be sent again', async ({
    page,
  }) => {
    const failing = newAddress();
    const fine = newAddress();
    await injectFault(page, '503;path=/organization/invites;method=POST;times=1:1');

    const dialog = await openInviteDialog(page);
    await dialog.getByLabel('Email addresses').fill(`${failing}\n${fine}`);
    await dialog.getByRole('button', { name: 'Review addresses' }).click();
    await dialog.getByRole('button', { name: 'Send 2 invites' }).click();

    const outcomes = dialog.getByRole('list', { name: 'Outcomes' });
    await expect(item(outcomes, failing)).toContainText('Failed');
    await expect(item(outcomes, failing)).toContainText('answered with an error (503)');
    await expect(item(outcomes, failing)).toContainText(
      `the invite ‘${failing}’ was not created; try again`,
    );
    await expect(item(outcomes, fine)).toContainText('Sent');
    await expect(page.getByText('1 invite sent; 1 address failed.')).toBeVisible();

    await dialog.getByRole('button', { name: 'Try the failed ones again' }).click();
    await expect(dialog.getByLabel('Email addresses')).toHaveValue(failing);
    await dialog.getByRole('button', { name: 'Review addresses' }).click();
    await dialog.getByRole('button', { name: 'Send 1 invite' }).click();
    await expect(item(dialog.getByRole('list', { name: 'Outcomes' }), failing)).toContainText(
      'Sent',
    );
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(row(page, failing)).toContainText('Pending');
    await expect(row(page, fine)).toContainText('Pending');
  });

  test('an invite whose answer was lost after it was created is shown as sent, with what the re-read found', async ({
    page,
  }) => {
    const address = newAddress();
    await injectFault(page, 'reset-after-apply;path=/organization/invites;method=POST;times=1:1');

    const dialog = await openInviteDialog(page);
    await dialog.getByLabel('Email addresses').fill(address);
    await dialog.getByRole('button', { name: 'Review addresses' }).click();
    await dialog.getByRole('button', { name: 'Send 1 invite' }).click();

    const sent = item(dialog.getByRole('list', { name: 'Outcomes' }), address);
    await expect(sent).toContainText('Sent');
    await expect(sent).toContainText(`the invite ‘${address}’ was created`);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(row(page, address)).toContainText('Pending');
  });
});

test('members, pending invitees and duplicates are reported before sending', async ({ page }) => {
  const fresh = newAddress();
  const dialog = await openInviteDialog(page);
  // Olivia Brown joined through an accepted invite; Laura Becker's invite is pending (sandbox seed).
  await dialog
    .getByLabel('Email addresses')
    .fill(
      `olivia.brown@northwind-robotics.com; laura.becker@northwind-robotics.com ${fresh} ${fresh.toUpperCase()}`,
    );
  await dialog.getByRole('button', { name: 'Review addresses' }).click();
  const addresses = dialog.getByRole('list', { name: 'Addresses' });
  await expect(item(addresses, 'olivia.brown')).toContainText('Already a member');
  await expect(item(addresses, 'laura.becker')).toContainText('Already invited');
  await expect(addresses.getByRole('listitem').filter({ hasText: 'Duplicate' })).toContainText(
    'the same address as entry 3',
  );
  await expect(dialog.getByRole('button', { name: 'Send 1 invite' })).toBeEnabled();
  await dialog.getByRole('button', { name: 'Back' }).click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).not.toHaveURL(/invite=new/);
  await expect(row(page, fresh)).toHaveCount(0);
});

test('status filter, search and export stay in the URL and select the same rows', async ({
  page,
}) => {
  await page.goto('/members/invites');
  await page.getByRole('button', { name: /^Expired/ }).click();
  await expect(page).toHaveURL(/status=expired/);
  await expect(row(page, 'helena.krause@northwind-robotics.com')).toContainText('Expired');
  await expect(row(page, 'laura.becker@northwind-robotics.com')).toHaveCount(0);
  // Typed key by key: no key may be lost while the URL catches up.
  await page
    .getByRole('searchbox', { name: 'Search invites' })
    .pressSequentially('brightpixel', { delay: 25 });
  await expect(page.getByRole('searchbox', { name: 'Search invites' })).toHaveValue('brightpixel');
  await expect(page).toHaveURL(/q=brightpixel/);
  await expect(page.getByRole('table', { name: 'Invites' }).getByRole('row')).toHaveCount(2);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  const { readFile } = await import('node:fs/promises');
  const lines = (await readFile(file, 'utf8')).trim().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain('contractor@brightpixel.example,reader,expired');
  expect(lines[1]).toContain('Marketing Content Studio (member)');

  await page.reload();
  await expect(page.getByRole('button', { name: /^Expired/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(row(page, 'contractor@brightpixel.example')).toBeVisible();
});

test('a viewer sees the invites without invite or delete controls, and the API refuses them', async ({
  page,
  browser,
  baseURL,
}) => {
  const viewer = await signInAsNewConsoleUser(page, browser, 'viewer');
  await viewer.goto('/members/invites?invite=new');
  await expect(row(viewer, 'laura.becker@northwind-robotics.com')).toContainText('Pending');
  await expect(viewer.getByRole('button', { name: 'Invite people' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: /^Delete the invite/ })).toHaveCount(0);
  await expect(viewer.getByRole('dialog', { name: 'Invite people' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Export CSV' })).toBeEnabled();

  const refused = await viewer.request.post('/api/admin/organization/invites', {
    data: { email: newAddress(), role: 'reader' },
    headers: { origin: baseURL ?? '' },
  });
  expect(refused.status()).toBe(403);
});

test('an operator may invite readers but not owners, and is told why', async ({
  page,
  browser,
  baseURL,
}) => {
  const operator = await signInAsNewConsoleUser(page, browser, 'operator');
  const dialog = await openInviteDialog(operator);
  await expect(dialog.getByRole('option', { name: /^Owner/ }).first()).toBeDisabled();
  await expect(
    dialog.getByText(
      'takes the admin console role (owners can create admin keys); your role is operator',
    ),
  ).toBeVisible();

  const refused = await operator.request.post('/api/admin/organization/invites', {
    data: { email: newAddress(), role: 'owner' },
    headers: { origin: baseURL ?? '' },
  });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.message).toContain('admin');
});
