import type { SeedProcedure } from "../types";

/**
 * Demo administrative procedures (thủ tục hành chính) of Bình Phước province, modelled on the
 * national public service portal. Provincial procedures are listed one by one; district-level
 * procedures are generated for each of the 11 district People's Committees, each with its own
 * code (base code + per-district offset) so that codes stay unique.
 * Variation (online level, postal options, update dates, documents) is derived from indexes.
 */

// [code, agency, field, name_vi, processing_days (null = same day), name_en?, fee_vi?]
type Row = [string, string, string, string, number | null, string?, string?];

const TT47 = "Theo Thông tư số 47/2019/TT-BTC";
const FREE = "Miễn phí";

const LEGAL: Record<string, string[]> = {
  "thanh-lap-va-hoat-dong-doanh-nghiep": [
    "Luật Doanh nghiệp số 59/2020/QH14",
    "Nghị định số 01/2021/NĐ-CP ngày 04/01/2021 của Chính phủ về đăng ký doanh nghiệp",
    "Thông tư số 47/2019/TT-BTC ngày 05/8/2019 của Bộ Tài chính",
  ],
  "dang-ky-kinh-doanh-ho": [
    "Luật Doanh nghiệp số 59/2020/QH14",
    "Nghị định số 01/2021/NĐ-CP ngày 04/01/2021 của Chính phủ về đăng ký doanh nghiệp",
  ],
  "dau-tu-tai-viet-nam": [
    "Luật Đầu tư số 61/2020/QH14",
    "Nghị định số 31/2021/NĐ-CP ngày 26/3/2021 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đầu tư",
  ],
  "tai-chinh-ngan-sach": [
    "Luật Ngân sách nhà nước số 83/2015/QH13",
    "Luật Quản lý, sử dụng tài sản công số 15/2017/QH14",
    "Nghị định số 151/2017/NĐ-CP ngày 26/12/2017 của Chính phủ",
  ],
  "ho-tich": [
    "Luật Hộ tịch 2014",
    "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
  ],
  "chung-thuc": [
    "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch",
  ],
  "ly-lich-tu-phap": ["Luật Lý lịch tư pháp số 28/2009/QH12", "Nghị định số 111/2010/NĐ-CP ngày 23/11/2010 của Chính phủ"],
  "bo-tro-tu-phap": [
    "Luật Công chứng số 53/2014/QH13",
    "Nghị định số 22/2017/NĐ-CP ngày 24/02/2017 của Chính phủ về hòa giải thương mại",
    "Luật Giám định tư pháp số 13/2012/QH13",
  ],
  "dat-dai": [
    "Luật Đất đai số 31/2024/QH15",
    "Nghị định số 101/2024/NĐ-CP ngày 29/7/2024 của Chính phủ quy định về điều tra cơ bản đất đai; đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
    "Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai",
  ],
  "moi-truong": [
    "Luật Bảo vệ môi trường số 72/2020/QH14",
    "Nghị định số 08/2022/NĐ-CP ngày 10/01/2022 của Chính phủ quy định chi tiết một số điều của Luật Bảo vệ môi trường",
  ],
  "tai-nguyen-nuoc": [
    "Luật Tài nguyên nước số 28/2023/QH15",
    "Nghị định số 54/2024/NĐ-CP ngày 16/5/2024 của Chính phủ",
  ],
  "xay-dung": [
    "Luật Xây dựng 2014",
    "Luật số 62/2020/QH14 sửa đổi, bổ sung một số điều của Luật Xây dựng",
    "Nghị định số 15/2021/NĐ-CP ngày 03/3/2021 của Chính phủ quy định chi tiết một số nội dung về quản lý dự án đầu tư xây dựng",
  ],
  "giao-thong-duong-bo": [
    "Luật Đường bộ số 35/2024/QH15",
    "Nghị định số 10/2020/NĐ-CP ngày 17/01/2020 của Chính phủ quy định về kinh doanh và điều kiện kinh doanh vận tải bằng xe ô tô",
  ],
  "bao-chi": ["Luật Báo chí 2016", "Nghị định số 09/2017/NĐ-CP ngày 09/02/2017 của Chính phủ"],
  "xuat-ban-in-va-phat-hanh": [
    "Luật Xuất bản 2012",
    "Nghị định số 195/2013/NĐ-CP ngày 21/11/2013 của Chính phủ",
    "Nghị định số 60/2014/NĐ-CP ngày 19/6/2014 của Chính phủ quy định về hoạt động in",
  ],
  "buu-chinh": ["Luật Bưu chính 2010", "Nghị định số 47/2011/NĐ-CP ngày 17/6/2011 của Chính phủ"],
  "vien-thong-va-internet": [
    "Luật Viễn thông số 24/2023/QH15",
    "Nghị định 72/2013/NĐ-CP",
    "Nghị định số 27/2018/NĐ-CP ngày 01/3/2018 của Chính phủ",
  ],
  "lao-dong-viec-lam": [
    "Bộ luật Lao động số 45/2019/QH14",
    "Nghị định số 152/2020/NĐ-CP ngày 30/12/2020 của Chính phủ",
  ],
  "nguoi-co-cong": [
    "Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14",
    "Nghị định số 131/2021/NĐ-CP ngày 30/12/2021 của Chính phủ",
  ],
  "bao-tro-xa-hoi": ["Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội"],
  "giao-duc-dao-tao": ["Luật Giáo dục số 43/2019/QH14", "Nghị định số 46/2017/NĐ-CP ngày 21/4/2017 của Chính phủ"],
  "kham-chua-benh": ["Luật Khám bệnh, chữa bệnh số 15/2023/QH15", "Nghị định số 96/2023/NĐ-CP ngày 30/12/2023 của Chính phủ"],
  "duoc-pham": ["Luật Dược số 105/2016/QH13", "Nghị định số 54/2017/NĐ-CP ngày 08/5/2017 của Chính phủ"],
  "an-toan-thuc-pham": ["Luật An toàn thực phẩm số 55/2010/QH12", "Nghị định số 15/2018/NĐ-CP ngày 02/02/2018 của Chính phủ"],
  "luu-thong-hang-hoa": [
    "Luật Thương mại số 36/2005/QH11",
    "Nghị định số 105/2017/NĐ-CP ngày 14/9/2017 của Chính phủ về kinh doanh rượu",
    "Nghị định số 87/2018/NĐ-CP ngày 15/6/2018 của Chính phủ về kinh doanh khí",
  ],
  "dien": ["Luật Điện lực số 28/2004/QH11", "Nghị định số 137/2013/NĐ-CP ngày 21/10/2013 của Chính phủ"],
  "hoa-chat": ["Luật Hóa chất số 06/2007/QH12", "Nghị định số 113/2017/NĐ-CP ngày 09/10/2017 của Chính phủ"],
  "trong-trot-va-bao-ve-thuc-vat": ["Luật Trồng trọt số 31/2018/QH14", "Luật Bảo vệ và kiểm dịch thực vật số 41/2013/QH13"],
  "chan-nuoi-thu-y": ["Luật Chăn nuôi số 32/2018/QH14", "Luật Thú y số 79/2015/QH13"],
  "lam-nghiep": ["Luật Lâm nghiệp số 16/2017/QH14", "Nghị định số 156/2018/NĐ-CP ngày 16/11/2018 của Chính phủ"],
  "van-hoa": ["Luật Di sản văn hóa 2001, sửa đổi, bổ sung năm 2009", "Nghị định số 144/2020/NĐ-CP ngày 14/12/2020 của Chính phủ"],
  "du-lich": ["Luật Du lịch số 09/2017/QH14", "Nghị định số 168/2017/NĐ-CP ngày 31/12/2017 của Chính phủ"],
  "the-duc-the-thao": ["Luật Thể dục, thể thao 2006, sửa đổi, bổ sung năm 2018", "Nghị định số 36/2019/NĐ-CP ngày 29/4/2019 của Chính phủ"],
  "khoa-hoc-cong-nghe": ["Luật Khoa học và Công nghệ số 29/2013/QH13", "Nghị định số 08/2014/NĐ-CP ngày 27/01/2014 của Chính phủ"],
  "to-chuc-phi-chinh-phu": ["Nghị định số 45/2010/NĐ-CP ngày 21/4/2010 của Chính phủ quy định về tổ chức, hoạt động và quản lý hội", "Nghị định số 93/2019/NĐ-CP ngày 25/11/2019 của Chính phủ"],
  "thi-dua-khen-thuong": ["Luật Thi đua, khen thưởng số 06/2022/QH15", "Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ"],
  "ton-giao": ["Luật Tín ngưỡng, tôn giáo số 02/2016/QH14", "Nghị định số 95/2023/NĐ-CP ngày 29/12/2023 của Chính phủ"],
  "ngoai-vu": ["Quyết định số 06/2020/QĐ-TTg ngày 21/02/2020 của Thủ tướng Chính phủ về tổ chức và quản lý hội nghị, hội thảo quốc tế tại Việt Nam"],
  "khieu-nai-to-cao": ["Luật Khiếu nại số 02/2011/QH13", "Luật Tố cáo số 25/2018/QH14", "Luật Tiếp công dân số 42/2013/QH13"],
  "kiem-soat-thu-tuc-hanh-chinh": [
    "Nghị định số 20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ về tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính",
    "Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
  ],
};

