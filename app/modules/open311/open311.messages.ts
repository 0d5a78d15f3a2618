import type { Lang } from "../../i18n";

/**
 * The Open311 API's own words (error descriptions, attribute texts, notices), Vietnamese first.
 * They live with the module because only API clients read them; the petition form's messages
 * (what to fix in a field) come from the shared catalogue through petitionFormSchema.
 */
const vi = {
  group: "Kiến nghị, phản ánh",
  serviceDescription: (name: string, days: number) =>
    `Kiến nghị, phản ánh về lĩnh vực “${name}” gửi cơ quan nhà nước của tỉnh. Cơ quan có thẩm quyền trả lời trong ${days} ngày làm việc.`,
  noticeAttribute:
    "Cần họ tên (first_name, last_name) và email của người gửi; số điện thoại không bắt buộc. Thông tin cá nhân chỉ cơ quan xử lý thấy và không bao giờ được công khai.",
  filerType: "Gửi với tư cách công dân hay doanh nghiệp (mặc định: công dân).",
  subject: "Tiêu đề ngắn của kiến nghị (nếu để trống, lấy từ dòng đầu của phần mô tả).",
  agency: "Cơ quan nhận kiến nghị. Nếu không rõ, chọn “Không rõ cơ quan nào”: Văn phòng UBND tỉnh sẽ chuyển đến cơ quan có thẩm quyền.",
  agencyUnsure: "Không rõ cơ quan nào",
  businessName: "Tên doanh nghiệp (bắt buộc khi gửi với tư cách doanh nghiệp).",
  taxCode: "Mã số thuế của doanh nghiệp (bắt buộc khi gửi với tư cách doanh nghiệp).",
  taxCodeType: "10 chữ số, hoặc 10 chữ số - 3 chữ số đối với chi nhánh. Ví dụ 0100109106.",
  filerAddress: "Địa chỉ liên hệ của người gửi (không bắt buộc, không công khai).",
  consent: "Người gửi có đồng ý để câu trả lời được công khai trên cổng (thông tin cá nhân được che) không?",
  yes: "Có",
  no: "Không",
  postNotice: (code: string, days: number, due: string) =>
    `Đã tiếp nhận kiến nghị ${code}. Cơ quan có thẩm quyền trả lời trong ${days} ngày làm việc (hạn ${due}). Thư xác nhận kèm đường dẫn theo dõi đã được gửi đến email của người gửi.`,
  contact: (portal: string, email: string, hotline: string) => [portal, email && `email ${email}`, hotline && `đường dây nóng ${hotline}`].filter(Boolean).join(", "),
  keyService: (email: string) =>
    `Đọc dữ liệu không cần khóa. Để gửi kiến nghị qua API (api_key), liên hệ quản trị cổng${email ? ` qua ${email}` : ""}.`,
  locationHeading: "Thông tin gửi kèm qua Open311",
  location: "Địa điểm",
  coordinates: "Tọa độ (WGS84)",
  addressId: "Mã địa chỉ",
  mediaUrl: "Ảnh, tệp",
  // Errors
  notFound: "Không có tài nguyên này. Xem danh sách tại /open311/discovery.xml.",
  unknownFormat: "Định dạng không hỗ trợ: dùng .xml hoặc .json.",
  methodNotAllowed: (allowed: string) => `Phương thức không được hỗ trợ ở địa chỉ này (dùng ${allowed}).`,
  serviceCodeMissing: "Thiếu service_code: chọn một mã trong services.xml.",
  serviceNotFound: (code: string) => `Không có service_code “${code}”. Xem danh sách tại services.xml.`,
  requestNotFound: (id: string) => `Không có yêu cầu (service_request_id) “${id}”.`,
  tokenNotFound: (token: string) => `Không có token “${token}”.`,
  apiKeyMissing: "Thiếu api_key: gửi kiến nghị qua API cần khóa do quản trị cổng cấp.",
  apiKeyInvalid: "api_key không hợp lệ: không thể gửi kiến nghị.",
  tooMany: (minutes: number) => `Quá nhiều yêu cầu trong thời gian ngắn. Thử lại sau ${minutes} phút.`,
  badBody: "Gửi dữ liệu dạng application/x-www-form-urlencoded (hoặc multipart/form-data).",
  tooLarge: "Dữ liệu gửi lên quá lớn.",
  badDate: (param: string) => `${param} phải là ngày giờ theo W3C, ví dụ 2026-03-02T00:00:00+07:00.`,
  rangeReversed: "end_date phải sau start_date.",
  rangeTooLong: (days: number) => `Khoảng start_date – end_date không được dài quá ${days} ngày.`,
  badStatus: "status chỉ nhận open, closed (cách nhau bởi dấu phẩy).",
  badPage: "page phải là số nguyên từ 1.",
  badPageSize: "page_size phải là số nguyên từ 1.",
  tooManyIds: (max: number) => `Tối đa ${max} service_request_id mỗi lần.`,
  badLatLong: "lat và long phải đi cùng nhau, là số theo WGS84 (lat từ -90 đến 90, long từ -180 đến 180).",
  badMediaUrl: "media_url phải là địa chỉ http hoặc https.",
  bodyTooLong: (max: number) => `description quá dài: tối đa ${max} ký tự.`,
  unavailable: "Hệ thống tạm thời gián đoạn. Thử lại sau ít phút.",
};

