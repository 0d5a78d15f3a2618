import type { SeedAgency, SeedHotline } from "../types";

/**
 * Demo agencies of Bình Phước province (area code 0271, capital Đồng Xoài), following the
 * 2018 organisation plan: 18 departments and department-level bodies, the Economic Zone
 * Authority, the Provincial Public Administration Service Centre and 11 district-level
 * People's Committees. Heads, phone numbers and e-mail addresses are invented for the demo.
 *
 * Hotlines of so-khoa-hoc-va-cong-nghe, so-ngoai-vu and ubnd-huyen-bu-dop were last verified
 * in 2025 on purpose (older than 180 days), so the portal can flag stale hotlines.
 */

const HOURS_VI = "Thứ Hai – Thứ Sáu: 7:00–11:30, 13:30–17:00";
const HOURS_EN = "Monday – Friday: 7:00–11:30, 13:30–17:00";

function hotline(number: string, verified_on: string): SeedHotline {
  return {
    number,
    label_vi: "Đường dây nóng",
    label_en: "Hotline",
    hours_vi: "Thứ Hai – Thứ Sáu, trong giờ hành chính",
    hours_en: "Monday – Friday, office hours",
    verified_on,
  };
}

function hotline24(number: string, verified_on: string): SeedHotline {
  return {
    number,
    label_vi: "Đường dây nóng",
    label_en: "Hotline",
    hours_vi: "24/7, kể cả ngày nghỉ, ngày lễ",
    hours_en: "24/7, including weekends and public holidays",
    verified_on,
  };
}

function oneStopDesk(number: string, verified_on: string): SeedHotline {
  return {
    number,
    label_vi: "Bộ phận một cửa",
    label_en: "One-stop-shop desk",
    hours_vi: "Thứ Hai – Thứ Sáu: 7:00–11:30, 13:30–17:00",
    hours_en: "Monday – Friday: 7:00–11:30, 13:30–17:00",
    verified_on,
  };
}