const DOCS: Record<string, string[]> = {
  "thanh-lap-va-hoat-dong-doanh-nghiep": [
    "Giấy đề nghị đăng ký doanh nghiệp",
    "Điều lệ công ty (đối với công ty)",
    "Danh sách thành viên hoặc cổ đông sáng lập",
    "Bản sao giấy tờ pháp lý của cá nhân đối với người đại diện theo pháp luật",
    "Văn bản ủy quyền cho người nộp hồ sơ (nếu có)",
  ],
  "dang-ky-kinh-doanh-ho": [
    "Giấy đề nghị đăng ký hộ kinh doanh",
    "Bản sao giấy tờ pháp lý của cá nhân đối với các thành viên hộ gia đình đăng ký hộ kinh doanh",
    "Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh",
    "Văn bản ủy quyền cho thành viên hộ gia đình làm chủ hộ kinh doanh (nếu có)",
  ],
  "dau-tu-tai-viet-nam": [
    "Văn bản đề nghị thực hiện dự án đầu tư",
    "Tài liệu về tư cách pháp lý của nhà đầu tư",
    "Đề xuất dự án đầu tư",
    "Bản sao báo cáo tài chính 02 năm gần nhất hoặc cam kết hỗ trợ tài chính của công ty mẹ",
    "Đề xuất nhu cầu sử dụng đất hoặc bản sao thỏa thuận thuê địa điểm",
  ],
  "ho-tich": [
    "Tờ khai theo mẫu quy định",
    "Bản sao hộ chiếu hoặc giấy tờ có giá trị thay hộ chiếu",
    "Giấy tờ chứng minh nơi cư trú",
    "Giấy tờ chứng minh tình trạng hôn nhân hoặc giấy chứng sinh (tùy trường hợp)",
  ],
  "chung-thuc": ["Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao", "Bản sao cần chứng thực", "Giấy tờ tùy thân của người yêu cầu chứng thực"],
  "ly-lich-tu-phap": ["Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", "Bản chụp căn cước công dân hoặc hộ chiếu", "Văn bản ủy quyền (trường hợp ủy quyền làm thủ tục)"],
  "dat-dai": [
    "Đơn đăng ký, cấp Giấy chứng nhận hoặc đơn xin giao đất, cho thuê đất, chuyển mục đích sử dụng đất",
    "Giấy chứng nhận quyền sử dụng đất đã cấp hoặc giấy tờ về quyền sử dụng đất",
    "Trích lục bản đồ địa chính hoặc trích đo địa chính thửa đất",
    "Chứng từ thực hiện nghĩa vụ tài chính (nếu có)",
  ],
  "xay-dung": [
    "Đơn đề nghị cấp giấy phép xây dựng hoặc tờ trình đề nghị thẩm định",
    "Bản sao giấy tờ chứng minh quyền sử dụng đất",
    "Bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng, móng công trình)",
    "Báo cáo kết quả thẩm định thiết kế (đối với công trình phải thẩm định)",
  ],
  "bao-tro-xa-hoi": [
    "Tờ khai đề nghị trợ giúp xã hội theo mẫu",
    "Bản sao giấy xác nhận khuyết tật hoặc giấy tờ chứng minh đối tượng",
    "Văn bản đề nghị của Ủy ban nhân dân cấp xã",
  ],
  "khieu-nai-to-cao": ["Đơn khiếu nại hoặc đơn tố cáo", "Tài liệu, chứng cứ liên quan (nếu có)", "Văn bản ủy quyền (nếu có)"],
  "lao-dong-viec-lam": [
    "Văn bản đề nghị theo mẫu quy định",
    "Giấy chứng nhận sức khỏe hoặc giấy khám sức khỏe",
    "Văn bản xác nhận chuyên gia, nhà quản lý hoặc lao động kỹ thuật",
    "02 ảnh màu cỡ 4 cm x 6 cm",
  ],
};
const DOCS_DEFAULT = [
  "Đơn hoặc văn bản đề nghị theo mẫu quy định",
  "Bản sao giấy tờ pháp lý của tổ chức, cá nhân đề nghị",
  "Hồ sơ, tài liệu chứng minh đáp ứng điều kiện theo quy định",
  "Văn bản ủy quyền cho người nộp hồ sơ (nếu có)",
];

