import { foldVietnamese } from '../shared/fold-vietnamese';
import { isCommonPassword } from './common-passwords';

/** Độ dài tối thiểu của mật khẩu, in characters (length, not composition, is what resists guessing). */
export const PASSWORD_MIN_LENGTH = 8;

/** Độ dài tối đa của mật khẩu, in characters (bounds hashing cost). */
export const PASSWORD_MAX_LENGTH = 128;

/** Below this many characters a login or name is too short to forbid inside a password. */
const MIN_CONTEXT_LENGTH = 4;

/**
 * Kiểm tra mật khẩu: the Vietnamese problems that make a password unacceptable (empty when it
 * is fine): too short or long, one of the commonest passwords, or containing the login or the
 * user's full name, all compared ignoring case (and accents for the name).
 */
export function checkPassword(
  password: string,
  context: { login: string; fullName?: string },
): string[] {
  const problems: string[] = [];
  const length = [...password.normalize('NFC')].length;
  if (length < PASSWORD_MIN_LENGTH) {
    problems.push(`Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`);
  }
  if (length > PASSWORD_MAX_LENGTH) {
    problems.push(`Mật khẩu không được dài quá ${PASSWORD_MAX_LENGTH} ký tự.`);
  }
  if (isCommonPassword(password)) {
    problems.push('Mật khẩu này quá phổ biến, rất dễ bị đoán. Hãy chọn mật khẩu khác.');
  }
  if (containsLogin(password, context.login)) {
    problems.push('Mật khẩu không được trùng với hoặc chứa tên đăng nhập.');
  }
  if (context.fullName !== undefined && containsFullName(password, context.fullName)) {
    problems.push('Mật khẩu không được chứa họ và tên của bạn.');
  }
  return problems;
}

function containsLogin(password: string, login: string): boolean {
  const loweredLogin = login.trim().toLowerCase();
  const loweredPassword = password.toLowerCase();
  if (loweredLogin === '') return false;
  if (loweredPassword === loweredLogin) return true;
  return loweredLogin.length >= MIN_CONTEXT_LENGTH && loweredPassword.includes(loweredLogin);
}

/** "Nguyễn Văn An" is caught as "nguyenvanan" anywhere in the password, spaces and accents ignored. */
function containsFullName(password: string, fullName: string): boolean {
  const name = foldVietnamese(fullName).replace(/ /g, '');
  return (
    name.length >= MIN_CONTEXT_LENGTH && foldVietnamese(password).replace(/ /g, '').includes(name)
  );
}
