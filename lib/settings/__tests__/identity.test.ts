import { describe, expect, it } from 'vitest';
import { identityRule, userIdSourceOf } from '../identity';
import { resolveSettings } from '../resolve';
import { defaultSettings } from '../schema';
import { isLocked } from '../settingPaths';

const resolve = (user: unknown, policy: unknown, profileUserId?: string) => resolveSettings(defaultSettings(), user, policy, { profileUserId });

describe('identityRule', () => {
  it.each([
    // [userIdFrom, policy userId, profile account] → value, source, locked
    [undefined, undefined, undefined, undefined, 'manual', false],
    [undefined, 'm.devries', undefined, 'm.devries', 'policy', true],
    [undefined, 'm.devries', 'm.devries@zorg.example', 'm.devries', 'policy', true],
    ['policy', 'm.devries', 'm.devries@zorg.example', 'm.devries', 'policy', true],
    ['policy', undefined, 'm.devries@zorg.example', '', 'policy', true],
    ['profile', 'm.devries', 'm.devries@zorg.example', 'm.devries@zorg.example', 'profile', true],
    ['profile', 'm.devries', '', 'm.devries', 'policy', true],
    ['profile', undefined, '', undefined, 'manual', false],
    ['profile', undefined, undefined, undefined, 'manual', false],
    ['manual', 'm.devries', 'm.devries@zorg.example', undefined, 'manual', false],
  ] as const)('userIdFrom %s, policy %s, profile %s → %s from %s (locked: %s)', (userIdFrom, policyUserId, profileUserId, value, source, locked) => {
    const rule = identityRule({ userIdFrom, policyUserId, profileUserId });
    expect(rule).toMatchObject({ source, locked });
    expect(rule.value).toBe(value);
  });

  it('warns the admin when the switch asks for a policy user id that is not there, or ignores one', () => {
    expect(identityRule({ userIdFrom: 'policy' }).warning).toBe('user-id-missing');
    expect(identityRule({ userIdFrom: 'manual', policyUserId: 'x' }).warning).toBe('user-id-ignored');
    expect(identityRule({ userIdFrom: 'profile', profileUserId: 'a@b' }).warning).toBeUndefined();
  });

  it('records "none" when the effective user id is empty', () => {
    expect(userIdSourceOf({ source: 'manual', locked: false }, '')).toBe('none');
    expect(userIdSourceOf({ source: 'manual', locked: false }, 'zelf')).toBe('manual');
    expect(userIdSourceOf({ value: '', source: 'policy', locked: true }, '')).toBe('none');
  });
});

describe('resolveSettings: the user id and its source', () => {
  it('hand entry where neither policy nor profile gives one', () => {
    const r = resolve({ userId: 'zelf' }, {});
    expect(r.settings.userId).toBe('zelf');
    expect(r.userIdSource).toBe('manual');
    expect(r.sources.userId).toBe('user');
    expect(isLocked(r.locked, 'userId')).toBe(false);
    expect(resolve({}, {}).userIdSource).toBe('none');
  });

  it('per-user policy wins over hand entry and locks it', () => {
    const r = resolve({ userId: 'zelf' }, { userId: 'm.devries' });
    expect(r.settings.userId).toBe('m.devries');
    expect(r.userIdSource).toBe('policy');
    expect(r.sources.userId).toBe('policy');
    expect(isLocked(r.locked, 'userId')).toBe(true);
  });

  it("userIdFrom 'profile' takes the browser profile's account, and falls back to policy, then hand entry", () => {
    const withProfile = resolve({ userId: 'zelf' }, { userIdFrom: 'profile', userId: 'm.devries' }, 'm.devries@zorg.example');
    expect(withProfile.settings.userId).toBe('m.devries@zorg.example');
    expect(withProfile.userIdSource).toBe('profile');
    expect(withProfile.sources.userId).toBe('profile');
    expect(isLocked(withProfile.locked, 'userId')).toBe(true);

    const policyOnly = resolve({ userId: 'zelf' }, { userIdFrom: 'profile', userId: 'm.devries' }, '');
    expect([policyOnly.settings.userId, policyOnly.userIdSource]).toEqual(['m.devries', 'policy']);

    const neither = resolve({ userId: 'zelf' }, { userIdFrom: 'profile' }, '');
    expect([neither.settings.userId, neither.userIdSource]).toEqual(['zelf', 'manual']);
    expect(isLocked(neither.locked, 'userId')).toBe(false);
  });

  it("userIdFrom 'policy' without a policy userId records no user and tells the admin", () => {
    const r = resolve({ userId: 'zelf' }, { userIdFrom: 'policy' });
    expect(r.settings.userId).toBe('');
    expect(r.userIdSource).toBe('none');
    expect(isLocked(r.locked, 'userId')).toBe(true);
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'user-id-missing', path: 'userId' }));
  });

  it("userIdFrom 'manual' ignores a policy userId with a warning", () => {
    const r = resolve({ userId: 'zelf' }, { userIdFrom: 'manual', userId: 'm.devries' });
    expect([r.settings.userId, r.userIdSource]).toEqual(['zelf', 'manual']);
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'user-id-ignored' }));
  });

  it('refuses an unknown userIdFrom and keeps the rest of the policy', () => {
    const r = resolve({}, { userIdFrom: 'ldap', userId: 'm.devries' });
    expect(r.settings.userId).toBe('m.devries');
    expect(r.warnings).toContainEqual(expect.objectContaining({ path: 'userIdFrom', code: 'invalid-value' }));
  });
});