const SK = "so-ke-hoach-va-dau-tu";
const DN = "thanh-lap-va-hoat-dong-doanh-nghiep";
const DT = "dau-tu-tai-viet-nam";
const KKT = "ban-quan-ly-khu-kinh-te";
const STP = "so-tu-phap";
const TT = "so-thong-tin-va-truyen-thong";

const PROVINCE: Row[] = [
  // Sở Kế hoạch và Đầu tư — doanh nghiệp
  ["2.001610", SK, DN, "Đăng ký thành lập doanh nghiệp tư nhân", 3, "Registration of a sole proprietorship", TT47],
  ["2.002042", SK, DN, "Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên", 3, "Registration of a single-member limited liability company", TT47],
  ["2.002043", SK, DN, "Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên", 3, "Registration of a multi-member limited liability company", TT47],
  ["2.002044", SK, DN, "Đăng ký thành lập công ty cổ phần", 3, "Registration of a joint-stock company", TT47],
  ["2.002045", SK, DN, "Đăng ký thành lập công ty hợp danh", 3, undefined, TT47],
  ["2.002046", SK, DN, "Đăng ký thay đổi nội dung đăng ký doanh nghiệp", 3, "Registration of changes to enterprise registration details", TT47],
  ["2.002047", SK, DN, "Đăng ký hoạt động chi nhánh, văn phòng đại diện, địa điểm kinh doanh", 3, "Registration of branches, representative offices and business locations", TT47],
  ["2.002048", SK, DN, "Đăng ký tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của doanh nghiệp", 3, undefined, FREE],
  ["2.002049", SK, DN, "Đăng ký chuyển đổi công ty trách nhiệm hữu hạn một thành viên thành công ty cổ phần", 3, "Registration of conversion of a single-member LLC into a joint-stock company", TT47],
  ["2.002050", SK, DN, "Giải thể doanh nghiệp", 5, "Dissolution of an enterprise", FREE],
  ["2.002051", SK, DN, "Cấp lại Giấy chứng nhận đăng ký doanh nghiệp", 3, undefined, TT47],
  // Sở Kế hoạch và Đầu tư — đầu tư
  ["1.009645", SK, DT, "Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư", 15, "Issuance of an investment registration certificate for projects not subject to investment policy approval", FREE],
  ["1.009646", SK, DT, "Điều chỉnh Giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư", 10, undefined, FREE],
  ["1.009647", SK, DT, "Chấp thuận chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh", 35, "Investment policy approval by the provincial People's Committee", FREE],
  ["1.009648", SK, DT, "Cấp lại Giấy chứng nhận đăng ký đầu tư", 5, undefined, FREE],
  ["1.009649", SK, DT, "Góp vốn, mua cổ phần, mua phần vốn góp của nhà đầu tư nước ngoài vào tổ chức kinh tế", 15, "Capital contribution and share purchase by foreign investors", FREE],
  // Ban Quản lý Khu kinh tế
  ["1.009750", KKT, DT, "Cấp Giấy chứng nhận đăng ký đầu tư đối với dự án đầu tư trong khu công nghiệp, khu kinh tế không thuộc diện chấp thuận chủ trương đầu tư", 15, "Issuance of an investment registration certificate for projects in industrial parks and economic zones", FREE],
  ["1.009751", KKT, DT, "Điều chỉnh Giấy chứng nhận đăng ký đầu tư đối với dự án đầu tư trong khu công nghiệp, khu kinh tế", 10, undefined, FREE],
  ["1.009752", KKT, DT, "Chấm dứt hoạt động của dự án đầu tư trong khu công nghiệp, khu kinh tế", 15, "Termination of an investment project in an industrial park or economic zone", FREE],
  ["1.009753", KKT, "lao-dong-viec-lam", "Cấp giấy phép lao động cho người lao động nước ngoài làm việc trong khu công nghiệp, khu kinh tế", 5, undefined, "600.000 đồng/giấy phép"],
  ["1.009754", KKT, "xay-dung", "Cấp giấy phép xây dựng công trình trong khu công nghiệp, khu kinh tế", 20, "Construction permit for works in industrial parks and economic zones", "150.000 đồng/giấy phép"],
  // Sở Tư pháp
  ["2.000488", STP, "ly-lich-tu-phap", "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam", 10, "Issuance of criminal record certificates to Vietnamese citizens and foreigners residing in Viet Nam", "200.000 đồng/lần"],
  ["2.000505", STP, "ly-lich-tu-phap", "Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng", 10, undefined, FREE],
  ["2.000913", STP, "bo-tro-tu-phap", "Đăng ký hành nghề và cấp Thẻ công chứng viên", 10, "Practice registration and issuance of notary cards", "100.000 đồng/hồ sơ"],
  ["2.001057", STP, "bo-tro-tu-phap", "Đăng ký hoạt động Văn phòng công chứng", 10, undefined, "1.000.000 đồng/hồ sơ"],
  ["2.002038", STP, "bo-tro-tu-phap", "Đăng ký hoạt động của Trung tâm hòa giải thương mại", 15, "Registration of operation of a commercial mediation centre", "1.000.000 đồng/hồ sơ"],
  ["2.002039", STP, "bo-tro-tu-phap", "Đăng ký làm hòa giải viên thương mại vụ việc", 7, undefined, "500.000 đồng/hồ sơ"],
  ["2.001805", STP, "bo-tro-tu-phap", "Bổ nhiệm giám định viên tư pháp", 20, "Appointment of judicial experts", FREE],
  ["2.000528", STP, "ho-tich", "Cấp bản sao trích lục hộ tịch", null, undefined, "8.000 đồng/bản"],
  ["2.000815", STP, "chung-thuc", "Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực", null, "Issuance of certified copies of authenticated contracts and transactions", "2.000 đồng/trang"],
  // Sở Nội vụ
  ["1.003822", "so-noi-vu", "to-chuc-phi-chinh-phu", "Công nhận ban vận động thành lập hội có phạm vi hoạt động trong tỉnh", 30, "Recognition of the founding committee of a provincial association", FREE],
  ["1.003827", "so-noi-vu", "to-chuc-phi-chinh-phu", "Phê duyệt điều lệ hội", 30, undefined, FREE],
  ["1.003879", "so-noi-vu", "to-chuc-phi-chinh-phu", "Cấp giấy phép thành lập và công nhận điều lệ quỹ xã hội, quỹ từ thiện", 30, "Licensing and charter approval of social and charity funds", FREE],
  ["1.000509", "so-noi-vu", "thi-dua-khen-thuong", "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh về thành tích thực hiện nhiệm vụ chính trị", 20, undefined, FREE],
  ["1.001098", "so-noi-vu", "ton-giao", "Đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo, địa điểm hợp pháp đã đăng ký có quy mô tổ chức ở nhiều huyện", 15, "Request to hold a religious ceremony outside registered premises across several districts", FREE],
  ["1.001109", "so-noi-vu", "ton-giao", "Thông báo thuyên chuyển chức sắc, chức việc, nhà tu hành", 7, undefined, FREE],
  // Sở Tài chính
  ["1.005422", "so-tai-chinh", "tai-chinh-ngan-sach", "Đăng ký mã số đơn vị có quan hệ với ngân sách", 2, "Registration of codes for budget-related units", FREE],
  ["1.005430", "so-tai-chinh", "tai-chinh-ngan-sach", "Quyết định giá thuộc thẩm quyền của cấp tỉnh", 15, undefined, FREE],
  ["2.002000", "so-tai-chinh", "tai-chinh-ngan-sach", "Mua sắm tài sản công phục vụ hoạt động của cơ quan, tổ chức, đơn vị trong trường hợp không phải lập thành dự án đầu tư", 15, "Procurement of public assets not requiring an investment project", FREE],
  ["1.005434", "so-tai-chinh", "tai-chinh-ngan-sach", "Thanh toán chi phí liên quan đến xử lý tài sản công", 10, undefined, FREE],
  // Sở Công Thương
  ["2.000676", "so-cong-thuong", "dien", "Cấp giấy phép hoạt động phát điện đối với nhà máy điện có quy mô công suất dưới 3 MW đặt tại địa phương", 15, "Electricity generation licence for power plants under 3 MW", "Theo Thông tư số 106/2020/TT-BTC"],
  ["2.000677", "so-cong-thuong", "dien", "Cấp giấy phép hoạt động phân phối điện đến cấp điện áp 35 kV tại địa phương", 15, undefined, "Theo Thông tư số 106/2020/TT-BTC"],
  ["2.000678", "so-cong-thuong", "dien", "Cấp giấy phép hoạt động tư vấn chuyên ngành điện thuộc thẩm quyền cấp của địa phương", 15, "Licence for specialised electricity consultancy", "Theo Thông tư số 106/2020/TT-BTC"],
  ["2.000620", "so-cong-thuong", "hoa-chat", "Cấp Giấy chứng nhận đủ điều kiện sản xuất hóa chất sản xuất, kinh doanh có điều kiện trong lĩnh vực công nghiệp", 12, undefined, "1.200.000 đồng/lần"],
  ["2.000621", "so-cong-thuong", "luu-thong-hang-hoa", "Cấp Giấy phép bán buôn rượu trên địa bàn tỉnh", 15, "Licence for wholesale of alcohol within the province", "1.200.000 đồng/giấy phép"],
  ["2.000622", "so-cong-thuong", "luu-thong-hang-hoa", "Cấp Giấy phép bán lẻ sản phẩm thuốc lá", 15, undefined, "1.100.000 đồng/giấy phép"],
  ["2.000623", "so-cong-thuong", "luu-thong-hang-hoa", "Cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai", 15, "Certificate of eligibility for bottled LPG retail shops", "1.200.000 đồng/lần"],
  ["2.000624", "so-cong-thuong", "an-toan-thuc-pham", "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất, kinh doanh thực phẩm do Sở Công Thương thực hiện", 20, undefined, "Theo Thông tư số 67/2021/TT-BTC"],
  // Sở Nông nghiệp và Phát triển nông thôn
  ["1.008003", "so-nong-nghiep-va-phat-trien-nong-thon", "trong-trot-va-bao-ve-thuc-vat", "Cấp Giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật", 20, "Certificate of eligibility for trading plant protection products", "500.000 đồng/lần"],
  ["1.008004", "so-nong-nghiep-va-phat-trien-nong-thon", "trong-trot-va-bao-ve-thuc-vat", "Cấp Quyết định công nhận cây đầu dòng, vườn cây đầu dòng", 30, undefined, "Theo Thông tư số 14/2018/TT-BTC"],
  ["1.008005", "so-nong-nghiep-va-phat-trien-nong-thon", "chan-nuoi-thu-y", "Cấp Giấy chứng nhận đủ điều kiện chăn nuôi đối với chăn nuôi trang trại quy mô lớn", 25, "Certificate of eligibility for large-scale livestock farms", "Theo Thông tư số 24/2021/TT-BTC"],
  ["1.008006", "so-nong-nghiep-va-phat-trien-nong-thon", "chan-nuoi-thu-y", "Cấp Giấy chứng nhận đủ điều kiện vệ sinh thú y đối với cơ sở sơ chế, chế biến động vật, sản phẩm động vật", 12, undefined, "Theo Thông tư số 101/2020/TT-BTC"],
  ["1.008007", "so-nong-nghiep-va-phat-trien-nong-thon", "lam-nghiep", "Phê duyệt hồ sơ thiết kế, dự toán công trình lâm sinh", 20, "Approval of silvicultural works designs and cost estimates", FREE],
  ["1.008008", "so-nong-nghiep-va-phat-trien-nong-thon", "lam-nghiep", "Chuyển loại rừng đối với khu rừng do Ủy ban nhân dân cấp tỉnh quyết định thành lập", 30, undefined, FREE],
  // Sở Giao thông vận tải
  ["1.002793", "so-giao-thong-van-tai", "giao-thong-duong-bo", "Cấp mới Giấy phép kinh doanh vận tải bằng xe ô tô", 5, "Issuance of a road transport business licence", "200.000 đồng/giấy phép"],
  ["1.002794", "so-giao-thong-van-tai", "giao-thong-duong-bo", "Cấp phù hiệu xe ô tô kinh doanh vận tải", 2, undefined, FREE],
  ["1.002795", "so-giao-thong-van-tai", "giao-thong-duong-bo", "Đổi Giấy phép lái xe do ngành Giao thông vận tải cấp", 5, "Exchange of driving licences issued by the transport sector", "135.000 đồng/lần"],
  ["1.002796", "so-giao-thong-van-tai", "giao-thong-duong-bo", "Cấp giấy phép thi công công trình đường bộ trên đường tỉnh đang khai thác", 7, undefined, FREE],
  ["1.002797", "so-giao-thong-van-tai", "giao-thong-duong-bo", "Chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ", 7, "Approval of essential works within road infrastructure protection corridors", FREE],
  ["1.002798", "so-giao-thong-van-tai", "giao-thong-duong-bo", "Cấp giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn trên đường bộ", 2, undefined, FREE],
  // Sở Xây dựng
  ["1.009972", "so-xay-dung", "xay-dung", "Cấp giấy phép xây dựng mới đối với công trình cấp I, cấp II", 20, "Construction permit for new grade I and II works", "150.000 đồng/giấy phép"],
  ["1.009973", "so-xay-dung", "xay-dung", "Thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng hoặc điều chỉnh Báo cáo nghiên cứu khả thi đầu tư xây dựng", 35, undefined, "Theo Thông tư số 27/2023/TT-BTC"],
  ["1.009974", "so-xay-dung", "xay-dung", "Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III", 20, "Issuance of construction practice certificates, classes II and III", "150.000 đồng/chứng chỉ"],
  ["1.009975", "so-xay-dung", "xay-dung", "Cấp chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III", 20, undefined, "500.000 đồng/chứng chỉ"],
  ["1.009976", "so-xay-dung", "xay-dung", "Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở", 30, "Appraisal of construction designs following the basic design", "Theo Thông tư số 27/2023/TT-BTC"],
  // Sở Tài nguyên và Môi trường
  ["1.004227", "so-tai-nguyen-va-moi-truong", "dat-dai", "Đăng ký đất đai, tài sản gắn liền với đất, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu đối với tổ chức", 20, "First-time land registration and issuance of land use right certificates to organisations", "Theo Nghị quyết của Hội đồng nhân dân tỉnh"],
  ["1.004228", "so-tai-nguyen-va-moi-truong", "dat-dai", "Giao đất, cho thuê đất không đấu giá quyền sử dụng đất, không đấu thầu lựa chọn nhà đầu tư thực hiện dự án có sử dụng đất", 20, undefined, FREE],
  ["1.004229", "so-tai-nguyen-va-moi-truong", "dat-dai", "Chuyển mục đích sử dụng đất đối với tổ chức", 20, "Change of land use purpose for organisations", FREE],
  ["1.004230", "so-tai-nguyen-va-moi-truong", "dat-dai", "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", 10, undefined, "Theo Nghị quyết của Hội đồng nhân dân tỉnh"],
  ["1.010727", "so-tai-nguyen-va-moi-truong", "moi-truong", "Thẩm định báo cáo đánh giá tác động môi trường", 30, "Appraisal of environmental impact assessment reports", "Theo Thông tư số 56/2022/TT-BTC"],
  ["1.010728", "so-tai-nguyen-va-moi-truong", "moi-truong", "Cấp giấy phép môi trường thuộc thẩm quyền của Ủy ban nhân dân cấp tỉnh", 30, undefined, "Theo Nghị quyết của Hội đồng nhân dân tỉnh"],
  ["1.004179", "so-tai-nguyen-va-moi-truong", "tai-nguyen-nuoc", "Cấp giấy phép khai thác, sử dụng nước mặt thuộc thẩm quyền cấp tỉnh", 30, "Licence to extract and use surface water", "Theo Nghị quyết của Hội đồng nhân dân tỉnh"],
  ["1.004180", "so-tai-nguyen-va-moi-truong", "tai-nguyen-nuoc", "Cấp giấy phép thăm dò nước dưới đất đối với công trình có lưu lượng dưới 3.000 m³/ngày đêm", 30, undefined, "Theo Nghị quyết của Hội đồng nhân dân tỉnh"],
  // Sở Thông tin và Truyền thông
  ["1.003725", TT, "bao-chi", "Cấp giấy phép xuất bản bản tin (địa phương)", 15, "Licence to publish a newsletter (local)", FREE],
  ["1.003726", TT, "bao-chi", "Văn bản chấp thuận thay đổi nội dung ghi trong giấy phép xuất bản bản tin (địa phương)", 7, undefined, FREE],
  ["1.003727", TT, "bao-chi", "Cho phép họp báo (trong nước)", 2, "Permission to hold a press conference (domestic)", FREE],
  ["1.003728", TT, "xuat-ban-in-va-phat-hanh", "Cấp giấy phép xuất bản tài liệu không kinh doanh", 10, "Licence to publish non-commercial materials", FREE],
  ["1.003729", TT, "xuat-ban-in-va-phat-hanh", "Cấp giấy phép hoạt động in", 7, undefined, FREE],
  ["1.003730", TT, "xuat-ban-in-va-phat-hanh", "Đăng ký hoạt động cơ sở in", 5, "Registration of printing establishments", FREE],
  ["1.003731", TT, "xuat-ban-in-va-phat-hanh", "Cấp giấy phép nhập khẩu xuất bản phẩm không kinh doanh", 5, undefined, "50.000 đồng/lần"],
  ["1.003732", TT, "buu-chinh", "Cấp giấy phép bưu chính (phạm vi nội tỉnh)", 20, "Postal licence (intra-provincial)", "Theo Thông tư số 291/2016/TT-BTC"],
  ["1.003733", TT, "buu-chinh", "Cấp văn bản xác nhận thông báo hoạt động bưu chính", 7, undefined, "Theo Thông tư số 291/2016/TT-BTC"],
  ["1.003734", TT, "vien-thong-va-internet", "Cấp giấy phép thiết lập trang thông tin điện tử tổng hợp", 10, "Licence to establish an aggregated news website", FREE],
  ["1.003735", TT, "vien-thong-va-internet", "Sửa đổi, bổ sung giấy phép thiết lập trang thông tin điện tử tổng hợp", 10, undefined, FREE],
  ["1.003736", TT, "vien-thong-va-internet", "Cấp Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng", 5, "Certificate of eligibility for public video game service points", FREE],
  // Sở Lao động - Thương binh và Xã hội
  ["1.000459", "so-lao-dong-thuong-binh-va-xa-hoi", "lao-dong-viec-lam", "Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam", 5, "Issuance of work permits to foreign workers in Viet Nam", "600.000 đồng/giấy phép"],
  ["1.000460", "so-lao-dong-thuong-binh-va-xa-hoi", "lao-dong-viec-lam", "Cấp giấy phép hoạt động dịch vụ việc làm của doanh nghiệp hoạt động dịch vụ việc làm", 7, undefined, FREE],
  ["2.001955", "so-lao-dong-thuong-binh-va-xa-hoi", "lao-dong-viec-lam", "Bổ nhiệm hòa giải viên lao động", 10, "Appointment of labour mediators", FREE],
  ["2.001956", "so-lao-dong-thuong-binh-va-xa-hoi", "lao-dong-viec-lam", "Hòa giải tranh chấp lao động tập thể về quyền thông qua hòa giải viên lao động", 5, undefined, FREE],
  ["1.001257", "so-lao-dong-thuong-binh-va-xa-hoi", "nguoi-co-cong", "Giải quyết chế độ ưu đãi đối với Bà mẹ Việt Nam anh hùng", 12, "Granting preferential benefits to Vietnamese Heroic Mothers", FREE],
  ["1.001258", "so-lao-dong-thuong-binh-va-xa-hoi", "nguoi-co-cong", "Cấp bổ sung hoặc cấp lại giấy chứng nhận người có công do ngành Lao động - Thương binh và Xã hội quản lý", 5, undefined, FREE],
  ["1.001259", "so-lao-dong-thuong-binh-va-xa-hoi", "bao-tro-xa-hoi", "Thành lập cơ sở trợ giúp xã hội công lập thuộc Ủy ban nhân dân cấp tỉnh", 20, undefined, FREE],
  ["1.001260", "so-lao-dong-thuong-binh-va-xa-hoi", "bao-tro-xa-hoi", "Đăng ký thành lập cơ sở trợ giúp xã hội ngoài công lập thuộc thẩm quyền của Sở Lao động - Thương binh và Xã hội", 10, "Registration of non-public social assistance facilities", FREE],
  // Sở Văn hóa, Thể thao và Du lịch
  ["1.001029", "so-van-hoa-the-thao-va-du-lich", "du-lich", "Cấp giấy phép kinh doanh dịch vụ lữ hành nội địa", 10, "Licence for domestic travel services", "3.000.000 đồng/giấy phép"],
  ["1.001030", "so-van-hoa-the-thao-va-du-lich", "du-lich", "Công nhận hạng cơ sở lưu trú du lịch: hạng 1 sao, 2 sao, 3 sao", 30, undefined, "Theo Thông tư số 34/2018/TT-BTC"],
  ["1.001031", "so-van-hoa-the-thao-va-du-lich", "du-lich", "Cấp thẻ hướng dẫn viên du lịch nội địa", 10, "Issuance of domestic tour guide cards", "650.000 đồng/thẻ"],
  ["1.001032", "so-van-hoa-the-thao-va-du-lich", "van-hoa", "Tiếp nhận thông báo tổ chức biểu diễn nghệ thuật", 5, undefined, FREE],
  ["1.001033", "so-van-hoa-the-thao-va-du-lich", "van-hoa", "Đăng ký tổ chức lễ hội cấp tỉnh", 20, "Registration of provincial festivals", FREE],
  ["1.001034", "so-van-hoa-the-thao-va-du-lich", "the-duc-the-thao", "Cấp Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao đối với môn Bơi, Lặn", 7, undefined, "Theo Thông tư số 106/2016/TT-BTC"],
  ["1.001035", "so-van-hoa-the-thao-va-du-lich", "the-duc-the-thao", "Cấp Giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao đối với môn Võ cổ truyền, Vovinam", 7, "Certificate of eligibility for sports business: traditional martial arts and Vovinam", "Theo Thông tư số 106/2016/TT-BTC"],
  // Sở Khoa học và Công nghệ
  ["2.001268", "so-khoa-hoc-va-cong-nghe", "khoa-hoc-cong-nghe", "Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ không sử dụng ngân sách nhà nước", 5, undefined, FREE],
  ["2.001269", "so-khoa-hoc-va-cong-nghe", "khoa-hoc-cong-nghe", "Cấp Giấy chứng nhận đăng ký hoạt động khoa học và công nghệ", 15, "Certificate of registration of science and technology activities", FREE],
  ["2.001270", "so-khoa-hoc-va-cong-nghe", "khoa-hoc-cong-nghe", "Cấp giấy phép tiến hành công việc bức xạ (sử dụng thiết bị X-quang chẩn đoán trong y tế)", 15, "Radiation work licence for diagnostic X-ray equipment", "Theo Thông tư số 287/2016/TT-BTC"],
  ["2.001271", "so-khoa-hoc-va-cong-nghe", "khoa-hoc-cong-nghe", "Cấp chứng chỉ nhân viên bức xạ cho người phụ trách an toàn cơ sở X-quang chẩn đoán trong y tế", 10, undefined, "Theo Thông tư số 287/2016/TT-BTC"],
  // Sở Giáo dục và Đào tạo
  ["1.005092", "so-giao-duc-va-dao-tao", "giao-duc-dao-tao", "Cho phép trường trung học phổ thông hoạt động giáo dục", 20, "Permission for an upper secondary school to operate", FREE],
  ["1.005093", "so-giao-duc-va-dao-tao", "giao-duc-dao-tao", "Cấp phép tổ chức hoạt động giáo dục kỹ năng sống và hoạt động giáo dục ngoài giờ chính khóa", 15, undefined, FREE],
  ["1.005094", "so-giao-duc-va-dao-tao", "giao-duc-dao-tao", "Công nhận trường trung học đạt chuẩn quốc gia", 30, undefined, FREE],
  ["1.005095", "so-giao-duc-va-dao-tao", "giao-duc-dao-tao", "Phúc khảo bài thi tốt nghiệp trung học phổ thông", 15, "Re-marking of upper secondary graduation exam papers", FREE],
  ["1.005096", "so-giao-duc-va-dao-tao", "giao-duc-dao-tao", "Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", null, "Issuance of copies of diplomas and certificates from the master register", "Theo Nghị quyết của Hội đồng nhân dân tỉnh"],
  // Sở Y tế
  ["1.003970", "so-y-te", "kham-chua-benh", "Cấp mới giấy phép hành nghề đối với chức danh bác sĩ", 30, "Issuance of medical practice licences for physicians", "360.000 đồng/hồ sơ"],
  ["1.003971", "so-y-te", "kham-chua-benh", "Cấp giấy phép hoạt động đối với phòng khám đa khoa", 45, undefined, "4.300.000 đồng/hồ sơ"],
  ["1.003972", "so-y-te", "duoc-pham", "Cấp Chứng chỉ hành nghề dược theo hình thức xét hồ sơ", 20, "Issuance of pharmacy practice certificates by dossier review", "500.000 đồng/hồ sơ"],
  ["1.003973", "so-y-te", "duoc-pham", "Cấp Giấy chứng nhận đủ điều kiện kinh doanh dược cho cơ sở bán lẻ thuốc (nhà thuốc)", 20, undefined, "Theo Thông tư số 277/2016/TT-BTC"],
  ["1.003974", "so-y-te", "an-toan-thuc-pham", "Cấp Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống thuộc thẩm quyền của Sở Y tế", 20, "Food safety certificate for catering establishments", "Theo Thông tư số 67/2021/TT-BTC"],
  // Sở Ngoại vụ
  ["2.001700", "so-ngoai-vu", "ngoai-vu", "Cho phép tổ chức hội nghị, hội thảo quốc tế thuộc thẩm quyền cho phép của Chủ tịch Ủy ban nhân dân tỉnh", 15, "Permission to hold international conferences and workshops", FREE],
  ["2.001701", "so-ngoai-vu", "ngoai-vu", "Cho phép sử dụng thẻ đi lại của doanh nhân APEC (ABTC)", 10, undefined, FREE],
  ["2.001702", "so-ngoai-vu", "ngoai-vu", "Cử cán bộ, công chức, viên chức đi công tác nước ngoài", 7, undefined, FREE],
  // Thanh tra tỉnh
  ["2.002175", "thanh-tra-tinh", "khieu-nai-to-cao", "Giải quyết khiếu nại lần đầu tại cấp tỉnh", 30, "First-instance complaint settlement at provincial level", FREE],
  ["2.002176", "thanh-tra-tinh", "khieu-nai-to-cao", "Giải quyết khiếu nại lần hai tại cấp tỉnh", 45, undefined, FREE],
  ["2.002177", "thanh-tra-tinh", "khieu-nai-to-cao", "Giải quyết tố cáo tại cấp tỉnh", 30, "Settlement of denunciations at provincial level", FREE],
  ["2.002178", "thanh-tra-tinh", "khieu-nai-to-cao", "Tiếp công dân tại cấp tỉnh", null, undefined, FREE],
  // Văn phòng UBND tỉnh
  ["2.002300", "van-phong-ubnd-tinh", "kiem-soat-thu-tuc-hanh-chinh", "Tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính", 10, "Receiving and handling feedback on administrative regulations", FREE],
  ["2.002301", "van-phong-ubnd-tinh", "kiem-soat-thu-tuc-hanh-chinh", "Cung cấp thông tin về thủ tục hành chính theo yêu cầu của tổ chức, cá nhân", 5, undefined, FREE],
  // Trung tâm Phục vụ hành chính công
  ["2.002310", "trung-tam-phuc-vu-hanh-chinh-cong", "kiem-soat-thu-tuc-hanh-chinh", "Tiếp nhận hồ sơ thủ tục hành chính không phụ thuộc vào địa giới hành chính trong phạm vi tỉnh", null, "Receiving administrative dossiers regardless of administrative boundaries", FREE],
  ["2.002311", "trung-tam-phuc-vu-hanh-chinh-cong", "kiem-soat-thu-tuc-hanh-chinh", "Số hóa hồ sơ, giấy tờ, kết quả giải quyết thủ tục hành chính theo yêu cầu", null, undefined, FREE],
  ["2.002312", "trung-tam-phuc-vu-hanh-chinh-cong", "kiem-soat-thu-tuc-hanh-chinh", "Hướng dẫn, hỗ trợ nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia", null, "Assistance with online submission on the National Public Service Portal", FREE],
];

