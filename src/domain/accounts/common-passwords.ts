// prettier-ignore
/**
 * Mật khẩu phổ biến: the commonest passwords in leaked-password lists, generic and Vietnamese,
 * lower-cased (they are compared case-insensitively). Short ones stay in the list so the
 * message is right even if the minimum length changes.
 */
export const COMMON_PASSWORDS: readonly string[] = [
  // Generic
  '123456', '1234567', '12345678', '123456789', '1234567890', '0123456789', '987654321',
  '0987654321', '123123123', '12341234', '123412345', '1234512345', '12344321', '11223344',
  '112233445566', '123321123', '147258369', '123654789', '741852963', '159753159', '00000000',
  '11111111', '22222222', '66666666', '88888888', '99999999', '666666666', '888888888',
  '999999999', '1111111111', 'password', 'password1', 'password12', 'password123', 'password!',
  'passw0rd', 'p@ssw0rd', 'p@ssword', 'pa$$word', 'qwerty', 'qwerty12', 'qwerty123',
  'qwerty1234', 'qwertyuiop', 'qwer1234', 'asdfghjkl', 'asdf1234', 'zxcvbnm', 'zxcvbnm123',
  '1qaz2wsx', '1q2w3e4r', '1q2w3e4r5t', 'q1w2e3r4', 'qazwsx123', 'abc123', 'abc12345',
  'abcd1234', 'abcdefgh', 'a1234567', 'a12345678', 'aa123456', 'aa12345678', 'aaaaaaaa',
  'iloveyou', 'iloveyou1', 'admin', 'admin123', 'admin1234', 'admin@123', 'administrator',
  'root1234', 'welcome', 'welcome1', 'welcome123', 'letmein', 'letmein1', 'sunshine',
  'princess', 'football', 'baseball', 'dragon', 'monkey', 'superman', 'batman', 'master',
  'trustno1', 'starwars', 'whatever', 'computer', 'internet', 'changeme', 'default1',
  'secret123', 'test1234', 'testtest', 'guest123', 'user1234', 'login123', 'google123',
  'samsung', 'samsung123', 'iphone123', '123456aa', '123456aa@@',
  // Vietnamese
  'matkhau', 'matkhau1', 'matkhau123', 'matkhau@123', 'matkhaumoi', 'doimatkhau', '123456a@',
  '123456aA@', 'abc@123', 'abc@1234', 'vietnam', 'vietnam1', 'vietnam123',
  'vietnam@123', 'vietnam2024', 'vietnam2025', 'vietnamvodich', 'anhyeuem', 'anhyeuem1',
  'anhyeuem123', 'emyeuanh', 'emyeuanh123', 'yeuem123', 'yeuanh123', 'iloveu', 'hanoi123',
  'hanoi@123', 'saigon123', 'saigon@123', 'hochiminh', 'danang123', 'haiphong123', 'cantho123',
  'dongthap123', 'nguyen123', 'nguyenvan', 'tranvan123', 'lenguyen', 'phamvan123', 'huynh123',
  'ubnd123', 'ubnd@123', 'ubnd2024', 'noivu123', 'noivu@123', 'cchc123', 'cchc@123', 'motcua123',
  'vnpt123', 'vnpt@123', 'viettel123', 'viettel@123', 'thanhcong', 'hanhphuc', 'hanhphuc123',
  'tinhyeu', 'tinhyeu123', 'giadinh', 'giadinh123',
].map((password) => password.toLowerCase());

const COMMON_PASSWORD_SET: ReadonlySet<string> = new Set(COMMON_PASSWORDS);

/** True when the password is one of the commonest passwords, ignoring case. */
export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORD_SET.has(password.toLowerCase());
}
