/**
 * Vietnamese dictionary, the part the login page needs (app name, common words, errors, language,
 * sign-in and its second step): in the entry bundle. The rest is in signed-in.vi.ts.
 */
import { securityVi } from './security.vi';

/** Từ điển đăng nhập: what is shown before a session is open. */
export const signInVi = {
  security: securityVi,
  app: {
    name: 'parplan',
    tagline: 'Quản lý chỉ số cải cách hành chính',
    loadingSession: 'Đang tải phiên làm việc…',
    sessionFailed: 'Không tải được phiên làm việc',
  },
  common: {
    save: 'Lưu',
    cancel: 'Hủy',
    add: 'Thêm',
    edit: 'Sửa',
    reload: 'Tải lại',
    retry: 'Thử lại',
    actions: 'Thao tác',
    comingSoon: 'Sắp có',
    empty: '—',
    backHome: 'Về trang Tổng quan',
    notFound: 'Không tìm thấy trang này.',
    loading: 'Đang tải…',
    print: 'In',
    printHint: 'In trang này (khổ A4)',
  },
  errors: {
    NETWORK_ERROR: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
    INVALID_RESPONSE: 'Máy chủ trả về dữ liệu không đúng định dạng.',
    UNEXPECTED_RESPONSE: 'Máy chủ gặp sự cố (mã {{status}}). Vui lòng thử lại sau.',
    unknown: 'Đã có lỗi xảy ra.',
  },
  language: {
    label: 'Ngôn ngữ',
    vi: 'VI',
    en: 'EN',
  },
  layout: {
    userMenu: 'Tài khoản',
    changePassword: 'Đổi mật khẩu',
    logout: 'Đăng xuất',
    loggedOut: 'Bạn đã đăng xuất.',
  },
  auth: {
    loginTitle: 'Đăng nhập',
    loginSubtitle: 'Quản lý chỉ số cải cách hành chính',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    usernameRequired: 'Nhập tên đăng nhập.',
    passwordRequired: 'Nhập mật khẩu.',
    changePasswordTitle: 'Đổi mật khẩu',
    currentPassword: 'Mật khẩu hiện tại',
    newPassword: 'Mật khẩu mới',
    confirmPassword: 'Nhập lại mật khẩu mới',
    passwordMismatch: 'Hai mật khẩu mới không khớp.',
    passwordChanged: 'Đã đổi mật khẩu.',
  },
};
