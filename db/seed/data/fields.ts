import type { SeedField } from "../types";

/** Procedure fields (lĩnh vực) used by the demo procedures, roughly grouped by owning sector. */
export const fields: SeedField[] = [
  // Kế hoạch và Đầu tư
  { slug: "thanh-lap-va-hoat-dong-doanh-nghiep", name_vi: "Thành lập và hoạt động doanh nghiệp", name_en: "Enterprise establishment and operation" },
  { slug: "dang-ky-kinh-doanh-ho", name_vi: "Thành lập và hoạt động của hộ kinh doanh", name_en: "Household business establishment and operation" },
  { slug: "dau-tu-tai-viet-nam", name_vi: "Đầu tư tại Việt Nam", name_en: "Investment in Vietnam" },
  // Tài chính
  { slug: "tai-chinh-ngan-sach", name_vi: "Tài chính – ngân sách và tài sản công", name_en: "Public finance, budget and public assets" },
  // Tư pháp
  { slug: "ho-tich", name_vi: "Hộ tịch", name_en: "Civil status registration" },
  { slug: "chung-thuc", name_vi: "Chứng thực", name_en: "Certification" },
  { slug: "ly-lich-tu-phap", name_vi: "Lý lịch tư pháp", name_en: "Criminal records" },
  { slug: "bo-tro-tu-phap", name_vi: "Bổ trợ tư pháp", name_en: "Judicial support services" },
  // Tài nguyên và Môi trường
  { slug: "dat-dai", name_vi: "Đất đai", name_en: "Land" },
  { slug: "moi-truong", name_vi: "Môi trường", name_en: "Environment" },
  { slug: "tai-nguyen-nuoc", name_vi: "Tài nguyên nước", name_en: "Water resources" },
  // Xây dựng, Giao thông
  { slug: "xay-dung", name_vi: "Hoạt động xây dựng và nhà ở", name_en: "Construction and housing" },
  { slug: "giao-thong-duong-bo", name_vi: "Đường bộ", name_en: "Road transport" },
  // Thông tin và Truyền thông
  { slug: "bao-chi", name_vi: "Báo chí", name_en: "Press" },
  { slug: "xuat-ban-in-va-phat-hanh", name_vi: "Xuất bản, in và phát hành", name_en: "Publishing, printing and distribution" },
  { slug: "buu-chinh", name_vi: "Bưu chính", name_en: "Postal services" },
  { slug: "vien-thong-va-internet", name_vi: "Viễn thông, Internet và thông tin điện tử", name_en: "Telecommunications, the Internet and online information" },
  // Lao động – Thương binh và Xã hội
  { slug: "lao-dong-viec-lam", name_vi: "Lao động, việc làm và giáo dục nghề nghiệp", name_en: "Labour, employment and vocational education" },
  { slug: "nguoi-co-cong", name_vi: "Người có công", name_en: "People with meritorious services" },
  { slug: "bao-tro-xa-hoi", name_vi: "Bảo trợ xã hội", name_en: "Social protection" },
  // Giáo dục, Y tế
  { slug: "giao-duc-dao-tao", name_vi: "Giáo dục và đào tạo", name_en: "Education and training" },
  { slug: "kham-chua-benh", name_vi: "Khám bệnh, chữa bệnh", name_en: "Medical examination and treatment" },
  { slug: "duoc-pham", name_vi: "Dược phẩm", name_en: "Pharmaceuticals" },
  { slug: "an-toan-thuc-pham", name_vi: "An toàn thực phẩm", name_en: "Food safety" },
  // Công Thương
  { slug: "luu-thong-hang-hoa", name_vi: "Thương mại, lưu thông hàng hóa", name_en: "Trade and distribution of goods" },
  { slug: "dien", name_vi: "Điện", name_en: "Electricity" },
  { slug: "hoa-chat", name_vi: "Hóa chất", name_en: "Chemicals" },
  // Nông nghiệp và Phát triển nông thôn
  { slug: "trong-trot-va-bao-ve-thuc-vat", name_vi: "Trồng trọt và bảo vệ thực vật", name_en: "Crop production and plant protection" },
  { slug: "chan-nuoi-thu-y", name_vi: "Chăn nuôi và thú y", name_en: "Livestock and veterinary services" },
  { slug: "lam-nghiep", name_vi: "Lâm nghiệp", name_en: "Forestry" },
  // Văn hóa, Thể thao và Du lịch
  { slug: "van-hoa", name_vi: "Văn hóa", name_en: "Culture" },
  { slug: "du-lich", name_vi: "Du lịch", name_en: "Tourism" },
  { slug: "the-duc-the-thao", name_vi: "Thể dục, thể thao", name_en: "Physical education and sports" },
  // Khoa học và Công nghệ
  { slug: "khoa-hoc-cong-nghe", name_vi: "Khoa học, công nghệ và an toàn bức xạ", name_en: "Science, technology and radiation safety" },
  // Nội vụ
  { slug: "to-chuc-phi-chinh-phu", name_vi: "Tổ chức phi chính phủ (hội, quỹ)", name_en: "Associations and foundations" },
  { slug: "thi-dua-khen-thuong", name_vi: "Thi đua, khen thưởng", name_en: "Emulation and commendation" },
  { slug: "ton-giao", name_vi: "Tín ngưỡng, tôn giáo", name_en: "Belief and religion" },
  // Ngoại vụ, Thanh tra, Văn phòng
  { slug: "ngoai-vu", name_vi: "Ngoại vụ", name_en: "Foreign affairs" },
  { slug: "khieu-nai-to-cao", name_vi: "Tiếp công dân, giải quyết khiếu nại, tố cáo", name_en: "Citizen reception, complaints and denunciations" },
  { slug: "kiem-soat-thu-tuc-hanh-chinh", name_vi: "Kiểm soát thủ tục hành chính", name_en: "Administrative procedure control" },
];