const DISTRICTS = [
  "ubnd-thanh-pho-dong-xoai",
  "ubnd-thi-xa-phuoc-long",
  "ubnd-thi-xa-binh-long",
  "ubnd-huyen-bu-gia-map",
  "ubnd-huyen-loc-ninh",
  "ubnd-huyen-bu-dop",
  "ubnd-huyen-hon-quan",
  "ubnd-huyen-dong-phu",
  "ubnd-huyen-bu-dang",
  "ubnd-huyen-chon-thanh",
  "ubnd-huyen-phu-rieng",
];

// District templates: base code; district d gets code base + d * 50000 (d = 0 keeps the national code).
const DISTRICT_TEMPLATES: Array<[string, string, string, number | null, string?, string?]> = [
  ["1.001612", "dang-ky-kinh-doanh-ho", "Đăng ký thành lập hộ kinh doanh", 3, "Registration of a household business", "100.000 đồng/lần"],
  ["2.000720", "dang-ky-kinh-doanh-ho", "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", 3, undefined, "100.000 đồng/lần"],
  ["1.001266", "dang-ky-kinh-doanh-ho", "Tạm ngừng hoạt động hộ kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo", 3, "Suspension or early resumption of a household business", FREE],
  ["1.000894", "ho-tich", "Đăng ký kết hôn có yếu tố nước ngoài", 10, "Marriage registration involving a foreign element", "Theo Nghị quyết của Hội đồng nhân dân tỉnh"],
  ["1.001193", "ho-tich", "Đăng ký khai sinh có yếu tố nước ngoài", 3, undefined, "Theo Nghị quyết của Hội đồng nhân dân tỉnh"],
  ["2.000908", "chung-thuc", "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của nước ngoài cấp", null, "Certification of copies of documents issued by foreign authorities", "2.000 đồng/trang"],
  ["1.009994", "xay-dung", "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ", 15, undefined, "50.000 đồng/lần"],
  ["1.004203", "dat-dai", "Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với hộ gia đình, cá nhân", 15, "Change of land use purpose for households and individuals", "Theo Nghị quyết của Hội đồng nhân dân tỉnh"],
  ["2.000391", "dat-dai", "Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân cấp huyện", 45, undefined, FREE],
  ["1.001776", "bao-tro-xa-hoi", "Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng", 10, "Granting, adjusting or ending monthly social allowances", FREE],
];

