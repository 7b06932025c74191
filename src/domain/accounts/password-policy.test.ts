import { describe, it, expect } from 'vitest';
import { COMMON_PASSWORDS, isCommonPassword } from './common-passwords';
import { checkPassword } from './password-policy';

const officer = { login: 'nguyenvana', fullName: 'Nguyễn Văn An' };

describe('checkPassword', () => {
  it('accepts a long passphrase unrelated to the user', () => {
    expect(checkPassword('hoa sen nở trên hồ Tây', officer)).toEqual([]);
  });

  it('rejects a password shorter than 8 characters', () => {
    expect(checkPassword('Xk9#pq', officer)).toEqual(['Mật khẩu phải có ít nhất 8 ký tự.']);
  });

  it('counts a Vietnamese letter as one character, however it is encoded', () => {
    expect(checkPassword('đường hồ'.normalize('NFD'), officer)).toEqual([]);
  });

  it('rejects a password longer than 128 characters', () => {
    expect(checkPassword('x'.repeat(129), officer)).toEqual([
      'Mật khẩu không được dài quá 128 ký tự.',
    ]);
    expect(checkPassword('x'.repeat(128), officer)).toEqual([]);
  });

  it.each([
    'password',
    '12345678',
    'Qwerty123',
    'Aa123456',
    'MATKHAU123',
    'vietnam123',
    'anhyeuem',
    '123456aA@',
  ])('rejects the common password %j whatever its case', (password) => {
    expect(checkPassword(password, officer)).toContain(
      'Mật khẩu này quá phổ biến, rất dễ bị đoán. Hãy chọn mật khẩu khác.',
    );
  });

  it('rejects a password that contains the login, ignoring case', () => {
    expect(checkPassword('NguyenVanA@2024', officer)).toContain(
      'Mật khẩu không được trùng với hoặc chứa tên đăng nhập.',
    );
  });

  it('does not forbid a login shorter than 4 characters inside a password', () => {
    expect(checkPassword('khanh-hoa-bien-xanh', { login: 'an' })).toEqual([]);
  });

  it('rejects a password equal to a short login as well as too short', () => {
    expect(checkPassword('abc', { login: 'ABC' })).toHaveLength(2);
  });

  it('rejects a password that contains the full name without accents or spaces', () => {
    expect(checkPassword('nguyenvanan1990', { login: 'an.nv', fullName: 'Nguyễn Văn An' })).toEqual(
      ['Mật khẩu không được chứa họ và tên của bạn.'],
    );
  });

  it('reports every problem at once', () => {
    expect(checkPassword('admin', { login: 'admin' })).toHaveLength(3);
  });
});

describe('COMMON_PASSWORDS', () => {
  it('holds about 150 distinct lower-case entries', () => {
    expect(COMMON_PASSWORDS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(COMMON_PASSWORDS).size).toBe(COMMON_PASSWORDS.length);
    expect(COMMON_PASSWORDS.every((password) => password === password.toLowerCase())).toBe(true);
  });

  it('does not flag an uncommon password', () => {
    expect(isCommonPassword('tram-chim-tam-nong')).toBe(false);
  });
});