export const agencies: SeedAgency[] = [
  // ───────────────────────────── Departments ─────────────────────────────
  {
    slug: "so-noi-vu",
    name_vi: "Sở Nội vụ",
    name_en: "Department of Home Affairs",
    kind: "department",
    address: "Số 736, đường Phú Riềng Đỏ, phường Tân Xuân, thành phố Đồng Xoài, tỉnh Bình Phước",
    email: "snv@binhphuoc.gov.vn",
    website: "https://snv.binhphuoc.gov.vn",
    head_name: "Nguyễn Văn Thạnh",
    head_title_vi: "Giám đốc",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Tham mưu cho UBND tỉnh về tổ chức bộ máy, biên chế, cán bộ, công chức, viên chức, chính quyền địa phương, hội, quỹ, văn thư – lưu trữ, tín ngưỡng, tôn giáo và thi đua, khen thưởng.",
    description_en:
      "Advises the Provincial People's Committee on government organisation, staffing, civil servants, local government, associations and foundations, archives, religion, and emulation and commendation.",
    hotlines: [hotline("0271 3879 011", "2026-09-14")],
  },
  {
    slug: "so-tu-phap",
    name_vi: "Sở Tư pháp",
    name_en: "Department of Justice",
    kind: "department",
    address: "Số 758, đường Phú Riềng Đỏ, phường Tân Xuân, thành phố Đồng Xoài, tỉnh Bình Phước",
    email: "stp@binhphuoc.gov.vn",
    website: "https://stp.binhphuoc.gov.vn",
    head_name: "Trần Thị Mỹ Hạnh",
    head_title_vi: "Giám đốc",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Quản lý nhà nước về xây dựng và thi hành pháp luật, hộ tịch, quốc tịch, chứng thực, lý lịch tư pháp, bổ trợ tư pháp, trợ giúp pháp lý, hòa giải ở cơ sở và phổ biến, giáo dục pháp luật.",
    description_en:
      "Responsible for law-making and law enforcement, civil status, nationality, certification, criminal records, judicial support services, legal aid, grassroots mediation and legal education.",
    hotlines: [hotline("0271 3870 264", "2026-10-02"), oneStopDesk("0271 3889 135", "2026-10-02")],
  },
  {
    slug: "so-ke-hoach-va-dau-tu",
    name_vi: "Sở Kế hoạch và Đầu tư",
    name_en: "Department of Planning and Investment",
    short_name_vi: "Sở KH&ĐT",
    kind: "department",
    address: "Số 01, đường Trần Hưng Đạo, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước",
    email: "skhdt@binhphuoc.gov.vn",
    website: "https://skhdt.binhphuoc.gov.vn",
    head_name: "Lê Quang Vinh",
    head_title_vi: "Giám đốc",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Tham mưu về quy hoạch, kế hoạch phát triển kinh tế – xã hội, đầu tư công, đầu tư trong nước và nước ngoài, đăng ký doanh nghiệp, kinh tế tập thể và hợp tác xã.",
    description_en:
      "Advises on socio-economic planning, public investment, domestic and foreign investment, business registration, cooperatives and the collective economy.",
    hotlines: [
      hotline("0271 3879 555", "2026-11-03"),
      oneStopDesk("0271 3886 468", "2026-11-03"),
    ],
  },
  {
    slug: "so-tai-chinh",
    name_vi: "Sở Tài chính",
    name_en: "Department of Finance",
    kind: "department",
    address: "Số 05, đường Trần Hưng Đạo, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước",
    email: "stc@binhphuoc.gov.vn",
    website: "https://stc.binhphuoc.gov.vn",
    head_name: "Phạm Ngọc Tuấn",
    head_title_vi: "Giám đốc",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Quản lý nhà nước về tài chính, ngân sách nhà nước, giá, tài sản công, tài chính doanh nghiệp và các quỹ tài chính nhà nước ngoài ngân sách trên địa bàn tỉnh.",
    description_en:
      "Responsible for public finance, the provincial budget, prices, public assets, enterprise finance and off-budget state funds.",
    hotlines: [hotline("0271 3879 224", "2026-08-21")],
  },
  {
    slug: "so-cong-thuong",
    name_vi: "Sở Công Thương",
    name_en: "Department of Industry and Trade",
    kind: "department",
    address: "Số 02, đường Lê Duẩn, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước",
    email: "sct@binhphuoc.gov.vn",
    website: "https://sct.binhphuoc.gov.vn",
    head_name: "Đỗ Minh Khoa",
    head_title_vi: "Giám đốc",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Quản lý nhà nước về công nghiệp, điện, hóa chất, thương mại, xuất nhập khẩu, xúc tiến thương mại, thị trường trong nước và quản lý cạnh tranh, bảo vệ quyền lợi người tiêu dùng.",
    description_en:
      "Responsible for industry, electricity, chemicals, domestic and foreign trade, trade promotion, competition and consumer protection.",
    hotlines: [hotline("0271 3870 478", "2026-07-16"), { ...hotline("0913 870 478", "2026-07-16"), label_vi: "Đường dây nóng bảo vệ người tiêu dùng", label_en: "Consumer protection hotline" }],
  },
  {
    slug: "so-nong-nghiep-va-phat-trien-nong-thon",
    name_vi: "Sở Nông nghiệp và Phát triển nông thôn",
    name_en: "Department of Agriculture and Rural Development",
    short_name_vi: "Sở NN&PTNT",
    kind: "department",
    address: "Số 666, Quốc lộ 14, phường Tân Bình, thành phố Đồng Xoài, tỉnh Bình Phước",
    email: "snnptnt@binhphuoc.gov.vn",
    website: "https://snnptnt.binhphuoc.gov.vn",
    head_name: "Huỳnh Văn Lợi",
    head_title_vi: "Giám đốc",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Quản lý nhà nước về nông nghiệp, lâm nghiệp, thủy lợi, chăn nuôi, thú y, bảo vệ thực vật, chất lượng nông lâm sản và phát triển nông thôn.",
    description_en:
      "Responsible for agriculture, forestry, irrigation, livestock, veterinary services, plant protection, agro-forestry product quality and rural development.",
    hotlines: [hotline("0271 3881 247", "2026-06-30")],
  },
  {
    slug: "so-giao-thong-van-tai",
    name_vi: "Sở Giao thông vận tải",
    name_en: "Department of Transport",
    short_name_vi: "Sở GTVT",
    kind: "department",
    address: "Số 1010, đường Phú Riềng Đỏ, phường Tân Bình, thành phố Đồng Xoài, tỉnh Bình Phước",
    email: "sgtvt@binhphuoc.gov.vn",
    website: "https://sgtvt.binhphuoc.gov.vn",
    head_name: "Vũ Đình Phong",
    head_title_vi: "Giám đốc",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Quản lý nhà nước về đường bộ, đường thủy nội địa, vận tải và an toàn giao thông; quản lý, bảo trì hệ thống đường tỉnh.",
    description_en:
      "Responsible for roads, inland waterways, transport services and traffic safety, and for maintaining the provincial road network.",
    hotlines: [hotline24("0271 3879 690", "2026-10-19"), hotline24("0913 112 690", "2026-10-19")],
  },
  {
    slug: "so-xay-dung",
    name_vi: "Sở Xây dựng",
    name_en: "Department of Construction",
    kind: "department",
    address: "Số 09, đường Hùng Vương, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước",
    email: "sxd@binhphuoc.gov.vn",
    website: "https://sxd.binhphuoc.gov.vn",
    head_name: "Ngô Thanh Tùng",
    head_title_vi: "Giám đốc",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Quản lý nhà nước về quy hoạch xây dựng, kiến trúc, hoạt động đầu tư xây dựng, phát triển đô thị, hạ tầng kỹ thuật, nhà ở, thị trường bất động sản và vật liệu xây dựng.",
    description_en:
      "Responsible for construction planning, architecture, construction investment, urban development, technical infrastructure, housing, the real estate market and building materials.",
    hotlines: [hotline("0271 3870 305", "2026-09-08")],
  },
  {
    slug: "so-tai-nguyen-va-moi-truong",
    name_vi: "Sở Tài nguyên và Môi trường",
    name_en: "Department of Natural Resources and Environment",
    short_name_vi: "Sở TN&MT",
    kind: "department",
    address: "Số 12, đường Lê Duẩn, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước",
    email: "stnmt@binhphuoc.gov.vn",
    website: "https://stnmt.binhphuoc.gov.vn",
    head_name: "Bùi Thị Thu Hương",
    head_title_vi: "Giám đốc",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Quản lý nhà nước về đất đai, tài nguyên nước, khoáng sản, môi trường, khí tượng thủy văn, biến đổi khí hậu và đo đạc, bản đồ.",
    description_en:
      "Responsible for land, water resources, minerals, the environment, hydro-meteorology, climate change, surveying and mapping.",
    hotlines: [
      { ...hotline24("0271 3881 919", "2026-11-12"), label_vi: "Đường dây nóng môi trường", label_en: "Environmental hotline" },
      oneStopDesk("0271 3860 227", "2026-11-12"),
    ],
  },
  {
    slug: "so-thong-tin-va-truyen-thong",
    name_vi: "Sở Thông tin và Truyền thông",
    name_en: "Department of Information and Communications",
    short_name_vi: "Sở TT&TT",
    kind: "department",
    address: "Số 08, đường Trần Hưng Đạo, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước",
    email: "stttt@binhphuoc.gov.vn",
    website: "https://stttt.binhphuoc.gov.vn",
    head_name: "Phan Thanh Hòa",
    head_title_vi: "Giám đốc",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Quản lý nhà nước về báo chí, xuất bản, in, phát hành, bưu chính, viễn thông, tần số vô tuyến điện, công nghệ thông tin, chuyển đổi số, phát thanh, truyền hình và thông tin điện tử.",
    description_en:
      "Responsible for the press, publishing, printing and distribution, postal services, telecommunications, radio frequencies, information technology, digital transformation, broadcasting and online information.",
    hotlines: [hotline("0271 3887 686", "2026-11-18"), oneStopDesk("0271 3887 688", "2026-11-18")],
  },
  {
    slug: "so-lao-dong-thuong-binh-va-xa-hoi",
    name_vi: "Sở Lao động – Thương binh và Xã hội",
    name_en: "Department of Labour, Invalids and Social Affairs",
    short_name_vi: "Sở LĐ-TB&XH",
    kind: "department",
    address: "Số 02, đường Hùng Vương, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước",
    email: "sldtbxh@binhphuoc.gov.vn",
    website: "https://sldtbxh.binhphuoc.gov.vn",
    head_name: "Đặng Thị Ngọc Lan",
    head_title_vi: "Giám đốc",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Quản lý nhà nước về lao động, việc làm, giáo dục nghề nghiệp, tiền lương, an toàn lao động, người có công, bảo trợ xã hội, trẻ em và phòng, chống tệ nạn xã hội.",
    description_en:
      "Responsible for labour, employment, vocational education, wages, occupational safety, people with meritorious services, social protection, children and the prevention of social evils.",
    hotlines: [hotline("0271 3870 743", "2026-07-27"), { ...hotline24("0913 743 111", "2026-07-27"), label_vi: "Đường dây nóng bảo vệ trẻ em", label_en: "Child protection hotline" }],
  },
  {
    slug: "so-van-hoa-the-thao-va-du-lich",
    name_vi: "Sở Văn hóa, Thể thao và Du lịch",
    name_en: "Department of Culture, Sports and Tourism",
    short_name_vi: "Sở VHTTDL",
    kind: "department",
    address: "Số 15, đường Hùng Vương, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước",
    email: "svhttdl@binhphuoc.gov.vn",
    website: "https://svhttdl.binhphuoc.gov.vn",
    head_name: "Hoàng Văn Thuận",
    head_title_vi: "Giám đốc",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Quản lý nhà nước về văn hóa, gia đình, thể dục, thể thao, du lịch và quảng cáo; bảo tồn, phát huy giá trị di sản văn hóa của đồng bào các dân tộc trong tỉnh.",
    description_en:
      "Responsible for culture, families, physical education and sports, tourism and advertising, and for preserving the cultural heritage of the province's ethnic communities.",
    hotlines: [hotline("0271 3879 385", "2026-08-05"), { ...hotline24("0913 385 789", "2026-08-05"), label_vi: "Đường dây nóng hỗ trợ du khách", label_en: "Tourist assistance hotline" }],
  },
  {
    slug: "so-khoa-hoc-va-cong-nghe",
    name_vi: "Sở Khoa học và Công nghệ",
    name_en: "Department of Science and Technology",
    short_name_vi: "Sở KH&CN",
    kind: "department",
    address: "Số 18, đường Lê Duẩn, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước",
    email: "skhcn@binhphuoc.gov.vn",
    website: "https://skhcn.binhphuoc.gov.vn",
    head_name: "Trương Công Định",
    head_title_vi: "Giám đốc",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Quản lý nhà nước về hoạt động khoa học và công nghệ, phát triển tiềm lực khoa học, sở hữu trí tuệ, tiêu chuẩn, đo lường, chất lượng, an toàn bức xạ và hạt nhân.",
    description_en:
      "Responsible for science and technology, research capacity, intellectual property, standards, metrology and quality, and radiation and nuclear safety.",
    hotlines: [hotline("0271 3886 512", "2025-04-22")],
  },
  {
    slug: "so-giao-duc-va-dao-tao",
    name_vi: "Sở Giáo dục và Đào tạo",
    name_en: "Department of Education and Training",
    short_name_vi: "Sở GD&ĐT",
    kind: "department",
    address: "Số 09, đường Trần Hưng Đạo, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước",
    email: "sgddt@binhphuoc.gov.vn",
    website: "https://sgddt.binhphuoc.gov.vn",
    head_name: "Lương Thị Bích Ngọc",
    head_title_vi: "Giám đốc",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Quản lý nhà nước về giáo dục mầm non, giáo dục phổ thông, giáo dục thường xuyên, văn bằng, chứng chỉ và các cơ sở giáo dục trên địa bàn tỉnh.",
    description_en:
      "Responsible for preschool, general and continuing education, diplomas and certificates, and the educational institutions of the province.",
    hotlines: [hotline("0271 3879 021", "2026-09-29"), oneStopDesk("0271 3870 126", "2026-09-29")],
  },
  {
    slug: "so-y-te",
    name_vi: "Sở Y tế",
    name_en: "Department of Health",
    kind: "department",
    address: "Số 1056, đường Phú Riềng Đỏ, phường Tân Bình, thành phố Đồng Xoài, tỉnh Bình Phước",
    email: "syt@binhphuoc.gov.vn",
    website: "https://syt.binhphuoc.gov.vn",
    head_name: "Nguyễn Hữu Nghĩa",
    head_title_vi: "Giám đốc",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Quản lý nhà nước về y tế dự phòng, khám bệnh, chữa bệnh, phục hồi chức năng, dược, mỹ phẩm, an toàn thực phẩm, trang thiết bị y tế và bảo hiểm y tế.",
    description_en:
      "Responsible for preventive medicine, medical examination and treatment, rehabilitation, pharmaceuticals, cosmetics, food safety, medical equipment and health insurance.",
    hotlines: [hotline24("0271 3870 115", "2026-10-27"), hotline24("0913 115 271", "2026-10-27")],
  },
  {
    slug: "so-ngoai-vu",
    name_vi: "Sở Ngoại vụ",
    name_en: "Department of Foreign Affairs",
    kind: "department",
    address: "Số 27, đường Hùng Vương, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước",
    email: "sngv@binhphuoc.gov.vn",
    website: "https://sngv.binhphuoc.gov.vn",
    head_name: "Lâm Quốc Bảo",
    head_title_vi: "Giám đốc",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Quản lý nhà nước về công tác đối ngoại, biên giới lãnh thổ quốc gia tuyến Việt Nam – Campuchia, người Việt Nam ở nước ngoài, hợp tác quốc tế và hội nghị, hội thảo quốc tế.",
    description_en:
      "Responsible for foreign relations, the Vietnam–Cambodia border, overseas Vietnamese, international cooperation and international conferences.",
    hotlines: [hotline("0271 3888 066", "2025-05-12")],
  },
  {
    slug: "thanh-tra-tinh",
    name_vi: "Thanh tra tỉnh",
    name_en: "Provincial Inspectorate",
    kind: "department",
    address: "Số 03, đường Trần Hưng Đạo, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước",
    email: "thanhtra@binhphuoc.gov.vn",
    website: "https://thanhtra.binhphuoc.gov.vn",
    head_name: "Tô Văn Hiếu",
    head_title_vi: "Chánh Thanh tra",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Tham mưu cho UBND tỉnh về công tác thanh tra, tiếp công dân, giải quyết khiếu nại, tố cáo và phòng, chống tham nhũng, tiêu cực.",
    description_en:
      "Advises the Provincial People's Committee on inspection, citizen reception, complaint and denunciation handling, and anti-corruption.",
    hotlines: [hotline("0271 3879 336", "2026-06-17"), { ...hotline("0271 3889 990", "2026-06-17"), label_vi: "Ban Tiếp công dân tỉnh", label_en: "Provincial citizen reception office" }],
  },
  {
    slug: "van-phong-ubnd-tinh",
    name_vi: "Văn phòng UBND tỉnh",
    name_en: "Office of the Provincial People's Committee",
    short_name_vi: "VP UBND tỉnh",
    kind: "department",
    address: "Số 1, đường Hùng Vương, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước",
    email: "vpubnd@binhphuoc.gov.vn",
    website: "https://vpubnd.binhphuoc.gov.vn",
    head_name: "Châu Ngọc Ánh",
    head_title_vi: "Chánh Văn phòng",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Tham mưu, tổng hợp, phục vụ hoạt động của UBND tỉnh và Chủ tịch UBND tỉnh; kiểm soát thủ tục hành chính, tiếp nhận phản ánh, kiến nghị về quy định hành chính và quản lý Cổng thông tin điện tử tỉnh.",
    description_en:
      "Supports the Provincial People's Committee and its Chairperson; oversees administrative procedure control, handles feedback on administrative regulations and runs the provincial web portal.",
    hotlines: [hotline("0271 3879 101", "2026-11-20")],
  },

  // ───────────────────────── Provincial body ─────────────────────────
  {
    slug: "ban-quan-ly-khu-kinh-te",
    name_vi: "Ban Quản lý Khu kinh tế tỉnh Bình Phước",
    name_en: "Binh Phuoc Economic Zone Authority",
    short_name_vi: "BQL Khu kinh tế",
    kind: "provincial_body",
    address: "Số 676, Quốc lộ 14, phường Tân Bình, thành phố Đồng Xoài, tỉnh Bình Phước",
    email: "bqlkkt@binhphuoc.gov.vn",
    website: "https://bqlkkt.binhphuoc.gov.vn",
    head_name: "Dương Thanh Sang",
    head_title_vi: "Trưởng ban",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Quản lý nhà nước trực tiếp đối với các khu công nghiệp và Khu kinh tế cửa khẩu Hoa Lư; cung ứng dịch vụ hành chính công và hỗ trợ nhà đầu tư trong khu.",
    description_en:
      "Directly manages the province's industrial parks and the Hoa Lu border-gate economic zone, providing administrative services and support to investors there.",
    hotlines: [hotline("0271 3880 077", "2026-08-12"), { ...hotline("0913 880 077", "2026-08-12"), label_vi: "Hỗ trợ nhà đầu tư", label_en: "Investor support line" }],
  },

  // ───────────────────────── Public service unit ─────────────────────────
  {
    slug: "trung-tam-phuc-vu-hanh-chinh-cong",
    name_vi: "Trung tâm Phục vụ hành chính công tỉnh",
    name_en: "Provincial Public Administration Service Centre",
    short_name_vi: "Trung tâm PVHCC",
    kind: "public_service_unit",
    address: "Số 730, đường Phú Riềng Đỏ, phường Tân Xuân, thành phố Đồng Xoài, tỉnh Bình Phước",
    email: "ttpvhcc@binhphuoc.gov.vn",
    website: "https://dichvucong.binhphuoc.gov.vn",
    head_name: "Võ Thị Kim Yến",
    head_title_vi: "Giám đốc",
    office_hours_vi: "Thứ Hai – Thứ Sáu: 7:00–11:30, 13:30–17:00; Thứ Bảy: 7:30–11:30",
    office_hours_en: "Monday – Friday: 7:00–11:30, 13:30–17:00; Saturday: 7:30–11:30",
    description_vi:
      "Đầu mối tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính của các sở, ban, ngành cấp tỉnh theo cơ chế một cửa, một cửa liên thông; hướng dẫn nộp hồ sơ trực tuyến và qua dịch vụ bưu chính công ích.",
    description_en:
      "Single point for submitting and collecting the results of administrative procedures handled by provincial departments (one-stop shop), with help for online and postal submission.",
    hotlines: [
      { ...hotline("0271 3868 686", "2026-11-16"), hours_vi: "Thứ Hai – Thứ Bảy, trong giờ làm việc", hours_en: "Monday – Saturday, opening hours" },
      { ...hotline("0271 3868 688", "2026-11-16"), label_vi: "Tổng đài hỗ trợ dịch vụ công", label_en: "Public service support line" },
    ],
  },

  // ───────────────────────────── Districts ─────────────────────────────
  {
    slug: "ubnd-thanh-pho-dong-xoai",
    name_vi: "UBND thành phố Đồng Xoài",
    name_en: "Dong Xoai City People's Committee",
    kind: "district",
    address: "Số 02, đường Hùng Vương, phường Tân Bình, thành phố Đồng Xoài, tỉnh Bình Phước",
    email: "ubnd.dongxoai@binhphuoc.gov.vn",
    website: "https://dongxoai.binhphuoc.gov.vn",
    head_name: "Trần Quốc Hưng",
    head_title_vi: "Chủ tịch",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Cơ quan hành chính nhà nước của thành phố Đồng Xoài, trung tâm chính trị – hành chính của tỉnh; giải quyết thủ tục hành chính cấp huyện về hộ tịch, đất đai, xây dựng, hộ kinh doanh và an sinh xã hội.",
    description_en:
      "Administration of Dong Xoai, the provincial capital; handles district-level procedures on civil status, land, construction, household businesses and social welfare.",
    hotlines: [hotline("0271 3881 358", "2026-10-08"), oneStopDesk("0271 3881 359", "2026-10-08")],
  },
  {
    slug: "ubnd-thi-xa-phuoc-long",
    name_vi: "UBND thị xã Phước Long",
    name_en: "Phuoc Long Town People's Committee",
    kind: "district",
    address: "Số 168, đường Lê Quý Đôn, phường Long Thủy, thị xã Phước Long, tỉnh Bình Phước",
    email: "ubnd.phuoclong@binhphuoc.gov.vn",
    website: "https://phuoclong.binhphuoc.gov.vn",
    head_name: "Lê Văn Phúc",
    head_title_vi: "Chủ tịch",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Cơ quan hành chính nhà nước của thị xã Phước Long; giải quyết thủ tục hành chính cấp huyện và quản lý khu du lịch núi Bà Rá – hồ Thác Mơ.",
    description_en:
      "Administration of Phuoc Long town; handles district-level procedures and manages the Ba Ra mountain – Thac Mo lake tourist area.",
    hotlines: [hotline("0271 3778 262", "2026-09-22")],
  },
  {
    slug: "ubnd-thi-xa-binh-long",
    name_vi: "UBND thị xã Bình Long",
    name_en: "Binh Long Town People's Committee",
    kind: "district",
    address: "Số 01, đường Nguyễn Huệ, phường An Lộc, thị xã Bình Long, tỉnh Bình Phước",
    email: "ubnd.binhlong@binhphuoc.gov.vn",
    website: "https://binhlong.binhphuoc.gov.vn",
    head_name: "Nguyễn Thị Thanh Xuân",
    head_title_vi: "Chủ tịch",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Cơ quan hành chính nhà nước của thị xã Bình Long; giải quyết thủ tục hành chính cấp huyện về hộ tịch, đất đai, xây dựng, kinh doanh và chính sách xã hội.",
    description_en:
      "Administration of Binh Long town; handles district-level procedures on civil status, land, construction, business and social policy.",
    hotlines: [hotline("0271 3666 115", "2026-07-09"), oneStopDesk("0271 3666 120", "2026-07-09")],
  },
  {
    slug: "ubnd-huyen-bu-gia-map",
    name_vi: "UBND huyện Bù Gia Mập",
    name_en: "Bu Gia Map District People's Committee",
    kind: "district",
    address: "Thôn Đắk Á, xã Phú Nghĩa, huyện Bù Gia Mập, tỉnh Bình Phước",
    email: "ubnd.bugiamap@binhphuoc.gov.vn",
    website: "https://bugiamap.binhphuoc.gov.vn",
    head_name: "Điểu Văn Thắng",
    head_title_vi: "Chủ tịch",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Cơ quan hành chính nhà nước của huyện biên giới Bù Gia Mập; giải quyết thủ tục hành chính cấp huyện, quản lý đất rừng và chính sách cho đồng bào dân tộc thiểu số.",
    description_en:
      "Administration of the border district of Bu Gia Map; handles district-level procedures, forest land and policies for ethnic minority communities.",
    hotlines: [hotline("0271 3717 979", "2026-06-11")],
  },
  {
    slug: "ubnd-huyen-loc-ninh",
    name_vi: "UBND huyện Lộc Ninh",
    name_en: "Loc Ninh District People's Committee",
    kind: "district",
    address: "Đường Nguyễn Tất Thành, thị trấn Lộc Ninh, huyện Lộc Ninh, tỉnh Bình Phước",
    email: "ubnd.locninh@binhphuoc.gov.vn",
    website: "https://locninh.binhphuoc.gov.vn",
    head_name: "Phạm Văn Tâm",
    head_title_vi: "Chủ tịch",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Cơ quan hành chính nhà nước của huyện biên giới Lộc Ninh, nơi có cửa khẩu quốc tế Hoa Lư; giải quyết thủ tục hành chính cấp huyện.",
    description_en:
      "Administration of the border district of Loc Ninh, home of the Hoa Lu international border gate; handles district-level procedures.",
    hotlines: [hotline("0271 3566 226", "2026-08-28"), hotline("0913 566 226", "2026-08-28")],
  },
  {
    slug: "ubnd-huyen-bu-dop",
    name_vi: "UBND huyện Bù Đốp",
    name_en: "Bu Dop District People's Committee",
    kind: "district",
    address: "Khu phố Tân Hiệp, thị trấn Thanh Bình, huyện Bù Đốp, tỉnh Bình Phước",
    email: "ubnd.budop@binhphuoc.gov.vn",
    website: "https://budop.binhphuoc.gov.vn",
    head_name: "Trần Thị Bích Liên",
    head_title_vi: "Chủ tịch",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Cơ quan hành chính nhà nước của huyện biên giới Bù Đốp; giải quyết thủ tục hành chính cấp huyện về hộ tịch, đất đai, xây dựng và bảo trợ xã hội.",
    description_en:
      "Administration of the border district of Bu Dop; handles district-level procedures on civil status, land, construction and social protection.",
    hotlines: [hotline("0271 3563 168", "2025-06-03")],
  },
  {
    slug: "ubnd-huyen-hon-quan",
    name_vi: "UBND huyện Hớn Quản",
    name_en: "Hon Quan District People's Committee",
    kind: "district",
    address: "Ấp Sở Nhì, xã Tân Khai, huyện Hớn Quản, tỉnh Bình Phước",
    email: "ubnd.honquan@binhphuoc.gov.vn",
    website: "https://honquan.binhphuoc.gov.vn",
    head_name: "Hà Anh Dũng",
    head_title_vi: "Chủ tịch",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Cơ quan hành chính nhà nước của huyện Hớn Quản; giải quyết thủ tục hành chính cấp huyện và quản lý các cụm công nghiệp trên địa bàn.",
    description_en:
      "Administration of Hon Quan district; handles district-level procedures and manages the district's industrial clusters.",
    hotlines: [hotline("0271 3640 555", "2026-10-14")],
  },
  {
    slug: "ubnd-huyen-dong-phu",
    name_vi: "UBND huyện Đồng Phú",
    name_en: "Dong Phu District People's Committee",
    kind: "district",
    address: "Khu phố Tân An, thị trấn Tân Phú, huyện Đồng Phú, tỉnh Bình Phước",
    email: "ubnd.dongphu@binhphuoc.gov.vn",
    website: "https://dongphu.binhphuoc.gov.vn",
    head_name: "Lê Thị Hồng Nhung",
    head_title_vi: "Chủ tịch",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Cơ quan hành chính nhà nước của huyện Đồng Phú; giải quyết thủ tục hành chính cấp huyện về hộ kinh doanh, đất đai, xây dựng, hộ tịch và chính sách xã hội.",
    description_en:
      "Administration of Dong Phu district; handles district-level procedures on household businesses, land, construction, civil status and social policy.",
    hotlines: [hotline("0271 3819 468", "2026-09-03"), oneStopDesk("0271 3819 470", "2026-09-03")],
  },
  {
    slug: "ubnd-huyen-bu-dang",
    name_vi: "UBND huyện Bù Đăng",
    name_en: "Bu Dang District People's Committee",
    kind: "district",
    address: "Đường Hùng Vương, thị trấn Đức Phong, huyện Bù Đăng, tỉnh Bình Phước",
    email: "ubnd.budang@binhphuoc.gov.vn",
    website: "https://budang.binhphuoc.gov.vn",
    head_name: "Nguyễn Đình Khôi",
    head_title_vi: "Chủ tịch",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Cơ quan hành chính nhà nước của huyện Bù Đăng, địa bàn rộng nhất tỉnh; giải quyết thủ tục hành chính cấp huyện và chính sách dân tộc.",
    description_en:
      "Administration of Bu Dang, the province's largest district; handles district-level procedures and ethnic minority policies.",
    hotlines: [hotline("0271 3968 179", "2026-07-21")],
  },
  {
    slug: "ubnd-huyen-chon-thanh",
    name_vi: "UBND huyện Chơn Thành",
    name_en: "Chon Thanh District People's Committee",
    kind: "district",
    address: "Đường Trần Hưng Đạo, thị trấn Chơn Thành, huyện Chơn Thành, tỉnh Bình Phước",
    email: "ubnd.chonthanh@binhphuoc.gov.vn",
    website: "https://chonthanh.binhphuoc.gov.vn",
    head_name: "Mai Xuân Trường",
    head_title_vi: "Chủ tịch",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Cơ quan hành chính nhà nước của huyện Chơn Thành, cửa ngõ phía Nam của tỉnh với nhiều khu công nghiệp; giải quyết thủ tục hành chính cấp huyện.",
    description_en:
      "Administration of Chon Thanh, the province's southern gateway with several industrial parks; handles district-level procedures.",
    hotlines: [hotline("0271 3668 247", "2026-11-06"), hotline("0913 668 247", "2026-11-06")],
  },
  {
    slug: "ubnd-huyen-phu-rieng",
    name_vi: "UBND huyện Phú Riềng",
    name_en: "Phu Rieng District People's Committee",
    kind: "district",
    address: "Thôn Phú Lợi, xã Phú Riềng, huyện Phú Riềng, tỉnh Bình Phước",
    email: "ubnd.phurieng@binhphuoc.gov.vn",
    website: "https://phurieng.binhphuoc.gov.vn",
    head_name: "Trịnh Văn Quyết",
    head_title_vi: "Chủ tịch",
    office_hours_vi: HOURS_VI,
    office_hours_en: HOURS_EN,
    description_vi:
      "Cơ quan hành chính nhà nước của huyện Phú Riềng, thành lập năm 2015; giải quyết thủ tục hành chính cấp huyện về hộ tịch, đất đai, xây dựng và hộ kinh doanh.",
    description_en:
      "Administration of Phu Rieng district, established in 2015; handles district-level procedures on civil status, land, construction and household businesses.",
    hotlines: [hotline("0271 3797 288", "2026-06-24")],
  },
];