function districtCode(base: string, d: number): string {
  const [prefix, num] = base.split(".");
  return `${prefix}.${String(Number(num) + d * 50000).padStart(6, "0")}`;
}

// Each district publishes a rotating third of the templates (3 or 4 each), so that a search for a
// common procedure lists a few districts rather than eleven copies of the same name.
const DISTRICT_ROWS: Row[] = DISTRICTS.flatMap((agency, d) =>
  DISTRICT_TEMPLATES.filter((_, t) => (t + d) % 3 === 0).map(
    ([base, field, name, days, en, fee]): Row => [districtCode(base, d), agency, field, name, days, en, fee],
  ),
);

const PLACE_PROVINCE = "Trung tâm Phục vụ hành chính công tỉnh Bình Phước";
const PLACE_BUSINESS_REGISTRATION = "Phòng Đăng ký kinh doanh – Sở Kế hoạch và Đầu tư, tại Trung tâm Phục vụ hành chính công tỉnh";
const PLACE_DISTRICT = "Bộ phận Một cửa của Ủy ban nhân dân cấp huyện";
const ONLINE_SUBMIT =
  "Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia hoặc Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Bình Phước";
const STEP_CHECK =
  "Cán bộ tiếp nhận kiểm tra tính đầy đủ, hợp lệ của hồ sơ; trường hợp hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần";
