import { describe, expect, it } from 'vitest';
import { changeOwnPasswordSchema, fieldErrors, lastAdminProblem, newConsoleUserSchema, resetPasswordSchema } from './console-users';

const admin = { id: 'a', name: 'Ada', role: 'admin', disabled: false };

describe('lastAdminProblem', () => {
  it('refuses to demote or disable the only enabled admin', () => {
    expect(lastAdminProblem(['a'], admin, { role: 'operator' })).toMatch(/Ada is the only console admin left/);
    expect(lastAdminProblem(['a'], admin, { disabled: true })).toMatch(/only console admin/);
  });

  it('allows it when another enabled admin remains', () => {
    expect(lastAdminProblem(['a', 'b'], admin, { role: 'viewer' })).toBeNull();
    expect(lastAdminProblem(['a', 'b'], admin, { disabled: true })).toBeNull();
  });

  it('never blocks changes that keep or add admins, or that concern non-admins', () => {
    expect(lastAdminProblem(['a'], admin, { role: 'admin' })).toBeNull();
    expect(lastAdminProblem(['a'], admin, { disabled: false })).toBeNull();
    const operator = { id: 'o', name: 'Otto', role: 'operator', disabled: false };
    expect(lastAdminProblem(['a'], operator, { disabled: true })).toBeNull();
    expect(lastAdminProblem(['a'], operator, { role: 'viewer' })).toBeNull();
    // A disabled admin is not counted; changing them cannot lose the last enabled one.
    expect(lastAdminProblem(['a'], { ...admin, id: 'd', disabled: true }, { role: 'viewer' })).toBeNull();
  });
});

describe('console user forms', () => {
  it('asks for the password length set-up asks for, and a known role', () => {
    const short = newConsoleUserSchema.safeParse({ name: 'Pat', email: 'PAT@Example.com ', role: 'operator', password: 'short' });
    expect(short.success).toBe(false);
    if (!short.success) expect(fieldErrors(short.error)).toEqual({ password: 'Use at least 12 characters.' });
    const ok = newConsoleUserSchema.parse({ name: ' Pat ', email: 'PAT@Example.com ', role: 'operator', password: 'long enough password' });
    expect(ok).toMatchObject({ name: 'Pat', email: 'pat@example.com' });
    expect(newConsoleUserSchema.safeParse({ name: 'Pat', email: 'pat@example.com', role: 'owner', password: 'long enough password' }).success).toBe(false);
  });

  it('wants the new password twice alike', () => {
    const reset = resetPasswordSchema.safeParse({ userId: 'u1', password: 'a new password 1', confirm: 'a new password 2' });
    expect(reset.success).toBe(false);
    if (!reset.success) expect(fieldErrors(reset.error)).toEqual({ confirm: 'The passwords do not match.' });
  });

  it('wants the current password, and a new one that differs from it', () => {
    const base = { current: 'the old password 1', password: 'the new password 1', confirm: 'the new password 1', signOutOthers: true };
    expect(changeOwnPasswordSchema.safeParse(base).success).toBe(true);
    const same = changeOwnPasswordSchema.safeParse({ ...base, password: base.current, confirm: base.current });
    expect(same.success).toBe(false);
    if (!same.success) expect(fieldErrors(same.error)).toEqual({ password: 'Choose a password different from the current one.' });
    const empty = changeOwnPasswordSchema.safeParse({ ...base, current: '' });
    if (!empty.success) expect(fieldErrors(empty.error).current).toBe('Enter your current password.');
    expect(empty.success).toBe(false);
  });
});
