/** Messages of the staff area, Vietnamese first; the English record must have every key (the type checks it). */
export const staffVi = {
  "staff.area": "Khu vực cán bộ",
  "staff.nav": "Điều hướng khu vực cán bộ",
  "staff.nav.inbox": "Kiến nghị cần xử lý",
  "staff.nav.public": "Trang công khai",
  "staff.account": "Tài khoản đang đăng nhập",
  "staff.role.admin": "Quản trị viên cấp tỉnh",
  "staff.role.officer": "Cán bộ",
  "staff.logout": "Đăng xuất",

  "staff.login.title": "Đăng nhập cán bộ",
  "staff.login.lead": "Dành cho cán bộ các cơ quan trả lời kiến nghị và cập nhật thông tin công khai.",
  "staff.login.citizen": "Bạn là người dân hoặc doanh nghiệp? Bạn không cần tài khoản để",
  "staff.login.citizenLink": "gửi kiến nghị",
  "staff.login.email": "Email công vụ",
  "staff.login.emailHint": "Địa chỉ email cơ quan cấp cho bạn, ví dụ ten@binhphuoc.gov.vn",
  "staff.login.password": "Mật khẩu",
  "staff.login.submit": "Đăng nhập",
  "staff.login.expired": "Phiên làm việc đã kết thúc vì không có thao tác trong 30 phút. Hãy đăng nhập lại để tiếp tục.",
  "staff.login.help": "Quên mật khẩu hoặc tài khoản bị khóa? Hãy liên hệ quản trị viên của Sở Thông tin và Truyền thông.",
  "staff.login.back": "Quay lại trang đăng nhập",

  "staff.error.email": "Nhập địa chỉ email công vụ của bạn",
  "staff.error.emailFormat": "Nhập địa chỉ email đúng dạng, ví dụ ten@binhphuoc.gov.vn",
  "staff.error.password": "Nhập mật khẩu",
  "staff.error.passwordLong": "Mật khẩu không quá {max} ký tự",
  "staff.error.invalid":
    "Email hoặc mật khẩu không đúng. Hãy kiểm tra lại cả hai và thử lần nữa; sau 5 lần sai, tài khoản bị tạm khóa tối đa 15 phút.",
  "staff.error.rateLimitedTitle": "Quá nhiều lần đăng nhập",
  "staff.error.rateLimited":
    "Đã có quá nhiều lần đăng nhập không thành công. Để bảo vệ tài khoản, hãy thử lại sau {minutes} phút.",
  "staff.error.csrfTitle": "Biểu mẫu đã hết hạn",
  "staff.error.csrf": "Biểu mẫu đã hết hạn hoặc không được gửi từ trang này. Hãy tải lại trang và thử lại.",
} as const;

export const staffEn: Record<keyof typeof staffVi, string> = {
  "staff.area": "Staff area",
  "staff.nav": "Staff navigation",
  "staff.nav.inbox": "Petition inbox",
  "staff.nav.public": "Public site",
  "staff.account": "Signed-in account",
  "staff.role.admin": "Province administrator",
  "staff.role.officer": "Officer",
  "staff.logout": "Sign out",

  "staff.login.title": "Staff sign-in",
  "staff.login.lead": "For agency officers who answer petitions and keep public information up to date.",
  "staff.login.citizen": "Are you a citizen or a business? You do not need an account to",
  "staff.login.citizenLink": "send a petition",
  "staff.login.email": "Work email",
  "staff.login.emailHint": "The email address your agency gave you, like name@binhphuoc.gov.vn",
  "staff.login.password": "Password",
  "staff.login.submit": "Sign in",
  "staff.login.expired": "Your session ended after 30 minutes without activity. Sign in again to continue.",
  "staff.login.help": "Forgot your password or locked out? Contact the administrator at the Department of Information and Communications.",
  "staff.login.back": "Back to sign-in",

  "staff.error.email": "Enter your work email address",
  "staff.error.emailFormat": "Enter an email address in the right format, like name@binhphuoc.gov.vn",
  "staff.error.password": "Enter your password",
  "staff.error.passwordLong": "The password must be at most {max} characters",
  "staff.error.invalid":
    "The email or password is not right. Check both and try again; after 5 wrong attempts the account is locked for up to 15 minutes.",
  "staff.error.rateLimitedTitle": "Too many sign-in attempts",
  "staff.error.rateLimited": "There have been too many unsuccessful sign-in attempts. To protect the account, try again in {minutes} minutes.",
  "staff.error.csrfTitle": "The form has expired",
  "staff.error.csrf": "The form has expired or was not sent from this site. Reload the page and try again.",
};