const STEP_REVIEW = "Cơ quan chuyên môn thẩm định hồ sơ, trình cấp có thẩm quyền xem xét, quyết định";

const DAY = 86_400_000;
const PRE_START = Date.UTC(2024, 5, 1); // 2024-06-01 .. 2025-11-24 (541 days)
const POST_START = Date.UTC(2025, 10, 25); // 2025-11-25 .. 2026-10-31 (341 days)

function updatedOn(i: number): string {
  const pre = (i * 7 + 3) % 20 < 3; // 15%
  const start = pre ? PRE_START : POST_START;
  const range = pre ? 541 : 341;
  return new Date(start + ((i * 97 + 13) % range) * DAY).toISOString().slice(0, 10);
}

function onlineLevel(i: number): SeedProcedure["online_level"] {
  const k = (i * 13 + 5) % 20;
  return k < 7 ? "full" : k < 16 ? "partial" : "none"; // 35% / 45% / 20%
}

const nfc = (s: string) => s.normalize("NFC");

function build([code, agency, field, name_vi, days, name_en, fee]: Row, i: number): SeedProcedure {
  const level = agency.startsWith("ubnd-") ? "district" : "province";
  const online_level = onlineLevel(i);
  const postal_receipt = (i * 3 + 1) % 5 < 3;
  const postal_return = (i * 7 + 4) % 5 < 3;
  // Enterprise registration is received by the Business Registration Office (Phòng Đăng ký kinh doanh).
  const place = level === "district" ? PLACE_DISTRICT : field === DN ? PLACE_BUSINESS_REGISTRATION : PLACE_PROVINCE;
  const submit =
    online_level === "full"
      ? ONLINE_SUBMIT
      : online_level === "partial"
        ? `Nộp hồ sơ trực tiếp tại ${place}, trực tuyến hoặc qua dịch vụ bưu chính công ích`
        : `Nộp hồ sơ trực tiếp tại ${place}${postal_receipt ? " hoặc qua dịch vụ bưu chính công ích" : ""}`;
  const ret = `Trả kết quả tại ${place}${postal_return ? ", qua dịch vụ bưu chính công ích" : ""}${
    online_level === "full" ? " hoặc trên môi trường điện tử" : ""
  }`;
  const steps = days === null ? [submit, STEP_CHECK, ret] : [submit, STEP_CHECK, STEP_REVIEW, ret];
  const docs = DOCS[field] ?? DOCS_DEFAULT;
  const legal = LEGAL[field] ?? [];
  const p: SeedProcedure = {
    code,
    name_vi: nfc(name_vi),
    agency,
    field,
    level,
    online_level,
    processing_days: days,
    fee_vi: nfc(fee ?? (i % 2 ? FREE : "50.000 đồng/lần")),
    required_documents_vi: docs.slice(0, Math.min(docs.length, 2 + (i % 4))).map(nfc),
    steps_vi: steps.map(nfc),
    legal_basis_vi: legal.slice(0, 1 + (i % 3)).map(nfc),
    postal_receipt,
    postal_return,
    updated_on: updatedOn(i),
  };
  if (name_en) p.name_en = nfc(name_en);
  if (days === null) p.processing_note_vi = nfc("Trong ngày làm việc");
  if (online_level !== "none") p.online_url = `https://dichvucong.binhphuoc.gov.vn/dichvucong/chitietthutuc?ma=${code}`;
  return p;
}

export const procedures: SeedProcedure[] = [...PROVINCE, ...DISTRICT_ROWS].map(build);