export type Open311Messages = typeof vi;

const en: Open311Messages = {
  group: "Petitions and feedback",
  serviceDescription: (name, days) =>
    `Petitions and feedback about “${name}” to the province's government agencies. The competent agency answers within ${days} working days.`,
  noticeAttribute:
    "The filer's name (first_name, last_name) and email are required; a phone number is optional. Personal details are seen only by the agency handling the petition and are never published.",
  filerType: "Filing as a citizen or as a business (default: citizen).",
  subject: "A short title for the petition (left empty, the first line of the description is used).",
  agency: "The agency the petition is for. If unsure, choose “Not sure which agency”: the Provincial People's Committee Office routes it to the competent agency.",
  agencyUnsure: "Not sure which agency",
  businessName: "The business's name (required when filing as a business).",
  taxCode: "The business's tax code (required when filing as a business).",
  taxCodeType: "10 digits, or 10 digits - 3 digits for a branch. For example 0100109106.",
  filerAddress: "The filer's postal address (optional, never published).",
  consent: "Does the filer agree to the answer being published on the portal (with personal details masked)?",
  yes: "Yes",
  no: "No",
  postNotice: (code, days, due) =>
    `Petition ${code} received. The competent agency answers within ${days} working days (by ${due}). A receipt with a tracking link has been sent to the filer's email.`,
  contact: (portal, email, hotline) => [portal, email && `email ${email}`, hotline && `hotline ${hotline}`].filter(Boolean).join(", "),
  keyService: (email) => `Reading needs no key. To file petitions through the API (api_key), contact the portal's administrators${email ? ` at ${email}` : ""}.`,
  locationHeading: "Details sent through Open311",
  location: "Location",
  coordinates: "Coordinates (WGS84)",
  addressId: "Address ID",
  mediaUrl: "Media",
  notFound: "No such resource. See /open311/discovery.xml for what is available.",
  unknownFormat: "Unsupported format: use .xml or .json.",
  methodNotAllowed: (allowed) => `Method not supported at this address (use ${allowed}).`,
  serviceCodeMissing: "service_code was not provided: choose one from services.xml.",
  serviceNotFound: (code) => `service_code “${code}” was not found. See services.xml for the list.`,
  requestNotFound: (id) => `service_request_id “${id}” was not found.`,
  tokenNotFound: (token) => `token “${token}” was not found.`,
  apiKeyMissing: "api_key was not provided: filing petitions through the API needs a key from the portal's administrators.",
  apiKeyInvalid: "Invalid api_key: the petition cannot be filed.",
  tooMany: (minutes) => `Too many requests in a short time. Try again in ${minutes} minutes.`,
  badBody: "Send the fields as application/x-www-form-urlencoded (or multipart/form-data).",
  tooLarge: "The request body is too large.",
  badDate: (param) => `${param} must be a W3C datetime, for example 2026-03-02T00:00:00+07:00.`,
  rangeReversed: "end_date must be after start_date.",
  rangeTooLong: (days) => `start_date and end_date may not span more than ${days} days.`,
  badStatus: "status takes open, closed (comma separated).",
  badPage: "page must be a whole number from 1.",
  badPageSize: "page_size must be a whole number from 1.",
  tooManyIds: (max) => `At most ${max} service_request_id values at a time.`,
  badLatLong: "lat and long go together and must be WGS84 numbers (lat from -90 to 90, long from -180 to 180).",
  badMediaUrl: "media_url must be an http or https address.",
  bodyTooLong: (max) => `description is too long: at most ${max} characters.`,
  unavailable: "The service is briefly unavailable. Try again in a few minutes.",
};

/** The Open311 messages in `lang`. */
export function open311Messages(lang: Lang): Open311Messages {
  return lang === "en" ? en : vi;
}
