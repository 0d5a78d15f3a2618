import type { RejectReason } from "../../../app/modules/petitions/petitions.rules";
import { taxCodeCheckDigit } from "../../../app/modules/petitions/tax-code";
import type { Rating } from "../../types";
import type { DEFAULT_TOPICS } from "../topics";

/**
 * Demo petitions of Bình Phước (db/seed/petitions.ts files them through the real module functions).
 *
 * Dates are relative, so the demo looks alive whatever day it starts: a petition is filed `daysAgo`
 * calendar days before the seed's `today`, and each step happens `wd` working days after the
 * previous one (0 = the same day, or the next working day when that one is not). In messages,
 * `{filed}` is the filing date and `{+N}` the date N working days after the step's own date.
 *
 * Filers, companies and tax codes are invented; e-mail addresses are at example.com / example.vn.
 */

export type DemoTopic = (typeof DEFAULT_TOPICS)[number]["slug"];

export interface DemoFiler {
  type: "citizen" | "business";
  name: string;
  email: string;
  phone: string; // as the filer typed it
  address: string;
  businessName?: string;
  taxCode?: string;
}

export type DemoStep =
  | { wd: number; staff: "acknowledge"; message?: string }
  | { wd: number; staff: "note"; message: string }
  | { wd: number; staff: "request_info"; message: string }
  | { wd: number; staff: "transfer"; to: string; message: string }
  | { wd: number; staff: "answer"; message: string }
  | { wd: number; staff: "reject"; reason: RejectReason; message: string }
  | { wd: number; staff: "publish"; redactions?: string[] }
  | { wd: number; filer: "provide_info" | "withdraw" | "reopen"; message: string }
  | { wd: number; filer: "rate"; rating: Rating; comment?: string };

export interface DemoPetition {
  daysAgo: number;
  /** The agency's slug; null files it to "not sure" (the province triage queue). */
  agency: string | null;
  topic: DemoTopic;
  lang?: "vi" | "en";
  filer: DemoFiler;
  subject: string;
  body: string;
  consent: boolean;
  steps: DemoStep[];
}

/** A tax code from its first nine digits and the check digit they call for (see tax-code.ts). */
export function taxCode(firstNine: string): string {
  const check = taxCodeCheckDigit(firstNine);
  if (check === null) throw new Error(`demo tax code ${firstNine}: no check digit fits (remainder 0)`);
  return `${firstNine}${check}`;
}

// Step builders: the data below reads like the timeline it becomes.
const ack = (wd: number, message?: string): DemoStep => ({ wd, staff: "acknowledge", message });
const note = (wd: number, message: string): DemoStep => ({ wd, staff: "note", message });
const ask = (wd: number, message: string): DemoStep => ({ wd, staff: "request_info", message });
const transfer = (wd: number, to: string, message: string): DemoStep => ({ wd, staff: "transfer", to, message });
const answer = (wd: number, message: string): DemoStep => ({ wd, staff: "answer", message });
const reject = (wd: number, reason: RejectReason, message: string): DemoStep => ({ wd, staff: "reject", reason, message });
const publish = (wd: number, redactions?: string[]): DemoStep => ({ wd, staff: "publish", redactions });
const reply = (wd: number, message: string): DemoStep => ({ wd, filer: "provide_info", message });
const withdraw = (wd: number, message: string): DemoStep => ({ wd, filer: "withdraw", message });
const reopen = (wd: number, message: string): DemoStep => ({ wd, filer: "reopen", message });
const rate = (wd: number, rating: Rating, comment?: string): DemoStep => ({ wd, filer: "rate", rating, comment });

const citizen = (name: string, email: string, phone: string, address: string): DemoFiler => ({ type: "citizen", name, email, phone, address });
const business = (name: string, businessName: string, code: string, email: string, phone: string, address: string): DemoFiler => ({
  type: "business",
  name,
  businessName,
  taxCode: code,
  email,
  phone,
  address,
});

export const demoPetitions: DemoPetition[] = [
  // ─────────────────────────── Published (25) ───────────────────────────
  {
    daysAgo: 296,
    agency: "so-tai-nguyen-va-moi-truong",
    topic: "dat-dai",
    filer: citizen("Nguyễn Văn Hùng", "nguyenvanhung.dx@example.com", "0913 247 815", "Số 45 đường Lê Quý Đôn, phường Tân Phú, thành phố Đồng Xoài"),
    subject: "Hồ sơ cấp Giấy chứng nhận quyền sử dụng đất lần đầu quá hạn chưa trả kết quả",
    body: `Tôi nộp hồ sơ đề nghị cấp Giấy chứng nhận quyền sử dụng đất lần đầu cho thửa đất của gia đình tại khu phố Phú Thanh, phường Tân Phú tại Bộ phận một cửa thành phố Đồng Xoài từ hơn hai tháng trước. Phiếu hẹn ghi ngày trả kết quả đã qua hơn một tháng nhưng đến nay tôi vẫn chưa nhận được giấy chứng nhận, cũng không có thông báo bổ sung hồ sơ hay lý do chậm trễ. Mỗi lần hỏi, cán bộ chỉ trả lời là hồ sơ đang ở Văn phòng Đăng ký đất đai.

Đề nghị Sở kiểm tra, cho biết hồ sơ đang vướng ở khâu nào và khi nào được trả kết quả. Khi cần, xin liên hệ tôi qua số điện thoại 0913 247 815.`,
    consent: true,
    steps: [
      ack(1, "Sở đã tiếp nhận và chuyển Văn phòng Đăng ký đất đai kiểm tra tình trạng hồ sơ."),
      note(2, "Chi nhánh VPĐKĐĐ Đồng Xoài báo cáo: hồ sơ chờ đo đạc chỉnh lý bản đồ địa chính, chậm do thiếu nhân lực đo đạc, chưa gửi phiếu xin lỗi cho người dân."),
      answer(
        5,
        `Kính gửi ông Nguyễn Văn Hùng,

Sở Tài nguyên và Môi trường đã nhận được phản ánh của ông về việc chậm trả kết quả hồ sơ cấp Giấy chứng nhận quyền sử dụng đất lần đầu. Sau khi kiểm tra, Sở trả lời như sau:

1. Hồ sơ của ông được Chi nhánh Văn phòng Đăng ký đất đai thành phố Đồng Xoài tiếp nhận đúng quy định. Do ranh giới thửa đất có biến động so với bản đồ địa chính nên phải đo đạc, chỉnh lý trước khi cấp giấy; việc đo đạc bị chậm và Chi nhánh đã không thông báo cho ông lý do cũng như thời hạn mới. Đây là thiếu sót của đơn vị.

2. Theo Nghị định số 61/2018/NĐ-CP của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính, hồ sơ quá hạn giải quyết thì cơ quan giải quyết phải gửi Phiếu xin lỗi và hẹn lại ngày trả kết quả cho người nộp hồ sơ. Chi nhánh đã gửi phiếu xin lỗi đến ông.

3. Việc đo đạc, chỉnh lý đã hoàn thành. Hồ sơ được giải quyết theo Luật Đất đai năm 2024 và Nghị định số 101/2024/NĐ-CP của Chính phủ về đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất; Giấy chứng nhận sẽ được trả tại Bộ phận một cửa thành phố Đồng Xoài chậm nhất ngày {+5}. Cán bộ Chi nhánh đã gọi cho ông qua số 0913 247 815 để thông báo.

Đơn vị chịu trách nhiệm: Văn phòng Đăng ký đất đai tỉnh (Chi nhánh thành phố Đồng Xoài). Sở đã yêu cầu Giám đốc Văn phòng kiểm điểm trách nhiệm của viên chức để hồ sơ quá hạn mà không thông báo.`,
      ),
      publish(1),
      rate(2, "very_satisfied", "Đã nhận giấy chứng nhận đúng hẹn, cảm ơn Sở."),
    ],
  },
  {
    daysAgo: 288,
    agency: "ubnd-huyen-bu-dang",
    topic: "moi-truong",
    filer: citizen("Trần Thị Lan", "tranthilan.bd@example.vn", "0978 615 204", "Thôn 4, xã Đức Liễu, huyện Bù Đăng"),
    subject: "Cơ sở chế biến hạt điều xả nước thải ra suối gây ô nhiễm tại xã Đức Liễu",
    body: `Khoảng ba tháng nay, cơ sở chế biến hạt điều ở thôn 4, xã Đức Liễu xả nước thải màu đen, có mùi hôi nồng ra con suối phía sau khu dân cư, nhất là vào ban đêm. Nước suối bị đổi màu, cá chết, các hộ dùng nước suối tưới tiêu phải ngưng. Khói từ lò đốt vỏ hạt điều cũng bay vào nhà dân, trẻ nhỏ ho nhiều.

Bà con đã báo UBND xã nhưng tình trạng vẫn tiếp diễn. Đề nghị huyện kiểm tra, xử lý dứt điểm. Số điện thoại của tôi: 0978.615.204.`,
    consent: true,
    steps: [
      ack(1),
      note(3, "Đoàn kiểm tra liên ngành (Phòng TN&MT, UBND xã Đức Liễu, Công an huyện) đã kiểm tra thực tế, lấy mẫu nước thải gửi phân tích."),
      answer(
        8,
        `UBND huyện Bù Đăng trả lời phản ánh của bà Trần Thị Lan như sau:

Đoàn kiểm tra liên ngành gồm Phòng Tài nguyên và Môi trường, UBND xã Đức Liễu và Công an huyện đã kiểm tra cơ sở chế biến hạt điều tại thôn 4, xã Đức Liễu. Kết quả: cơ sở chưa có hệ thống xử lý nước thải đạt yêu cầu, xả nước thải từ công đoạn ngâm, hấp hạt điều ra môi trường; kết quả phân tích mẫu cho thấy nhiều thông số vượt quy chuẩn kỹ thuật quốc gia về nước thải công nghiệp.

Căn cứ Nghị định số 45/2022/NĐ-CP ngày 07/7/2022 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực bảo vệ môi trường, Chủ tịch UBND huyện đã ban hành quyết định xử phạt vi phạm hành chính đối với chủ cơ sở, đồng thời buộc cơ sở ngừng xả thải, xây dựng hệ thống xử lý nước thải và di dời lò đốt vỏ hạt điều ra xa khu dân cư trong thời hạn 60 ngày.

Giao Phòng Tài nguyên và Môi trường huyện chủ trì, phối hợp UBND xã Đức Liễu giám sát việc khắc phục; hết thời hạn mà cơ sở không hoàn thành sẽ bị đình chỉ hoạt động theo quy định. Người dân phát hiện cơ sở tiếp tục xả thải xin báo ngay cho UBND xã Đức Liễu hoặc Phòng Tài nguyên và Môi trường huyện.

Đơn vị chịu trách nhiệm: Phòng Tài nguyên và Môi trường huyện Bù Đăng.`,
      ),
      publish(2),
      rate(3, "satisfied", "Cơ sở đã ngưng xả thải, mong huyện tiếp tục giám sát."),
    ],
  },
  {
    daysAgo: 281,
    agency: "so-ke-hoach-va-dau-tu",
    topic: "dau-tu-kinh-doanh",
    filer: business(
      "Lê Minh Tuấn",
      "Công ty TNHH Thương mại Dịch vụ Phú Lộc Phát",
      taxCode("380071234"),
      "phulocphat@example.vn",
      "0903 418 726",
      "Số 128 đường Phú Riềng Đỏ, phường Tân Bình, thành phố Đồng Xoài",
    ),
    subject: "Hồ sơ đăng ký thay đổi người đại diện theo pháp luật bị yêu cầu bổ sung nhiều lần",
    body: `Công ty chúng tôi nộp hồ sơ đăng ký thay đổi người đại diện theo pháp luật qua Hệ thống thông tin quốc gia về đăng ký doanh nghiệp. Hồ sơ đã bị trả về yêu cầu sửa đổi hai lần, mỗi lần nêu một nội dung khác nhau (lần đầu về chữ ký trong biên bản họp Hội đồng thành viên, lần sau về thông tin giấy tờ pháp lý của người đại diện), trong khi các nội dung này đã có từ lần nộp đầu tiên.

Việc chậm thay đổi người đại diện làm công ty không ký được hợp đồng với đối tác. Đề nghị Sở xem xét, hướng dẫn một lần đầy đủ để công ty hoàn thiện hồ sơ.`,
    consent: true,
    steps: [
      ack(1),
      answer(
        3,
        `Sở Kế hoạch và Đầu tư trả lời Công ty TNHH Thương mại Dịch vụ Phú Lộc Phát như sau:

1. Phòng Đăng ký kinh doanh đã rà soát hồ sơ của Công ty. Việc lần yêu cầu sửa đổi thứ hai nêu nội dung lẽ ra phải được thông báo ngay từ lần đầu là chưa đúng yêu cầu thông báo một lần, đầy đủ các nội dung cần sửa đổi, bổ sung. Sở đã chấn chỉnh công chức xử lý hồ sơ.

2. Theo Luật Doanh nghiệp năm 2020 và Nghị định số 168/2025/NĐ-CP của Chính phủ về đăng ký doanh nghiệp, cơ quan đăng ký kinh doanh xem xét tính hợp lệ và giải quyết hồ sơ trong thời hạn 03 ngày làm việc kể từ ngày nhận hồ sơ hợp lệ; trường hợp hồ sơ chưa hợp lệ phải thông báo bằng văn bản toàn bộ nội dung cần sửa đổi, bổ sung.

3. Hồ sơ Công ty nộp lại đã hợp lệ; Giấy chứng nhận đăng ký doanh nghiệp (thay đổi) đã được cấp và gửi vào tài khoản của Công ty trên Hệ thống.

Đơn vị chịu trách nhiệm: Phòng Đăng ký kinh doanh, Sở Kế hoạch và Đầu tư.`,
      ),
      publish(1),
      rate(1, "very_satisfied", "Được cấp giấy ngay, hướng dẫn rõ ràng."),
    ],
  },
  {
    daysAgo: 274,
    agency: "so-giao-thong-van-tai",
    topic: "giao-thong",
    filer: citizen("Phạm Văn Long", "phamvanlong74@example.com", "0935 702 118", "Thôn 7, xã Bù Nho, huyện Phú Riềng"),
    subject: "Đường ĐT741 đoạn qua xã Bù Nho xuất hiện nhiều ổ gà, gây mất an toàn giao thông",
    body: `Đoạn đường ĐT741 qua xã Bù Nho, khu vực gần chợ Bù Nho và cổng trường tiểu học, xuất hiện nhiều ổ gà sâu, có chỗ rộng gần một mét. Mùa mưa nước đọng che lấp ổ gà, xe máy chở mủ cao su và học sinh đi xe đạp thường xuyên bị té ngã; tháng trước có hai vụ tai nạn vào ban đêm. Đoạn này lại không có đèn chiếu sáng.

Đề nghị Sở cho vá sửa sớm và đặt biển cảnh báo trong thời gian chờ sửa chữa.`,
    consent: true,
    steps: [
      ack(1),
      answer(
        7,
        `Sở Giao thông vận tải trả lời ông Phạm Văn Long như sau:

Sau khi tiếp nhận phản ánh, Phòng Quản lý kết cấu hạ tầng giao thông đã phối hợp đơn vị quản lý, bảo trì tuyến ĐT741 kiểm tra hiện trường. Đoạn qua xã Bù Nho có 27 vị trí ổ gà, bong bật mặt đường do nền đường yếu và lưu lượng xe tải lớn.

Căn cứ Luật Đường bộ số 35/2024/QH15 về trách nhiệm quản lý, bảo trì đường bộ, Sở đã chỉ đạo đơn vị bảo trì: (1) cắm biển cảnh báo nguy hiểm và đèn cảnh báo ban đêm tại các vị trí hư hỏng ngay trong ngày kiểm tra; (2) vá ổ gà, xử lý cục bộ mặt đường, hoàn thành trước ngày {+10}.

Việc sửa chữa mặt đường đoạn Đồng Xoài – Phước Long đã được Sở đề xuất đưa vào kế hoạch bảo trì đường bộ năm tới. Về chiếu sáng, Sở đã đề nghị UBND huyện Phú Riềng bố trí đèn chiếu sáng khu vực chợ và trường học theo phân cấp.

Đơn vị chịu trách nhiệm: Phòng Quản lý kết cấu hạ tầng giao thông, Sở Giao thông vận tải.`,
      ),
      publish(1),
    ],
  },
  {
    daysAgo: 262,
    agency: "ubnd-huyen-hon-quan",
    topic: "dat-dai",
    filer: citizen("Điểu Thị Hoa", "dieuthihoa@example.vn", "0967 384 051", "Ấp 5, xã Tân Hiệp, huyện Hớn Quản"),
    subject: "Tranh chấp ranh giới vườn cao su với hộ liền kề tại xã Tân Hiệp",
    body: `Gia đình tôi có vườn cao su 1,2 ha tại ấp 5, xã Tân Hiệp, đã được cấp giấy chứng nhận quyền sử dụng đất từ năm 2009. Đầu năm nay, hộ ông Điểu Lâm ở thửa liền kề tự ý nhổ trụ ranh, trồng lấn sang vườn nhà tôi khoảng 3 hàng cao su và khai thác mủ trên phần đất này.

Tôi đã làm đơn gửi UBND xã nhưng sau hai lần mời, hộ bên kia không đến nên chưa hòa giải được. Đề nghị huyện chỉ đạo đo đạc lại ranh giới và giải quyết để gia đình tôi yên tâm sản xuất.`,
    consent: true,
    steps: [
      ack(2),
      note(3, "Đã giao Phòng TN&MT phối hợp Chi nhánh VPĐKĐĐ huyện đo đạc hiện trạng hai thửa đất."),
      answer(
        10,
        `UBND huyện Hớn Quản trả lời bà Điểu Thị Hoa như sau:

1. Theo Điều 235 Luật Đất đai năm 2024, tranh chấp đất đai phải được hòa giải tại UBND cấp xã trước khi đề nghị cơ quan có thẩm quyền giải quyết. UBND xã Tân Hiệp chưa tổ chức được buổi hòa giải trong thời hạn là chưa bảo đảm yêu cầu.

2. UBND huyện đã chỉ đạo Phòng Tài nguyên và Môi trường phối hợp Chi nhánh Văn phòng Đăng ký đất đai huyện đo đạc, xác định ranh giới hai thửa đất theo hồ sơ địa chính. Kết quả đo cho thấy phần diện tích khoảng 410 m² mà hộ Điểu Lâm đang canh tác thuộc thửa đất đã cấp giấy chứng nhận cho gia đình bà.

3. UBND xã Tân Hiệp đã tổ chức hòa giải với sự tham gia của hai hộ; hộ liền kề thống nhất trả lại phần đất lấn chiếm và cắm lại trụ ranh theo kết quả đo đạc. Trường hợp hộ liền kề không thực hiện, bà có quyền đề nghị Chủ tịch UBND huyện giải quyết hoặc khởi kiện tại Tòa án nhân dân theo Điều 236 Luật Đất đai.

Đơn vị chịu trách nhiệm: Phòng Tài nguyên và Môi trường huyện Hớn Quản; UBND xã Tân Hiệp.`,
      ),
      // A third party's name is not masked automatically: the officer hides it.
      publish(2, ["Điểu Lâm"]),
    ],
  },
  {
    daysAgo: 255,
    agency: "ban-quan-ly-khu-kinh-te",
    topic: "dau-tu-kinh-doanh",
    lang: "en",
    filer: business(
      "Kim Ji-hoon",
      "Daesung Textile Vina Co., Ltd.",
      taxCode("380076543"),
      "jihoon.kim@example.com",
      "0908 552 917",
      "Lot C-12, Minh Hung – Korea Industrial Park, Chon Thanh District, Binh Phuoc",
    ),
    subject: "Timeline for amending our investment registration certificate to expand the dyeing line",
    body: `Our company operates a knitting and dyeing factory in Minh Hung – Korea Industrial Park. We plan to add a second dyeing line, which raises the project's investment capital by USD 4.5 million and its capacity by about 40%.

Before we sign the equipment contracts, we would like to know (1) which documents are needed to amend the investment registration certificate, (2) how long the Authority takes to process it, and (3) whether the environmental permit must be amended first or can be processed in parallel. Our supplier needs a confirmed date, so a clear timeline would help us a lot.`,
    consent: true,
    steps: [
      ack(1),
      ask(2, "Please send the current environmental permit and the layout drawing of the new dyeing line, so that the Authority can check whether the expansion changes the project's environmental obligations."),
      reply(4, "We have sent the environmental permit and the layout drawing of the second dyeing line to the Investment Management Division by e-mail and by post."),
      answer(
        5,
        `The Binh Phuoc Economic Zone Authority replies to Daesung Textile Vina Co., Ltd. as follows:

1. Documents. Under Article 41 of the Law on Investment 2020 and Decree 31/2021/ND-CP, an increase of investment capital and capacity that does not require a new investment policy decision is handled as an amendment of the investment registration certificate. The dossier consists of the written request, a report on the project's implementation to date, the investor's decision on the amendment, and an explanation of the added capital and technology.

2. Time limit. The Authority issues the amended certificate within 10 working days of receiving a complete dossier. The dossier can be filed online through the National Investment Information System; the Investment Management Division checks it within 3 working days and tells you at once if anything is missing.

3. Environment. The drawings you sent show that the second line increases the volume of wastewater, so the environmental permit must be amended under the Law on Environmental Protection 2020 and Decree 08/2022/ND-CP. The two procedures can run in parallel: the amended investment certificate does not wait for the permit, but the new line may only start operating once the amended permit has been granted.

Responsible unit: Investment Management Division, Binh Phuoc Economic Zone Authority; for the environmental permit, the Environment Management Division of the Authority.`,
      ),
      publish(1),
      rate(2, "very_satisfied", "Clear answer and a realistic timeline. Thank you."),
    ],
  },
  {
    daysAgo: 248,
    agency: "so-lao-dong-thuong-binh-va-xa-hoi",
    topic: "lao-dong-an-sinh",
    filer: citizen("Nguyễn Thị Mai", "nguyenthimai.cn@example.com", "0986 230 547", "Tổ 3, khu phố 2, phường Tiến Thành, thành phố Đồng Xoài"),
    subject: "Công ty nợ lương hai tháng và không đóng bảo hiểm xã hội cho công nhân",
    body: `Tôi là công nhân may của một công ty trong Khu công nghiệp Đồng Xoài II. Đã hai tháng nay công ty chậm trả lương, chỉ tạm ứng mỗi người 1.000.000 đồng. Khi tra cứu trên ứng dụng VssID, tôi và nhiều anh chị em thấy công ty vẫn trừ tiền bảo hiểm xã hội hằng tháng trong bảng lương nhưng không nộp cho cơ quan bảo hiểm từ đầu năm.

Khoảng 300 công nhân đang bị ảnh hưởng. Đề nghị Sở kiểm tra, buộc công ty trả lương và đóng đủ bảo hiểm cho người lao động. Tôi xin được giữ kín thông tin cá nhân.`,
    consent: true,
    steps: [
      ack(1),
      note(4, "Thanh tra Sở đã lập đoàn kiểm tra, làm việc với doanh nghiệp cùng BHXH tỉnh và Ban Quản lý Khu kinh tế."),
      answer(
        8,
        `Sở Lao động – Thương binh và Xã hội trả lời như sau:

Thanh tra Sở đã phối hợp Bảo hiểm xã hội tỉnh và Ban Quản lý Khu kinh tế làm việc với doanh nghiệp bị phản ánh. Kết quả kiểm tra xác định doanh nghiệp chậm trả lương hai tháng cho 312 người lao động và chậm đóng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp 7 tháng.

Căn cứ Bộ luật Lao động năm 2019, Luật Bảo hiểm xã hội và Nghị định số 12/2022/NĐ-CP ngày 17/01/2022 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực lao động, bảo hiểm xã hội, Chánh Thanh tra Sở đã ban hành quyết định xử phạt và buộc doanh nghiệp trả đủ tiền lương còn nợ kèm tiền lãi chậm trả; nộp đủ số tiền bảo hiểm chậm đóng và tiền lãi vào quỹ bảo hiểm xã hội.

Doanh nghiệp đã trả xong lương tháng thứ nhất và cam kết trả phần còn lại trước ngày {+7}. Người lao động theo dõi quá trình đóng bảo hiểm trên ứng dụng VssID; nếu đến hạn doanh nghiệp vẫn không thực hiện, đề nghị tiếp tục phản ánh để Sở xử lý theo quy định của pháp luật.

Đơn vị chịu trách nhiệm: Thanh tra Sở Lao động – Thương binh và Xã hội.`,
      ),
      publish(2),
      rate(5, "satisfied", "Công ty đã trả lương, đang chờ chốt quá trình đóng bảo hiểm."),
    ],
  },
  {
    daysAgo: 240,
    agency: "ubnd-thanh-pho-dong-xoai",
    topic: "xay-dung-quy-hoach",
    filer: citizen("Hoàng Văn Sơn", "hoangson.tanxuan@example.com", "0918 044 263", "Số 17, hẻm 92 đường Hoàng Văn Thụ, phường Tân Xuân, thành phố Đồng Xoài"),
    subject: "Hồ sơ xin giấy phép xây dựng nhà ở riêng lẻ quá 15 ngày chưa được cấp",
    body: `Tôi nộp hồ sơ xin cấp giấy phép xây dựng nhà ở riêng lẻ hai tầng tại Bộ phận một cửa thành phố. Đã hơn một tháng nhưng tôi chưa nhận được giấy phép, cũng không được thông báo bổ sung hồ sơ. Khi hỏi, cán bộ nói hồ sơ vướng chỉ giới xây dựng vì hẻm chưa có lộ giới.

Tôi đề nghị thành phố cho biết lộ giới hẻm 92 là bao nhiêu mét, hồ sơ cần bổ sung gì để được cấp phép, tránh để người dân chờ đợi không có thời hạn.`,
    consent: true,
    steps: [
      ack(2),
      answer(
        6,
        `UBND thành phố Đồng Xoài trả lời ông Hoàng Văn Sơn như sau:

1. Theo Luật Xây dựng năm 2014 (sửa đổi, bổ sung năm 2020), thời hạn cấp giấy phép xây dựng nhà ở riêng lẻ là 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp cần xem xét thêm phải thông báo bằng văn bản lý do cho chủ đầu tư. Phòng Quản lý đô thị đã không thông báo cho ông là chưa đúng quy định; UBND thành phố đã yêu cầu Phòng kiểm điểm, rút kinh nghiệm.

2. Hẻm 92 đường Hoàng Văn Thụ thuộc khu vực đã có quy hoạch chi tiết tỷ lệ 1/500; lộ giới hẻm là 6 m (mỗi bên 3 m tính từ tim hẻm). Công trình của ông phải lùi vào 0,5 m so với mép hẻm hiện trạng.

3. Phòng Quản lý đô thị đã hướng dẫn ông điều chỉnh bản vẽ mặt bằng theo chỉ giới xây dựng; giấy phép xây dựng sẽ được cấp trong 05 ngày làm việc kể từ ngày ông nộp bản vẽ điều chỉnh.

Đơn vị chịu trách nhiệm: Phòng Quản lý đô thị thành phố Đồng Xoài.`,
      ),
      publish(1),
    ],
  },
  {
    daysAgo: 233,
    agency: "so-giao-duc-va-dao-tao",
    topic: "giao-duc",
    filer: citizen("Võ Thị Thu Hà", "thuha.vo@example.vn", "0905 871 336", "Số 6 đường Lê Duẩn, phường Tân Phú, thành phố Đồng Xoài"),
    subject: "Trường THPT thu nhiều khoản đầu năm học ngoài quy định",
    body: `Con tôi học lớp 10 tại một trường THPT ở thành phố Đồng Xoài. Đầu năm học, ngoài các khoản theo quy định, Ban đại diện cha mẹ học sinh lớp thông báo mỗi học sinh đóng 500.000 đồng quỹ hội, 350.000 đồng lắp máy lạnh cho phòng học và 200.000 đồng mua ti vi, rèm cửa. Phụ huynh được yêu cầu chuyển khoản trong tuần, không ai được hỏi ý kiến trước.

Xin Sở cho biết các khoản này có đúng quy định không. Xin phản hồi giúp qua email thuha.vo@example.vn.`,
    consent: true,
    steps: [
      ack(1),
      answer(
        9,
        `Sở Giáo dục và Đào tạo trả lời bà Võ Thị Thu Hà như sau:

1. Theo Điều lệ Ban đại diện cha mẹ học sinh ban hành kèm theo Thông tư số 55/2011/TT-BGDĐT của Bộ Giáo dục và Đào tạo, Ban đại diện cha mẹ học sinh không được quyên góp của người học hoặc gia đình người học để mua sắm máy móc, thiết bị, đồ dùng dạy học cho trường, lớp; kinh phí hoạt động của Ban đại diện chỉ được vận động trên cơ sở tự nguyện.

2. Sở đã giao Phòng Kế hoạch – Tài chính phối hợp Thanh tra Sở kiểm tra tại trường. Kết quả: các khoản lắp máy lạnh, mua ti vi, rèm cửa là không đúng quy định; nhà trường thiếu kiểm tra, giám sát hoạt động của Ban đại diện cha mẹ học sinh các lớp.

3. Sở đã yêu cầu nhà trường dừng thu, hoàn trả toàn bộ số tiền đã thu cho phụ huynh trước ngày {+5}; Hiệu trưởng kiểm điểm trách nhiệm và báo cáo kết quả về Sở. Việc trang bị máy lạnh phòng học (nếu cần) phải thực hiện theo Thông tư số 16/2018/TT-BGDĐT quy định về tài trợ cho các cơ sở giáo dục, bảo đảm công khai, tự nguyện.

Đơn vị chịu trách nhiệm: Phòng Kế hoạch – Tài chính và Thanh tra Sở Giáo dục và Đào tạo.`,
      ),
      publish(1),
      rate(2, "very_satisfied", "Nhà trường đã trả lại tiền cho phụ huynh. Cảm ơn Sở đã xử lý nhanh."),
    ],
  },
  {
    daysAgo: 226,
    agency: "so-y-te",
    topic: "y-te",
    filer: citizen("Lý Văn Phúc", "lyvanphuc@example.com", "0947 126 980", "Ấp Thuận Hòa 1, xã Thuận Lợi, huyện Đồng Phú"),
    subject: "Người bệnh chờ khám quá lâu tại Khoa Khám bệnh Bệnh viện Đa khoa tỉnh",
    body: `Tôi đưa mẹ đi khám bảo hiểm y tế tại Khoa Khám bệnh, Bệnh viện Đa khoa tỉnh Bình Phước. Chúng tôi lấy số lúc 6 giờ sáng nhưng gần 11 giờ mới được khám, buổi chiều lại chờ kết quả xét nghiệm và lấy thuốc đến 16 giờ. Khu chờ đông, thiếu ghế, người già phải đứng. Bảng điện tử gọi số thường xuyên bị lỗi.

Đề nghị Sở Y tế chỉ đạo bệnh viện cải tiến quy trình để giảm thời gian chờ cho người bệnh.`,
    consent: true,
    steps: [
      ack(2),
      answer(
        8,
        `Sở Y tế trả lời ông Lý Văn Phúc như sau:

Sở đã giao Phòng Nghiệp vụ Y làm việc với Bệnh viện Đa khoa tỉnh. Bệnh viện xác nhận vào các ngày đầu tuần lượng người bệnh tăng cao, trung bình hơn 1.800 lượt khám mỗi ngày, nên thời gian chờ kéo dài.

Thực hiện các quy định của Bộ Y tế về cải tiến quy trình khám bệnh, nâng cao sự hài lòng của người bệnh, bệnh viện đã: (1) mở thêm 6 bàn khám vào buổi sáng thứ Hai và thứ Ba; (2) triển khai đặt lịch khám qua tổng đài và ứng dụng của bệnh viện; (3) sửa chữa hệ thống gọi số tự động và bổ sung ghế ngồi tại khu chờ; (4) bố trí nhân viên công tác xã hội hướng dẫn, ưu tiên người cao tuổi.

Sở Y tế sẽ tiếp tục khảo sát sự hài lòng của người bệnh hằng quý và công khai kết quả.

Đơn vị chịu trách nhiệm: Phòng Nghiệp vụ Y, Sở Y tế; Bệnh viện Đa khoa tỉnh Bình Phước.`,
      ),
      publish(2),
      rate(10, "not_satisfied", "Tuần trước đưa mẹ đi tái khám vẫn phải chờ gần như cũ."),
    ],
  },
  {
    daysAgo: 219,
    agency: "trung-tam-phuc-vu-hanh-chinh-cong",
    topic: "thu-tuc-hanh-chinh",
    filer: business(
      "Đặng Quốc Bảo",
      "Công ty TNHH Xây dựng Trường Phát Bình Phước",
      taxCode("380081729"),
      "truongphat.bp@example.vn",
      "0912 663 059",
      "Số 310 Quốc lộ 14, phường Tân Thiện, thành phố Đồng Xoài",
    ),
    subject: "Không tải được tệp đính kèm khi nộp hồ sơ trực tuyến trên Cổng dịch vụ công của tỉnh",
    body: `Công ty chúng tôi nộp hồ sơ đề nghị cấp chứng chỉ năng lực hoạt động xây dựng trên Cổng dịch vụ công của tỉnh. Khi tải các tệp PDF từ 5 MB trở lên, hệ thống báo lỗi và tự thoát phiên đăng nhập; chúng tôi đã thử trên nhiều máy và trình duyệt khác nhau trong ba ngày.

Hỏi tổng đài hỗ trợ thì được hướng dẫn nộp trực tiếp, như vậy mất ý nghĩa của dịch vụ công trực tuyến toàn trình. Đề nghị Trung tâm kiểm tra, khắc phục lỗi.`,
    consent: true,
    steps: [
      ack(0),
      answer(
        3,
        `Trung tâm Phục vụ hành chính công tỉnh trả lời Công ty TNHH Xây dựng Trường Phát Bình Phước như sau:

Trung tâm đã phối hợp Trung tâm Công nghệ thông tin và Truyền thông (Sở Thông tin và Truyền thông) kiểm tra. Nguyên nhân: sau đợt nâng cấp hệ thống, giới hạn dung lượng tệp tải lên bị cấu hình sai xuống 5 MB và phiên đăng nhập hết hạn khi tải tệp lớn. Lỗi đã được khắc phục; dung lượng tối đa mỗi tệp hiện là 20 MB.

Theo Nghị định số 45/2020/NĐ-CP về thực hiện thủ tục hành chính trên môi trường điện tử và Nghị định số 42/2022/NĐ-CP quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng, cơ quan nhà nước phải bảo đảm hệ thống hoạt động ổn định để tổ chức, cá nhân nộp hồ sơ trực tuyến. Việc tổng đài hướng dẫn doanh nghiệp chuyển sang nộp trực tiếp là chưa phù hợp; Trung tâm đã chấn chỉnh bộ phận hỗ trợ.

Công ty có thể nộp lại hồ sơ trực tuyến; thời hạn giải quyết được tính từ ngày hồ sơ được tiếp nhận trên hệ thống.

Đơn vị chịu trách nhiệm: Phòng Tiếp nhận và trả kết quả, Trung tâm Phục vụ hành chính công tỉnh.`,
      ),
      publish(1),
    ],
  },
  {
    daysAgo: 210,
    agency: "ubnd-huyen-chon-thanh",
    topic: "dat-dai",
    filer: citizen("Phan Thị Ngọc Ánh", "ngocanh.phan@example.com", "0934 508 172", "Ấp 3A, xã Minh Thành, huyện Chơn Thành"),
    subject: "Đề nghị xem xét lại đơn giá bồi thường cây cao su khi thu hồi đất mở rộng Quốc lộ 13",
    body: `Gia đình tôi bị thu hồi 2.350 m² đất trồng cao su đang khai thác năm thứ 6 để mở rộng Quốc lộ 13 đoạn qua xã Minh Thành. Theo phương án bồi thường niêm yết, cây cao su của gia đình được tính theo đơn giá cây chưa khai thác, thấp hơn nhiều so với thực tế. Tôi đã có đơn gửi Hội đồng bồi thường nhưng chưa được trả lời.

Tôi là người đứng tên giấy chứng nhận, CCCD số 070185004321, số điện thoại 0934 508 172. Đề nghị huyện kiểm tra lại việc áp đơn giá.`,
    consent: true,
    steps: [
      ack(1),
      ask(2, "Đề nghị bà cung cấp bản sao quyết định thu hồi đất và trang phương án bồi thường có tên gia đình để đối chiếu."),
      reply(3, "Tôi đã nộp bản sao quyết định thu hồi đất và trang phương án bồi thường tại Bộ phận một cửa huyện."),
      answer(
        8,
        `UBND huyện Chơn Thành trả lời bà Phan Thị Ngọc Ánh như sau:

1. Căn cứ Luật Đất đai năm 2024, Nghị định số 88/2024/NĐ-CP của Chính phủ quy định về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất và quy định của UBND tỉnh về đơn giá bồi thường cây trồng, cây cao su được bồi thường theo giai đoạn sinh trưởng thực tế tại thời điểm kiểm đếm.

2. Trung tâm Phát triển quỹ đất huyện đã đối chiếu biên bản kiểm đếm: vườn cao su của gia đình bà đang khai thác mủ nhưng bị ghi nhầm là vườn cây kiến thiết cơ bản. Đây là sai sót trong khâu lập phương án.

3. UBND huyện đã chỉ đạo điều chỉnh phương án bồi thường, áp đơn giá cây cao su đang khai thác; phần chênh lệch được chi trả trong đợt chi trả bổ sung, dự kiến trước ngày {+10}. Trung tâm Phát triển quỹ đất huyện sẽ thông báo lịch nhận tiền cho gia đình bà.

Đơn vị chịu trách nhiệm: Trung tâm Phát triển quỹ đất huyện Chơn Thành; Phòng Tài nguyên và Môi trường huyện.`,
      ),
      publish(2),
      rate(4, "satisfied", "Đã được điều chỉnh đơn giá, tuy thời gian chờ hơi lâu."),
    ],
  },
  {
    daysAgo: 203,
    agency: "so-tai-nguyen-va-moi-truong",
    topic: "moi-truong",
    filer: citizen("Bùi Văn Thắng", "buivanthang.pl@example.com", "0977 243 619", "Khu phố 2, phường Long Thủy, thị xã Phước Long"),
    subject: "Ghe hút cát trái phép ban đêm trên sông Bé đoạn qua thị xã Phước Long",
    body: `Nhiều đêm gần đây, từ khoảng 22 giờ đến 4 giờ sáng, có 3 đến 4 ghe hút cát hoạt động trên sông Bé đoạn gần khu phố 2, tiếng máy nổ lớn. Bờ sông đã bị sạt lở, vài hộ có vườn điều sát bờ bị mất đất.

Người dân nghi đây là khai thác trái phép vì không thấy biển báo hay mốc giới khu vực khai thác. Đề nghị Sở kiểm tra, xử lý.`,
    consent: true,
    steps: [
      ack(1),
      note(2, "Đã phối hợp Phòng Cảnh sát môi trường Công an tỉnh lên kế hoạch kiểm tra đột xuất ban đêm."),
      answer(
        9,
        `Sở Tài nguyên và Môi trường trả lời ông Bùi Văn Thắng như sau:

Sở đã chủ trì, phối hợp Phòng Cảnh sát phòng, chống tội phạm về môi trường (Công an tỉnh) và UBND thị xã Phước Long kiểm tra đột xuất vào ban đêm. Đoàn kiểm tra phát hiện 3 phương tiện đang hút cát tại khu vực không được cấp phép khai thác khoáng sản; các phương tiện đã bị tạm giữ.

Căn cứ Nghị định số 36/2020/NĐ-CP quy định về xử phạt vi phạm hành chính trong lĩnh vực tài nguyên nước và khoáng sản (được sửa đổi, bổ sung bởi Nghị định số 04/2022/NĐ-CP), các chủ phương tiện đã bị xử phạt vi phạm hành chính và tịch thu tang vật.

Sở đã đề nghị UBND thị xã Phước Long chỉ đạo các phường, xã ven sông thành lập tổ tuần tra, cắm biển cấm khai thác cát tại khu vực sạt lở. Khu vực bờ sông bị sạt lở được đưa vào danh mục cần khảo sát, đánh giá để có biện pháp xử lý.

Đơn vị chịu trách nhiệm: Phòng Khoáng sản – Tài nguyên nước, Sở Tài nguyên và Môi trường.`,
      ),
      publish(1),
    ],
  },
  {
    daysAgo: 195,
    agency: "so-ke-hoach-va-dau-tu",
    topic: "dau-tu-kinh-doanh",
    filer: business(
      "Trịnh Văn Hưng",
      "Công ty Cổ phần Chế biến Nông sản Hưng Thịnh",
      taxCode("380092416"),
      "hungthinh.agro@example.vn",
      "0916 357 240",
      "Số 88 đường Trần Hưng Đạo, phường Tân Bình, thành phố Đồng Xoài",
    ),
    subject: "Hỏi về thủ tục và ưu đãi đầu tư nhà máy chế biến hạt điều trong Khu công nghiệp Chơn Thành",
    body: `Công ty dự kiến đầu tư nhà máy chế biến hạt điều xuất khẩu công suất 20.000 tấn/năm, tổng vốn khoảng 180 tỷ đồng, thuê đất trong Khu công nghiệp Chơn Thành I.

Đề nghị cơ quan có thẩm quyền hướng dẫn: trình tự cấp Giấy chứng nhận đăng ký đầu tư; dự án có được hưởng ưu đãi đầu tư hay không; và thời gian giải quyết dự kiến.`,
    consent: true,
    steps: [
      transfer(2, "ban-quan-ly-khu-kinh-te", "Dự án đầu tư trong khu công nghiệp thuộc thẩm quyền đăng ký đầu tư của Ban Quản lý Khu kinh tế tỉnh."),
      ack(1, "Ban Quản lý Khu kinh tế đã tiếp nhận kiến nghị do Sở Kế hoạch và Đầu tư chuyển đến."),
      answer(
        6,
        `Ban Quản lý Khu kinh tế tỉnh trả lời Công ty Cổ phần Chế biến Nông sản Hưng Thịnh như sau:

1. Thẩm quyền: dự án đầu tư trong khu công nghiệp, không thuộc diện chấp thuận chủ trương đầu tư, do Ban Quản lý Khu kinh tế cấp Giấy chứng nhận đăng ký đầu tư theo Điều 39 Luật Đầu tư năm 2020. Sở Kế hoạch và Đầu tư đã chuyển kiến nghị của Công ty đến Ban.

2. Trình tự: Công ty ký thỏa thuận thuê đất với chủ đầu tư hạ tầng Khu công nghiệp Chơn Thành I, sau đó nộp hồ sơ đề nghị cấp Giấy chứng nhận đăng ký đầu tư trực tiếp tại Trung tâm Phục vụ hành chính công hoặc trực tuyến. Thời hạn giải quyết là 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ.

3. Ưu đãi: dự án đầu tư trong khu công nghiệp thuộc đối tượng hưởng ưu đãi đầu tư theo Điều 15, Điều 16 Luật Đầu tư và Nghị định số 31/2021/NĐ-CP; mức ưu đãi thuế thu nhập doanh nghiệp, miễn, giảm tiền thuê đất cụ thể do cơ quan thuế xác định khi doanh nghiệp kê khai. Ban sẽ ghi nội dung ưu đãi vào Giấy chứng nhận đăng ký đầu tư.

4. Môi trường: trước khi vận hành, dự án phải thực hiện thủ tục môi trường theo Luật Bảo vệ môi trường năm 2020; Phòng Quản lý môi trường của Ban sẽ hướng dẫn.

Đơn vị chịu trách nhiệm: Phòng Quản lý đầu tư, Ban Quản lý Khu kinh tế tỉnh Bình Phước.`,
      ),
      publish(2),
      rate(3, "very_satisfied", "Hướng dẫn cụ thể, công ty đã nộp hồ sơ."),
    ],
  },
  {
    daysAgo: 187,
    agency: "ubnd-huyen-loc-ninh",
    topic: "lao-dong-an-sinh",
    filer: citizen("Lâm Quốc Việt", "lamquocviet@example.com", "0929 441 860", "Ấp 8, xã Lộc Thái, huyện Lộc Ninh"),
    subject: "Cha tôi đủ 80 tuổi nhưng chưa được hưởng trợ cấp xã hội hằng tháng",
    body: `Cha tôi là ông Lâm Văn Chín, hiện sống cùng gia đình tôi ở ấp 8, xã Lộc Thái, đã hơn 80 tuổi. Gia đình đã nộp tờ khai đề nghị hưởng trợ cấp xã hội hằng tháng cho người từ đủ 80 tuổi tại UBND xã từ hơn bốn tháng trước nhưng đến nay chưa có quyết định; cán bộ xã nói hồ sơ đã chuyển lên huyện.

Đề nghị huyện kiểm tra giúp. Số điện thoại liên hệ: 0929 441 860.`,
    consent: true,
    steps: [
      ack(1),
      answer(
        6,
        `UBND huyện Lộc Ninh trả lời ông Lâm Quốc Việt như sau:

Phòng Lao động – Thương binh và Xã hội huyện đã kiểm tra: hồ sơ đề nghị trợ cấp xã hội hằng tháng của ông Lâm Văn Chín được UBND xã Lộc Thái xét duyệt, niêm yết đúng quy định nhưng chậm chuyển lên huyện do công chức phụ trách nghỉ việc và chưa bàn giao đầy đủ hồ sơ.

Căn cứ Nghị định số 20/2021/NĐ-CP ngày 15/3/2021 của Chính phủ quy định chính sách trợ giúp xã hội đối với đối tượng bảo trợ xã hội, Chủ tịch UBND huyện đã ký quyết định trợ cấp xã hội hằng tháng cho ông Lâm Văn Chín. Trợ cấp được tính từ tháng UBND xã nhận đủ hồ sơ hợp lệ; số tiền của các tháng trước sẽ được truy lĩnh trong kỳ chi trả tới tại UBND xã Lộc Thái.

Phòng Lao động – Thương binh và Xã hội đã liên hệ với gia đình qua số điện thoại 0929 441 860 để hướng dẫn. UBND huyện đã yêu cầu UBND xã Lộc Thái kiểm điểm việc để chậm hồ sơ.

Đơn vị chịu trách nhiệm: Phòng Lao động – Thương binh và Xã hội huyện Lộc Ninh.`,
      ),
      publish(1, ["Lâm Văn Chín"]),
      rate(3, "very_satisfied", "Cha tôi đã nhận trợ cấp và tiền truy lĩnh."),
    ],
  },
  {
    daysAgo: 178,
    agency: "so-cong-thuong",
    topic: "khac",
    filer: citizen("Huỳnh Thị Bích", "huynhbich.dakia@example.com", "0989 702 331", "Thôn 3, xã Đa Kia, huyện Bù Gia Mập"),
    subject: "Mất điện thường xuyên ở xã Đa Kia ảnh hưởng đến sản xuất, sấy nông sản",
    body: `Từ đầu mùa thu hoạch điều và tiêu, khu vực thôn 3, thôn 4 xã Đa Kia bị mất điện gần như hằng ngày, có hôm mất cả buổi mà không có thông báo trước. Điện áp yếu vào buổi tối làm hỏng máy bơm, máy sấy của nhiều hộ.

Người dân đã báo cho điện lực khu vực nhưng chưa được khắc phục. Đề nghị Sở Công Thương làm việc với ngành điện để bảo đảm cấp điện ổn định.`,
    consent: true,
    steps: [
      ack(2),
      note(3, "Đã có văn bản đề nghị Công ty Điện lực Bình Phước kiểm tra, báo cáo nguyên nhân."),
      answer(
        7,
        `Sở Công Thương trả lời bà Huỳnh Thị Bích như sau:

Phòng Quản lý năng lượng của Sở đã làm việc với Công ty Điện lực Bình Phước. Nguyên nhân mất điện và điện áp thấp tại thôn 3, thôn 4 xã Đa Kia là do trạm biến áp khu vực bị quá tải trong mùa thu hoạch, đường dây hạ áp dài và một số đoạn bị cây cối va quệt khi mưa gió.

Ngành điện đã: (1) phát quang hành lang tuyến, thay thế các đoạn dây xuống cấp; (2) lắp thêm một trạm biến áp 250 kVA để san tải cho khu vực, đóng điện trước ngày {+8}; (3) thông báo lịch ngừng cung cấp điện có kế hoạch trước ít nhất 5 ngày theo quy định.

Trường hợp thiết bị của hộ dân bị hư hỏng do sự cố lưới điện, người dân có thể gửi yêu cầu bồi thường đến Điện lực Bù Gia Mập kèm xác nhận của UBND xã. Sở sẽ tiếp tục giám sát việc cấp điện tại khu vực.

Đơn vị chịu trách nhiệm: Phòng Quản lý năng lượng, Sở Công Thương.`,
      ),
      publish(1),
    ],
  },
  {
    daysAgo: 170,
    agency: "ubnd-thi-xa-binh-long",
    topic: "thai-do-can-bo",
    filer: citizen("Đỗ Thị Hằng", "dothihang.anloc@example.vn", "0961 538 207", "Số 21 đường Nguyễn Huệ, phường An Lộc, thị xã Bình Long"),
    subject: "Cán bộ tư pháp phường thu phí chứng thực cao hơn quy định và không cấp biên lai",
    body: `Tôi đến UBND phường An Lộc chứng thực bản sao 6 trang giấy tờ để làm hồ sơ vay vốn. Cán bộ thu 60.000 đồng, nói là phí chứng thực và phí photo, không đưa biên lai. Khi tôi hỏi lại mức phí, cán bộ trả lời thiếu tôn trọng và bảo tôi không hỏi nữa nếu muốn lấy ngay.

Đề nghị thị xã kiểm tra việc thu phí và thái độ của cán bộ.`,
    consent: true,
    steps: [
      ack(1),
      answer(
        9,
        `UBND thị xã Bình Long trả lời bà Đỗ Thị Hằng như sau:

1. Theo Thông tư số 226/2016/TT-BTC của Bộ Tài chính, phí chứng thực bản sao từ bản chính là 2.000 đồng/trang cho hai trang đầu, từ trang thứ ba trở đi là 1.000 đồng/trang; mọi khoản thu phải có biên lai.

2. Thanh tra thị xã đã xác minh: công chức tư pháp – hộ tịch phường An Lộc thu phí chứng thực không đúng quy định, không cấp biên lai và có thái độ ứng xử chưa đúng mực với người dân. Chủ tịch UBND phường An Lộc đã tổ chức kiểm điểm, hoàn trả cho bà số tiền thu sai và xin lỗi bà.

3. UBND thị xã đã chỉ đạo các phường, xã niêm yết công khai mức phí chứng thực tại Bộ phận một cửa và chỉ thu phí kèm biên lai điện tử.

Đơn vị chịu trách nhiệm: Thanh tra thị xã Bình Long; UBND phường An Lộc.`,
      ),
      publish(2),
      rate(2, "satisfied", "Phường đã trả lại tiền thu sai."),
    ],
  },
  {
    daysAgo: 162,
    agency: "ubnd-huyen-dong-phu",
    topic: "giao-thong",
    filer: citizen("Ngô Văn Tài", "ngovantai.tanlap@example.com", "0944 817 362", "Ấp 1, xã Tân Lập, huyện Đồng Phú"),
    subject: "Xe tải chở đá làm hư hỏng đường giao thông nông thôn tại xã Tân Lập",
    body: `Tuyến đường bê tông liên ấp 1 – ấp 2, xã Tân Lập được làm theo chương trình nông thôn mới, người dân cũng góp tiền. Từ khi có mỏ đá hoạt động gần đó, xe tải trọng lớn chạy cả ngày, mặt đường nứt vỡ, bụi mù, nhiều đoạn sụt lún.

Đường chỉ thiết kế cho xe dưới 10 tấn nhưng không có biển hạn chế tải trọng. Đề nghị huyện xử lý xe quá tải và yêu cầu doanh nghiệp sửa chữa đường.`,
    consent: true,
    steps: [
      ack(1),
      answer(
        10,
        `UBND huyện Đồng Phú trả lời ông Ngô Văn Tài như sau:

Phòng Kinh tế – Hạ tầng huyện đã phối hợp UBND xã Tân Lập và Đội Cảnh sát giao thông Công an huyện kiểm tra tuyến đường liên ấp 1 – ấp 2. Kết quả: mặt đường hư hỏng khoảng 600 m, nguyên nhân chính là xe chở đá có tải trọng vượt tải trọng thiết kế của đường.

UBND huyện đã: (1) cắm biển hạn chế tải trọng 10 tấn ở hai đầu tuyến; (2) giao Công an huyện tăng cường kiểm tra, xử lý xe quá tải theo quy định; (3) làm việc với doanh nghiệp khai thác đá; doanh nghiệp cam kết sửa chữa toàn bộ đoạn hư hỏng bằng kinh phí của mình, hoàn thành trong 45 ngày, và chuyển sang tuyến đường tránh theo hướng dẫn của huyện.

UBND xã Tân Lập có trách nhiệm giám sát việc sửa chữa và báo cáo kết quả về Phòng Kinh tế – Hạ tầng.

Đơn vị chịu trách nhiệm: Phòng Kinh tế – Hạ tầng huyện Đồng Phú.`,
      ),
      publish(1),
    ],
  },
  {
    daysAgo: 150,
    agency: "ubnd-huyen-phu-rieng",
    topic: "dau-tu-kinh-doanh",
    filer: citizen("Vũ Thị Kim Oanh", "kimoanh.vu@example.vn", "0936 245 718", "Thôn 6, xã Phú Riềng, huyện Phú Riềng"),
    subject: "Đăng ký hộ kinh doanh quán cà phê chờ hơn 10 ngày chưa có kết quả",
    body: `Tôi nộp hồ sơ đăng ký hộ kinh doanh quán cà phê tại Bộ phận một cửa huyện Phú Riềng, giấy hẹn 3 ngày làm việc. Đến nay đã hơn 10 ngày, tôi đến hỏi hai lần đều được trả lời chờ thêm, không rõ lý do.

Tôi đã thuê mặt bằng và mua sắm thiết bị, việc chậm giấy chứng nhận làm tôi chưa thể khai trương. Đề nghị huyện kiểm tra.`,
    consent: true,
    steps: [
      ack(1),
      answer(
        3,
        `UBND huyện Phú Riềng trả lời bà Vũ Thị Kim Oanh như sau:

Theo quy định về đăng ký hộ kinh doanh, cơ quan đăng ký kinh doanh cấp huyện cấp Giấy chứng nhận đăng ký hộ kinh doanh trong thời hạn 03 ngày làm việc kể từ ngày nhận hồ sơ hợp lệ. Phòng Tài chính – Kế hoạch huyện đã để hồ sơ của bà quá hạn do chờ xác minh tên hộ kinh doanh có trùng với một hộ khác trong huyện hay không mà không thông báo cho bà.

Qua kiểm tra, tên hộ kinh doanh bà đăng ký không bị trùng. Giấy chứng nhận đăng ký hộ kinh doanh đã được cấp; Bộ phận một cửa huyện đã gửi bà Phiếu xin lỗi và hẹn lại ngày trả kết quả theo Nghị định số 61/2018/NĐ-CP và trả kết quả cho bà.

UBND huyện đã yêu cầu Phòng Tài chính – Kế hoạch kiểm điểm, rút kinh nghiệm.

Đơn vị chịu trách nhiệm: Phòng Tài chính – Kế hoạch huyện Phú Riềng.`,
      ),
      publish(1),
    ],
  },
  {
    daysAgo: 141,
    agency: "so-tu-phap",
    topic: "thu-tuc-hanh-chinh",
    lang: "en",
    filer: business(
      "Tanaka Hiroshi",
      "Sanko Wood Vietnam Co., Ltd.",
      taxCode("380103857"),
      "h.tanaka@example.com",
      "0938 610 452",
      "Lot B3, Dong Xoai III Industrial Park, Dong Xoai City, Binh Phuoc",
    ),
    subject: "How to obtain a criminal record certificate for a Japanese manager living in Dong Xoai",
    body: `Our factory manager is a Japanese citizen who has lived and worked in Dong Xoai for three years. Our head office in Japan now asks for a Vietnamese criminal record certificate before extending his assignment.

We could not find clear information in English on who issues it to a foreigner, whether the application can be made online, and how long it takes. Please advise us. He does not speak Vietnamese, so an explanation in English would be very helpful.`,
    consent: true,
    steps: [
      ack(1),
      answer(
        4,
        `The Department of Justice of Binh Phuoc replies to Sanko Wood Vietnam Co., Ltd. as follows:

1. Competent authority. Under the Law on Judicial Records 2009, a foreigner who resides or has resided in Viet Nam applies to the Department of Justice of the province where he resides, so your manager may apply to our Department.

2. How to apply. The application can be filed online on the National Public Service Portal or in person at the Provincial Public Administration Service Centre. He needs his passport and his temporary residence card; the certificate can be returned by post.

3. Time limit. The certificate is issued within 10 days of receiving a valid application; where verification with other agencies is needed, within 15 days.

The Judicial Administration Division has prepared a guide in English and will help your manager fill in the form; he may come with an interpreter from your company.

Responsible unit: Judicial Administration Division, Department of Justice.`,
      ),
      publish(1),
      rate(6, "very_satisfied", "The certificate was issued on time. Thank you for the English guide."),
    ],
  },
  {
    daysAgo: 130,
    agency: "so-nong-nghiep-va-phat-trien-nong-thon",
    topic: "khac",
    filer: citizen("Lê Văn Tư", "levantu.budop@example.com", "0975 318 604", "Ấp 3, xã Thiện Hưng, huyện Bù Đốp"),
    subject: "Nghi phân bón giả bán cho nông dân trồng điều tại Bù Đốp",
    body: `Gia đình tôi và nhiều hộ ở xã Thiện Hưng mua phân bón NPK của một đại lý trong xã để bón cho điều trước mùa ra hoa. Bón xong gần hai tháng cây không có chuyển biến, hạt phân tan rất chậm, màu sắc khác với bao phân cùng loại mua năm trước. Giá bán lại rẻ hơn thị trường.

Chúng tôi nghi là phân bón giả, kém chất lượng. Đề nghị Sở kiểm tra, lấy mẫu phân tích.`,
    consent: true,
    steps: [
      ack(1),
      note(2, "Đã giao Chi cục Trồng trọt và BVTV phối hợp Đội Quản lý thị trường lấy mẫu kiểm tra."),
      answer(
        8,
        `Sở Nông nghiệp và Phát triển nông thôn trả lời ông Lê Văn Tư như sau:

Chi cục Trồng trọt và Bảo vệ thực vật đã phối hợp Đội Quản lý thị trường và UBND xã Thiện Hưng kiểm tra đại lý bị phản ánh, lấy mẫu phân bón NPK để phân tích tại phòng thử nghiệm được chỉ định. Kết quả: hàm lượng đạm và kali của mẫu chỉ đạt khoảng 60% so với công bố trên bao bì, thuộc trường hợp phân bón không bảo đảm chất lượng.

Căn cứ Luật Trồng trọt năm 2018, Nghị định số 84/2019/NĐ-CP quy định về quản lý phân bón và quy định về xử phạt vi phạm hành chính trong lĩnh vực trồng trọt, đại lý đã bị xử phạt và buộc thu hồi toàn bộ lô phân bón đã bán; hồ sơ về nhà sản xuất đã được chuyển đến cơ quan có thẩm quyền nơi đặt nhà máy để xử lý.

Các hộ đã mua lô phân này liên hệ UBND xã Thiện Hưng để được hướng dẫn đổi trả. Chi cục khuyến cáo nông dân mua phân bón tại các cơ sở có giấy chứng nhận đủ điều kiện buôn bán phân bón và giữ hóa đơn.

Đơn vị chịu trách nhiệm: Chi cục Trồng trọt và Bảo vệ thực vật, Sở Nông nghiệp và Phát triển nông thôn.`,
      ),
      publish(1),
    ],
  },
  {
    daysAgo: 118,
    agency: "ubnd-huyen-bu-gia-map",
    topic: "giao-duc",
    filer: citizen("Điểu Thanh", "dieuthanh.dako@example.vn", "0968 275 013", "Thôn 5, xã Đắk Ơ, huyện Bù Gia Mập"),
    subject: "Học sinh bán trú chưa được nhận tiền hỗ trợ tiền ăn của học kỳ I",
    body: `Con tôi học lớp 7 ở trường THCS trên địa bàn xã Đắk Ơ, ở bán trú tại trường vì nhà cách trường hơn 10 km. Năm học trước con được hỗ trợ tiền ăn và gạo hằng tháng, nhưng học kỳ I năm nay đến nay vẫn chưa nhận được khoản nào. Nhiều gia đình đồng bào trong thôn cũng vậy.

Đề nghị huyện cho biết lý do và thời gian chi trả.`,
    consent: true,
    steps: [
      ack(1),
      ask(1, "Đề nghị ông cho biết tên trường, lớp của con và nộp xác nhận của thôn về khoảng cách từ nhà đến trường."),
      reply(5, "Con tôi học lớp 7A, tôi đã nộp giấy xác nhận của trưởng thôn cho nhà trường."),
      answer(
        6,
        `UBND huyện Bù Gia Mập trả lời ông Điểu Thanh như sau:

Theo Nghị định số 116/2016/NĐ-CP của Chính phủ quy định chính sách hỗ trợ học sinh và trường phổ thông ở xã, thôn đặc biệt khó khăn, học sinh bán trú được hỗ trợ tiền ăn và gạo hằng tháng trong thời gian học tại trường. Phòng Giáo dục và Đào tạo huyện đã kiểm tra và xác định: danh sách học sinh được hỗ trợ học kỳ I của trường chậm được phê duyệt do nhà trường lập thiếu xác nhận khoảng cách từ nhà đến trường của một số học sinh.

Sau khi gia đình và nhà trường bổ sung xác nhận, UBND huyện đã phê duyệt danh sách 146 học sinh của trường được hỗ trợ. Tiền hỗ trợ học kỳ I được chi trả cho phụ huynh tại trường trước ngày {+5}; gạo hỗ trợ được cấp cùng đợt.

UBND huyện đã yêu cầu Phòng Giáo dục và Đào tạo hướng dẫn các trường lập danh sách ngay từ đầu năm học để không làm chậm quyền lợi của học sinh.

Đơn vị chịu trách nhiệm: Phòng Giáo dục và Đào tạo huyện Bù Gia Mập.`,
      ),
      publish(1),
    ],
  },
  {
    // Answered, rated "not satisfied" and reopened; the second answer was published.
    daysAgo: 100,
    agency: "ubnd-thanh-pho-dong-xoai",
    topic: "dat-dai",
    filer: citizen("Trương Minh Khoa", "truongminhkhoa@example.com", "0919 532 760", "Số 9 đường Tôn Đức Thắng, phường Tân Đồng, thành phố Đồng Xoài"),
    subject: "Diện tích trên giấy chứng nhận quyền sử dụng đất ít hơn thực tế sau khi đo đạc lại",
    body: `Năm nay gia đình tôi đo đạc lại thửa đất đang sử dụng ổn định từ năm 1998 tại phường Tân Đồng để tách thửa cho con. Kết quả đo thực tế là 512 m², nhiều hơn 46 m² so với diện tích ghi trên giấy chứng nhận cấp năm 2006; ranh giới không thay đổi, không tranh chấp với hộ liền kề.

Tôi đề nghị được cấp đổi giấy chứng nhận theo diện tích thực tế nhưng Bộ phận một cửa trả lại hồ sơ. Xin hướng dẫn cụ thể; trả lời giúp qua email truongminhkhoa@example.com.`,
    consent: true,
    steps: [
      ack(1),
      answer(
        10,
        `UBND thành phố Đồng Xoài trả lời ông Trương Minh Khoa như sau: việc cấp đổi Giấy chứng nhận trong trường hợp diện tích đo đạc thực tế khác với diện tích trên giấy chứng nhận đã cấp được thực hiện theo Luật Đất đai năm 2024 và Nghị định số 101/2024/NĐ-CP. Đề nghị ông liên hệ Chi nhánh Văn phòng Đăng ký đất đai thành phố để được hướng dẫn.`,
      ),
      rate(2, "not_satisfied", "Trả lời chung chung, không nói rõ hồ sơ của tôi sai ở đâu."),
      reopen(0, "Câu trả lời không nêu hồ sơ của tôi thiếu gì và vì sao bị trả lại. Đề nghị thành phố trả lời cụ thể."),
      note(3, "Phòng TN&MT đã mời ông Khoa làm việc, cùng Chi nhánh VPĐKĐĐ kiểm tra lại hồ sơ."),
      answer(
        7,
        `UBND thành phố Đồng Xoài trả lời lại ông Trương Minh Khoa như sau:

1. Phòng Tài nguyên và Môi trường đã làm việc trực tiếp với ông và kiểm tra hồ sơ. Hồ sơ bị trả lại vì thiếu văn bản xác nhận của các hộ liền kề về ranh giới thửa đất không thay đổi; Bộ phận một cửa trả hồ sơ nhưng không ghi rõ lý do vào phiếu yêu cầu bổ sung là chưa đúng quy định.

2. Theo Luật Đất đai năm 2024 và Nghị định số 101/2024/NĐ-CP, trường hợp đo đạc lại mà diện tích thực tế nhiều hơn diện tích ghi trên giấy chứng nhận đã cấp, ranh giới thửa đất không thay đổi và không có tranh chấp thì người sử dụng đất được xem xét cấp đổi giấy chứng nhận theo diện tích đo đạc thực tế.

3. Ông bổ sung biên bản xác nhận ranh giới với các hộ liền kề theo mẫu Chi nhánh đã gửi; thời hạn cấp đổi được tính lại từ ngày nộp đủ hồ sơ. Sau khi cấp đổi, ông có thể nộp ngay hồ sơ tách thửa.

UBND thành phố xin lỗi ông vì lần trả lời trước chưa cụ thể.

Đơn vị chịu trách nhiệm: Phòng Tài nguyên và Môi trường thành phố Đồng Xoài; Chi nhánh Văn phòng Đăng ký đất đai thành phố Đồng Xoài.`,
      ),
      publish(1),
    ],
  },
  {
    // Filed to "not sure" and routed by the province administrator.
    daysAgo: 55,
    agency: null,
    topic: "moi-truong",
    filer: citizen("Hồ Thị Kim Liên", "kimlien.thanhan@example.com", "0971 460 825", "Ấp 2, xã Thanh An, huyện Hớn Quản"),
    subject: "Trang trại nuôi heo gây mùi hôi, nước thải chảy ra đường tại xã Thanh An",
    body: `Gần khu dân cư ấp 2, xã Thanh An có trang trại nuôi heo quy mô lớn. Mùi hôi nồng nặc cả ngày, nhất là khi trời mưa; nước thải từ trang trại tràn ra mương và chảy ra đường liên ấp, ruồi nhặng rất nhiều.

Tôi không biết cơ quan nào có thẩm quyền nên gửi lên Cổng để được chuyển đến đúng nơi. Đề nghị kiểm tra và buộc trang trại xử lý.`,
    consent: true,
    steps: [
      transfer(1, "ubnd-huyen-hon-quan", "Chuyển UBND huyện Hớn Quản giải quyết theo thẩm quyền quản lý môi trường đối với trang trại chăn nuôi trên địa bàn."),
      ack(1),
      answer(
        8,
        `UBND huyện Hớn Quản trả lời bà Hồ Thị Kim Liên như sau:

Phòng Tài nguyên và Môi trường huyện đã phối hợp Phòng Nông nghiệp và Phát triển nông thôn và UBND xã Thanh An kiểm tra trang trại chăn nuôi heo tại ấp 2. Trang trại có hồ sơ môi trường nhưng hệ thống biogas bị quá tải do tăng đàn vượt quy mô đã đăng ký; hồ sinh học bị tràn khi mưa lớn.

Căn cứ Luật Chăn nuôi năm 2018, Nghị định số 13/2020/NĐ-CP hướng dẫn chi tiết Luật Chăn nuôi và Nghị định số 45/2022/NĐ-CP, UBND huyện đã xử phạt vi phạm hành chính đối với chủ trang trại; buộc giảm đàn về đúng quy mô đã đăng ký, nạo vét, nâng cấp hệ thống xử lý chất thải và khơi thông mương thoát nước trong 30 ngày.

UBND xã Thanh An được giao giám sát hằng tuần và báo cáo kết quả khắc phục về Phòng Tài nguyên và Môi trường huyện.

Đơn vị chịu trách nhiệm: Phòng Tài nguyên và Môi trường huyện Hớn Quản.`,
      ),
      publish(1),
      rate(4, "satisfied", "Mùi hôi đã giảm nhiều."),
    ],
  },
  {
    daysAgo: 38,
    agency: "ubnd-huyen-bu-dang",
    topic: "thai-do-can-bo",
    filer: citizen("Nông Văn Dũng", "nongvandung@example.com", "0965 173 408", "Thôn 10, xã Minh Hưng, huyện Bù Đăng"),
    subject: "Cán bộ một cửa xã Minh Hưng yêu cầu nộp giấy tờ không có trong quy định",
    body: `Tôi đến Bộ phận một cửa UBND xã Minh Hưng làm thủ tục đăng ký khai sinh cho con. Cán bộ yêu cầu phải có giấy xác nhận tạm trú và bản sao sổ hộ khẩu của cả hai vợ chồng, trong khi sổ hộ khẩu đã không còn sử dụng. Tôi phải đi lại ba lần, lần cuối cán bộ nói "không đủ giấy thì về đi".

Đề nghị huyện chấn chỉnh. Số điện thoại của tôi là 0965.173.408.`,
    consent: true,
    steps: [
      ack(1),
      answer(
        7,
        `UBND huyện Bù Đăng trả lời ông Nông Văn Dũng như sau:

1. Theo Luật Hộ tịch năm 2014 và Nghị định số 123/2015/NĐ-CP quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch, hồ sơ đăng ký khai sinh gồm tờ khai và giấy chứng sinh; người đi đăng ký xuất trình giấy tờ tùy thân và giấy chứng nhận kết hôn nếu cha mẹ đã đăng ký kết hôn. Thông tin về cư trú được khai thác từ Cơ sở dữ liệu quốc gia về dân cư; cơ quan giải quyết không được yêu cầu nộp sổ hộ khẩu hay giấy xác nhận tạm trú.

2. Phòng Tư pháp và Phòng Nội vụ huyện đã kiểm tra, xác định công chức một cửa xã Minh Hưng yêu cầu thêm giấy tờ không đúng quy định và có lời nói thiếu chuẩn mực. Chủ tịch UBND huyện đã chỉ đạo UBND xã tổ chức kiểm điểm, điều chuyển công chức này khỏi Bộ phận một cửa và xin lỗi ông.

3. Việc đăng ký khai sinh cho con ông đã được thực hiện xong ngay trong lần ông đến UBND xã gần nhất.

Đơn vị chịu trách nhiệm: Phòng Tư pháp huyện Bù Đăng; UBND xã Minh Hưng.`,
      ),
      publish(1),
      rate(1, "very_satisfied", "Huyện xử lý nghiêm túc, xã đã xin lỗi."),
    ],
  },

  // ──────────────────── Answered, not (yet) published (8) ────────────────────
  {
    daysAgo: 205,
    agency: "so-noi-vu",
    topic: "thu-tuc-hanh-chinh",
    filer: citizen("Phạm Thị Thúy", "phamthuy.gv@example.vn", "0983 517 026", "Thôn 2, xã Nghĩa Trung, huyện Bù Đăng"),
    subject: "Hỏi về việc tính thời gian hợp đồng khi được tuyển dụng viên chức giáo viên",
    body: `Tôi là giáo viên tiểu học hợp đồng từ năm 2015, có đóng bảo hiểm xã hội liên tục, vừa trúng tuyển viên chức năm nay. Tôi muốn hỏi thời gian hợp đồng trước đây có được tính để xếp lương và tính vào thời gian tập sự không, và tôi cần nộp những giấy tờ gì.`,
    consent: false,
    steps: [
      ack(1),
      answer(
        12,
        `Sở Nội vụ trả lời bà Phạm Thị Thúy như sau: theo Nghị định số 115/2020/NĐ-CP quy định về tuyển dụng, sử dụng và quản lý viên chức (được sửa đổi, bổ sung bởi Nghị định số 85/2023/NĐ-CP), người trúng tuyển viên chức đã có thời gian công tác có đóng bảo hiểm xã hội bắt buộc, làm công việc chuyên môn phù hợp với vị trí việc làm tuyển dụng thì thời gian đó được xem xét để xếp lương và được tính vào thời gian tập sự.

Bà nộp cho Phòng Nội vụ huyện Bù Đăng: bản sao các hợp đồng lao động, quá trình đóng bảo hiểm xã hội có xác nhận của cơ quan bảo hiểm xã hội và bản sao quyết định tuyển dụng. Phòng Nội vụ huyện sẽ trình cấp có thẩm quyền quyết định xếp lương cho bà.

Đơn vị chịu trách nhiệm: Phòng Công chức, viên chức, Sở Nội vụ.`,
      ),
      rate(3, "satisfied"),
    ],
  },
  {
    daysAgo: 160,
    agency: "ubnd-thi-xa-phuoc-long",
    topic: "dat-dai",
    filer: citizen("Lê Thị Ngọc Hân", "ngochan.le@example.com", "0932 604 175", "Khu phố 4, phường Phước Bình, thị xã Phước Long"),
    subject: "Thủ tục đăng ký biến động đất thừa kế khi một người thừa kế đang ở nước ngoài",
    body: `Cha mẹ tôi mất không để lại di chúc, để lại một thửa đất ở phường Phước Bình. Bốn anh chị em đã thống nhất để tôi đứng tên, nhưng một người anh đang định cư ở Úc.

Xin hướng dẫn anh tôi phải làm giấy tờ gì ở nước ngoài để tôi làm thủ tục khai nhận di sản và đăng ký biến động đất đai tại Phước Long.`,
    consent: false,
    steps: [
      ack(1),
      answer(
        11,
        `UBND thị xã Phước Long trả lời bà Lê Thị Ngọc Hân như sau: việc khai nhận, thỏa thuận phân chia di sản thừa kế là quyền sử dụng đất được thực hiện tại tổ chức hành nghề công chứng. Người thừa kế đang ở nước ngoài có thể lập văn bản từ chối nhận di sản hoặc văn bản ủy quyền tại Cơ quan đại diện Việt Nam ở nước sở tại, hoặc lập tại cơ quan công chứng nước ngoài rồi hợp pháp hóa lãnh sự và dịch sang tiếng Việt.

Sau khi có văn bản thỏa thuận phân chia di sản được công chứng, bà nộp hồ sơ đăng ký biến động tại Chi nhánh Văn phòng Đăng ký đất đai thị xã Phước Long theo Nghị định số 101/2024/NĐ-CP.

Đơn vị chịu trách nhiệm: Phòng Tài nguyên và Môi trường thị xã Phước Long.`,
      ),
    ],
  },
  {
    daysAgo: 120,
    agency: "so-tai-chinh",
    topic: "thue-phi",
    filer: citizen("Đinh Văn Quang", "dinhquang.dp@example.com", "0937 285 641", "Ấp Thuận Phú 1, xã Thuận Phú, huyện Đồng Phú"),
    subject: "Tiền sử dụng đất khi chuyển mục đích từ đất trồng cây lâu năm sang đất ở quá cao",
    body: `Tôi xin chuyển mục đích 150 m² đất trồng cây lâu năm sang đất ở tại xã Thuận Phú. Thông báo nộp tiền sử dụng đất gần 400 triệu đồng, cao gấp nhiều lần so với mấy năm trước, vượt khả năng của gia đình.

Xin hỏi cách tính và gia đình có được nộp dần hay ghi nợ không.`,
    consent: false,
    steps: [
      ack(2),
      answer(
        9,
        `Sở Tài chính trả lời ông Đinh Văn Quang như sau: tiền sử dụng đất khi chuyển mục đích sử dụng đất được tính theo Luật Đất đai năm 2024 và Nghị định số 103/2024/NĐ-CP quy định về tiền sử dụng đất, tiền thuê đất, bằng chênh lệch giữa tiền sử dụng đất tính theo giá đất ở và tiền sử dụng đất tính theo giá đất trồng cây lâu năm trong bảng giá đất do UBND tỉnh ban hành. Bảng giá đất hiện hành sát với giá thị trường hơn trước nên số tiền phải nộp tăng.

Số tiền trong thông báo của cơ quan thuế được tính đúng theo bảng giá đất hiện hành. Hộ gia đình, cá nhân thuộc đối tượng được ghi nợ tiền sử dụng đất theo quy định (người có công với cách mạng, hộ nghèo, đồng bào dân tộc thiểu số...) có thể nộp đơn đề nghị ghi nợ; trường hợp khác phải nộp theo thời hạn trên thông báo.

Đơn vị chịu trách nhiệm: Phòng Quản lý giá và công sản, Sở Tài chính.`,
      ),
      rate(2, "not_satisfied", "Không giải quyết được khó khăn của gia đình."),
    ],
  },
  {
    daysAgo: 75,
    agency: "so-y-te",
    topic: "y-te",
    filer: citizen("Trần Quốc Toàn", "quoctoan.tran@example.vn", "0914 730 582", "Khu phố 1, phường Hưng Chiến, thị xã Bình Long"),
    subject: "Phải tự mua thuốc bên ngoài khi điều trị nội trú có bảo hiểm y tế",
    body: `Mẹ tôi điều trị nội trú 7 ngày tại một bệnh viện trong tỉnh, có thẻ bảo hiểm y tế. Trong thời gian nằm viện, gia đình được yêu cầu tự mua một số thuốc tại nhà thuốc bên ngoài vì bệnh viện hết thuốc.

Tôi hỏi các khoản này có được bảo hiểm y tế thanh toán lại không.`,
    consent: false,
    steps: [
      ack(1),
      answer(
        8,
        `Sở Y tế trả lời ông Trần Quốc Toàn như sau: theo Luật Bảo hiểm y tế, cơ sở khám bệnh, chữa bệnh có trách nhiệm bảo đảm đủ thuốc thuộc danh mục được quỹ bảo hiểm y tế thanh toán cho người bệnh điều trị nội trú, không được yêu cầu người bệnh tự mua các thuốc này.

Sở đã yêu cầu bệnh viện rà soát hồ sơ bệnh án của mẹ ông; các thuốc thuộc danh mục mà gia đình đã tự mua sẽ được bệnh viện hoàn trả theo hóa đơn. Đề nghị ông mang hóa đơn mua thuốc đến Phòng Tài chính – Kế toán của bệnh viện. Sở cũng đã chỉ đạo bệnh viện khẩn trương hoàn thành việc cung ứng thuốc để không để xảy ra tình trạng thiếu thuốc.

Đơn vị chịu trách nhiệm: Phòng Nghiệp vụ Dược, Sở Y tế.`,
      ),
    ],
  },
  {
    // Answered with consent, but the officer has not published it: past the publication deadline.
    daysAgo: 30,
    agency: "ubnd-huyen-chon-thanh",
    topic: "xay-dung-quy-hoach",
    filer: citizen("Cao Văn Lộc", "caovanloc.ct@example.com", "0982 416 093", "Ấp 2, xã Thành Tâm, huyện Chơn Thành"),
    subject: "Xin cung cấp thông tin quy hoạch thửa đất trước khi nhận chuyển nhượng",
    body: `Tôi dự định nhận chuyển nhượng một thửa đất nông nghiệp khoảng 1.000 m² ở ấp 2, xã Thành Tâm, giáp đường liên xã. Nghe nói khu vực này nằm trong quy hoạch khu dân cư và một phần làm đường.

Xin cho biết thửa đất thuộc quy hoạch gì, có bị thu hồi không, và tôi tra cứu thông tin quy hoạch ở đâu.`,
    consent: true,
    steps: [
      ack(1),
      answer(
        6,
        `UBND huyện Chơn Thành trả lời ông Cao Văn Lộc như sau: theo quy hoạch sử dụng đất và quy hoạch chung đã được phê duyệt, khu vực ấp 2, xã Thành Tâm mà ông nêu thuộc quy hoạch đất ở; phần diện tích khoảng 8 m dọc đường liên xã nằm trong phạm vi mở rộng đường theo quy hoạch.

Để biết chính xác thông tin của thửa đất cụ thể, ông nộp phiếu yêu cầu cung cấp thông tin quy hoạch (ghi số thửa, số tờ bản đồ) tại Bộ phận một cửa huyện hoặc tra cứu bản đồ quy hoạch được công khai trên Cổng thông tin điện tử của huyện. Việc thu hồi đất chỉ được thực hiện khi có kế hoạch sử dụng đất hằng năm và quyết định thu hồi đất của cơ quan có thẩm quyền; người có đất bị thu hồi được bồi thường theo quy định.

Đơn vị chịu trách nhiệm: Phòng Kinh tế – Hạ tầng huyện Chơn Thành.`,
      ),
    ],
  },
  {
    daysAgo: 14,
    agency: "so-xay-dung",
    topic: "xay-dung-quy-hoach",
    filer: business(
      "Lương Thị Diệu",
      "Công ty TNHH Bê tông Diệu Phát",
      taxCode("380110462"),
      "dieuphat.concrete@example.vn",
      "0921 384 670",
      "Ấp 5, xã Tiến Hưng, thành phố Đồng Xoài",
    ),
    subject: "Đề nghị hướng dẫn hồ sơ xin giấy phép xây dựng nhà xưởng trạm trộn bê tông",
    body: `Công ty dự kiến xây nhà xưởng và trạm trộn bê tông tươi trên đất đã chuyển mục đích sang đất sản xuất, kinh doanh tại xã Tiến Hưng. Xin hướng dẫn cơ quan nào cấp giấy phép xây dựng, hồ sơ cần những gì, và công trình có phải trình Sở thẩm định báo cáo nghiên cứu khả thi không.`,
    consent: true,
    steps: [
      ack(1),
      answer(
        6,
        `Sở Xây dựng trả lời Công ty TNHH Bê tông Diệu Phát như sau:

1. Công trình nhà xưởng, trạm trộn bê tông của Công ty sử dụng vốn ngoài đầu tư công, quy mô nhỏ; theo Luật Xây dựng năm 2014 (sửa đổi, bổ sung năm 2020), chủ đầu tư tự tổ chức thẩm định báo cáo nghiên cứu khả thi, trừ trường hợp công trình có ảnh hưởng lớn đến an toàn, lợi ích cộng đồng phải trình cơ quan chuyên môn về xây dựng thẩm định.

2. Giấy phép xây dựng công trình này ngoài khu công nghiệp tại thành phố Đồng Xoài do UBND thành phố Đồng Xoài cấp; hồ sơ nộp tại Bộ phận một cửa thành phố.

3. Hồ sơ gồm: đơn đề nghị cấp giấy phép xây dựng; giấy tờ chứng minh quyền sử dụng đất; bản vẽ thiết kế xây dựng; văn bản về thủ tục môi trường và phòng cháy, chữa cháy theo quy định.

Đơn vị chịu trách nhiệm: Phòng Quản lý hoạt động xây dựng, Sở Xây dựng.`,
      ),
    ],
  },
  {
    daysAgo: 10,
    agency: "so-thong-tin-va-truyen-thong",
    topic: "khac",
    filer: citizen("Hà Văn Thuận", "havanthuan.bombo@example.com", "0963 820 514", "Thôn 2, xã Bom Bo, huyện Bù Đăng"),
    subject: "Sóng điện thoại di động và internet rất yếu tại thôn 2, xã Bom Bo",
    body: `Khu vực thôn 2, xã Bom Bo hầu như không có sóng 4G, gọi điện thường bị rớt, học sinh không học trực tuyến được, người dân khó dùng ứng dụng VNeID và dịch vụ công trực tuyến.

Đề nghị Sở làm việc với các nhà mạng để lắp thêm trạm phát sóng.`,
    consent: true,
    steps: [
      ack(1),
      answer(
        4,
        `Sở Thông tin và Truyền thông trả lời ông Hà Văn Thuận như sau: Phòng Bưu chính, Viễn thông của Sở đã phối hợp các doanh nghiệp viễn thông đo kiểm chất lượng sóng tại thôn 2, xã Bom Bo. Kết quả: khu vực nằm ở vùng lõm sóng do địa hình đồi, cách trạm phát sóng gần nhất khoảng 4 km.

Doanh nghiệp viễn thông đã đưa vị trí này vào danh mục lắp đặt trạm phát sóng mới, dự kiến phát sóng trong quý tới; trong thời gian chờ, doanh nghiệp nâng công suất và điều chỉnh hướng phát của trạm hiện có. Sở sẽ thông báo cho UBND xã Bom Bo khi trạm mới hoạt động.

Đơn vị chịu trách nhiệm: Phòng Bưu chính, Viễn thông, Sở Thông tin và Truyền thông.`,
      ),
      rate(1, "very_satisfied", "Trạm hiện có đã được chỉnh, sóng tốt hơn rõ rệt."),
    ],
  },
  {
    daysAgo: 8,
    agency: "ban-quan-ly-khu-kinh-te",
    topic: "lao-dong-an-sinh",
    lang: "en",
    filer: business(
      "Chen Wei-Ting",
      "Kaiyuan Precision Vietnam Co., Ltd.",
      taxCode("380118375"),
      "weiting.chen@example.com",
      "0909 371 542",
      "Lot D-5, Becamex Binh Phuoc Industrial Park, Chon Thanh, Binh Phuoc",
    ),
    subject: "Work permit for a foreign technician staying less than three months",
    body: `We are installing a new CNC production line and need a technician from the machine supplier in Taiwan for about 10 weeks. Does he need a work permit, or is a confirmation of exemption enough for a stay of less than three months? Which documents do we file with the Authority, and how many days before his arrival?`,
    consent: true,
    steps: [
      ack(0),
      answer(
        3,
        `The Binh Phuoc Economic Zone Authority replies to Kaiyuan Precision Vietnam Co., Ltd. as follows:

Under the current regulations on foreigners working in Viet Nam, a foreign expert who comes for less than three months to install equipment or to deal with complex technical situations that cannot be handled by the company's own staff does not need a work permit, but the employer must ask the Authority to confirm that he is exempt before he starts work.

Please file the request with a copy of his passport, the supply and installation contract, and a document proving his expertise. We recommend filing at least two weeks before he starts; the Labour Management Division replies within 5 working days of receiving a complete dossier.

Responsible unit: Labour Management Division, Binh Phuoc Economic Zone Authority.`,
      ),
    ],
  },

  // ─────────────────────────── In progress (8) ───────────────────────────
  {
    daysAgo: 40,
    agency: "ubnd-huyen-hon-quan",
    topic: "dat-dai",
    filer: citizen("Nguyễn Hữu Lộc", "huuloc.nguyen@example.com", "0916 402 738", "Ấp 3, xã Đồng Nơ, huyện Hớn Quản"),
    subject: "Đơn vị trồng cao su lấn chiếm đất rẫy của gia đình tại xã Đồng Nơ",
    body: `Gia đình tôi canh tác rẫy cao su khoảng 2 ha ở ấp 3, xã Đồng Nơ từ năm 1995, đã được cấp giấy chứng nhận một phần. Khi tái canh, một nông trường cao su trên địa bàn đã cắm mốc và trồng mới lấn vào đất gia đình khoảng 0,3 ha, cho rằng phần đất này thuộc diện tích được giao của nông trường.

Gia đình đã gửi đơn ra xã nhưng chưa được giải quyết. Đề nghị huyện xác minh nguồn gốc đất và giải quyết.`,
    consent: true,
    steps: [
      ack(2),
      note(5, "Đã đề nghị nông trường cung cấp hồ sơ giao đất, bản đồ ranh giới."),
      ask(2, "Đề nghị ông cung cấp bản sao giấy chứng nhận đã cấp và giấy tờ về quá trình khai hoang, sử dụng đất (nếu có)."),
      reply(6, "Tôi đã nộp bản sao giấy chứng nhận và xác nhận của ấp về quá trình sử dụng đất tại UBND xã Đồng Nơ."),
      note(3, "Chờ Chi nhánh VPĐKĐĐ chồng ghép bản đồ địa chính với bản đồ ranh giới đất nông trường."),
    ],
  },
  {
    daysAgo: 21,
    agency: "so-tai-nguyen-va-moi-truong",
    topic: "moi-truong",
    filer: citizen("Trần Văn Nghĩa", "tranvannghia.ln@example.com", "0973 150 826", "Ấp 5, xã Lộc Hưng, huyện Lộc Ninh"),
    subject: "Nhà máy chế biến mủ cao su gây mùi hôi nặng cho khu dân cư xã Lộc Hưng",
    body: `Nhà máy chế biến mủ cao su gần ấp 5, xã Lộc Hưng thường xuyên bốc mùi hôi thối, đặc biệt vào chiều tối và sáng sớm. Người dân phải đóng kín cửa, nhiều người bị đau đầu, buồn nôn.

Tình trạng đã kéo dài nhiều năm, mỗi lần có đoàn kiểm tra thì giảm được vài ngày rồi lại như cũ. Đề nghị Sở kiểm tra đột xuất và có biện pháp xử lý triệt để.`,
    consent: true,
    steps: [
      ack(1),
      note(4, "Đã lên kế hoạch kiểm tra đột xuất vào buổi tối, phối hợp UBND huyện Lộc Ninh và Trung tâm Quan trắc."),
    ],
  },
  {
    daysAgo: 18,
    agency: "ubnd-thanh-pho-dong-xoai",
    topic: "giao-thong",
    filer: citizen("Lê Hoàng Phúc", "hoangphuc.le@example.vn", "0903 625 419", "Số 52 đường Hùng Vương, phường Tân Đồng, thành phố Đồng Xoài"),
    subject: "Ngập nước tại ngã tư Phú Riềng Đỏ – Hùng Vương sau mỗi cơn mưa",
    body: `Mỗi khi mưa lớn khoảng 30 phút, khu vực ngã tư đường Phú Riềng Đỏ – Hùng Vương ngập sâu 30 – 40 cm, xe máy chết máy, nước tràn vào nhà dân và cửa hàng. Các miệng cống thu nước bị rác, đất cát bít kín.

Đề nghị thành phố nạo vét cống và có giải pháp chống ngập lâu dài.`,
    consent: true,
    steps: [ack(2)],
  },
  {
    daysAgo: 16,
    agency: "so-ke-hoach-va-dau-tu",
    topic: "dau-tu-kinh-doanh",
    filer: business(
      "Mai Xuân Trường",
      "Công ty Cổ phần Đầu tư Kho vận Bình An",
      taxCode("380131508"),
      "binhan.logistics@example.vn",
      "0908 214 637",
      "Số 15 Quốc lộ 13, thị trấn Chơn Thành, huyện Chơn Thành",
    ),
    subject: "Thủ tục chấp thuận chủ trương đầu tư dự án kho bãi logistics ngoài khu công nghiệp tại Chơn Thành",
    body: `Công ty đề xuất dự án trung tâm kho bãi, logistics diện tích 12 ha tại huyện Chơn Thành, gần nút giao Quốc lộ 13 và Quốc lộ 14, ngoài khu công nghiệp.

Xin hướng dẫn: dự án có thuộc diện UBND tỉnh chấp thuận chủ trương đầu tư không; có phải đấu thầu lựa chọn nhà đầu tư không khi công ty đã thỏa thuận nhận chuyển nhượng một phần đất; và thời gian giải quyết dự kiến.`,
    consent: true,
    steps: [ack(1), note(2, "Đã lấy ý kiến Sở TN&MT, Sở Xây dựng và UBND huyện Chơn Thành về quy hoạch khu đất.")],
  },
  {
    daysAgo: 12,
    agency: "so-lao-dong-thuong-binh-va-xa-hoi",
    topic: "lao-dong-an-sinh",
    filer: citizen("Phùng Thị Yến", "phungyen.dx@example.com", "0936 781 204", "Tổ 5, khu phố 3, phường Tân Bình, thành phố Đồng Xoài"),
    subject: "Quá hạn chưa nhận được quyết định hưởng trợ cấp thất nghiệp",
    body: `Tôi nghỉ việc tại một công ty ở Khu công nghiệp Đồng Xoài I và nộp hồ sơ hưởng trợ cấp thất nghiệp tại Trung tâm Dịch vụ việc làm tỉnh. Theo phiếu hẹn, tôi phải có quyết định sau 20 ngày làm việc nhưng đến nay đã quá hạn một tuần mà chưa có kết quả, gọi điện thì không ai nghe máy.

Đề nghị Sở kiểm tra giúp.`,
    consent: false,
    steps: [ack(1)],
  },
  {
    daysAgo: 9,
    agency: "ubnd-huyen-bu-dop",
    topic: "giao-duc",
    filer: citizen("Trần Thị Bảo Ngọc", "baongoc.tran@example.com", "0911 546 372", "Khu phố Tân Hiệp, thị trấn Thanh Bình, huyện Bù Đốp"),
    subject: "Trường tiểu học thiếu giáo viên tiếng Anh, học sinh lớp 3 không được học đủ tiết",
    body: `Con tôi học lớp 3 ở thị trấn Thanh Bình. Từ đầu học kỳ, lớp chỉ học tiếng Anh 1 tiết mỗi tuần thay vì 4 tiết theo chương trình; nhà trường giải thích là do thiếu giáo viên.

Nhiều phụ huynh lo lắng vì lớp 3 là năm đầu học tiếng Anh bắt buộc. Đề nghị huyện bố trí giáo viên.`,
    consent: true,
    steps: [ack(2)],
  },
  {
    daysAgo: 7,
    agency: "so-giao-thong-van-tai",
    topic: "giao-thong",
    filer: citizen("Đoàn Văn Hiếu", "doanhieu.duclieu@example.vn", "0942 367 018", "Thôn 6, xã Đức Liễu, huyện Bù Đăng"),
    subject: "Tuyến xe buýt Đồng Xoài – Bù Đăng giảm chuyến, học sinh và công nhân đi lại khó khăn",
    body: `Từ tháng trước, tuyến xe buýt Đồng Xoài – Bù Đăng giảm từ 12 xuống còn 6 chuyến mỗi ngày, chuyến sớm nhất lúc 6 giờ 30 nên công nhân đi làm ca sáng và học sinh đi học ở Đồng Xoài không kịp giờ.

Đề nghị Sở xem xét khôi phục các chuyến sáng sớm.`,
    consent: true,
    steps: [ack(1)],
  },
  {
    daysAgo: 33,
    agency: "ubnd-huyen-phu-rieng",
    topic: "moi-truong",
    filer: citizen("Hà Thị Thu", "hathithu.pr@example.com", "0967 512 830", "Thôn 3, xã Long Hưng, huyện Phú Riềng"),
    subject: "Đốt rác thải công nghiệp lúc nửa đêm gây khói độc tại xã Long Hưng",
    body: `Nhiều đêm, khoảng 23 giờ, tại khu đất trống cạnh lô cao su thôn 3, xã Long Hưng có người chở rác thải (bao bì, vải vụn, nhựa) đến đổ rồi đốt. Khói đen, mùi khét bao trùm khu dân cư đến sáng.

Đề nghị huyện kiểm tra, truy tìm đơn vị đổ rác.`,
    consent: true,
    steps: [
      ack(1),
      ask(2, "Đề nghị bà cung cấp vị trí cụ thể và hình ảnh (nếu có) để đoàn kiểm tra xác minh."),
      reply(4, "Vị trí ở cuối đường đất cạnh lô cao su số 7, cách trường mẫu giáo thôn 3 khoảng 300 m. Tôi đã gửi hình ảnh cho UBND xã."),
      note(2, "Đã phối hợp Công an xã Long Hưng bố trí theo dõi ban đêm."),
    ],
  },

  // ─────────────────────── Waiting for the filer (3) ───────────────────────
  {
    daysAgo: 25,
    agency: "ubnd-thi-xa-binh-long",
    topic: "dat-dai",
    filer: citizen("Huỳnh Văn Tám", "huynhvantam@example.com", "0918 276 450", "Ấp 4, xã Thanh Lương, thị xã Bình Long"),
    subject: "Đề nghị hướng dẫn tách thửa đất nông nghiệp để tặng cho con",
    body: `Tôi có thửa đất trồng cây lâu năm 6.000 m² tại xã Thanh Lương, muốn tách 2.000 m² tặng cho con trai. Cán bộ xã nói thị xã đang tạm dừng tách thửa đất nông nghiệp.

Xin cho biết việc tách thửa có được thực hiện không, và diện tích tối thiểu được tách là bao nhiêu.`,
    consent: true,
    steps: [
      ack(1),
      ask(3, "Đề nghị ông cung cấp số thửa, số tờ bản đồ hoặc bản sao giấy chứng nhận để Phòng TN&MT kiểm tra quy hoạch và điều kiện tách thửa."),
    ],
  },
  {
    daysAgo: 15,
    agency: "trung-tam-phuc-vu-hanh-chinh-cong",
    topic: "thu-tuc-hanh-chinh",
    filer: business(
      "Tô Minh Châu",
      "Công ty TNHH Dịch vụ Kế toán Minh Châu",
      taxCode("380137264"),
      "minhchau.ketoan@example.vn",
      "0917 480 263",
      "Số 41 đường Trường Chinh, phường Tân Phú, thành phố Đồng Xoài",
    ),
    subject: "Hồ sơ gửi qua dịch vụ bưu chính công ích chưa được tiếp nhận",
    body: `Công ty gửi hồ sơ thủ tục hành chính qua dịch vụ bưu chính công ích đến Trung tâm Phục vụ hành chính công. Theo tra cứu của bưu điện, hồ sơ đã được giao cho Trung tâm nhưng đã hơn 10 ngày công ty không nhận được giấy tiếp nhận, tra cứu trên Cổng dịch vụ công cũng không thấy.

Đề nghị Trung tâm kiểm tra.`,
    consent: true,
    steps: [
      ack(1),
      ask(1, "Đề nghị Công ty cung cấp số hiệu bưu gửi và ngày gửi để Trung tâm đối chiếu với sổ giao nhận của bưu điện."),
    ],
  },
  {
    daysAgo: 11,
    agency: "so-xay-dung",
    topic: "xay-dung-quy-hoach",
    filer: citizen("Mạc Văn Thành", "macvanthanh@example.com", "0988 603 147", "Khu phố 5, phường Tân Thiện, thành phố Đồng Xoài"),
    subject: "Công trình xây dựng lấn chiếm vỉa hè, không che chắn gây nguy hiểm",
    body: `Một công trình nhà phố 5 tầng đang xây trên đường gần chợ Đồng Xoài để vật liệu, giàn giáo chiếm hết vỉa hè và một phần lòng đường, không có lưới che chắn, vật liệu rơi xuống đường.

Người đi bộ phải đi xuống lòng đường rất nguy hiểm. Đề nghị kiểm tra, xử lý.`,
    consent: true,
    steps: [
      ack(1),
      ask(2, "Đề nghị ông cho biết địa chỉ cụ thể (số nhà, tên đường) của công trình và hình ảnh nếu có để Thanh tra Sở phối hợp UBND thành phố kiểm tra."),
    ],
  },

  // ─────────────────────────── Transferred (3) ───────────────────────────
  {
    daysAgo: 9,
    agency: "so-giao-duc-va-dao-tao",
    topic: "giao-duc",
    filer: citizen("Lê Thị Hồng Vân", "hongvan.le@example.vn", "0962 781 305", "Thôn 1, xã Phước Minh, huyện Bù Gia Mập"),
    subject: "Phòng học điểm trường tiểu học xuống cấp, mùa mưa bị dột",
    body: `Điểm trường tiểu học ở thôn 1, xã Phước Minh có 4 phòng học xây đã lâu, mái tôn thủng nhiều chỗ, mưa là dột, tường nứt. Học sinh phải dồn bàn ghế tránh chỗ dột.

Đề nghị cơ quan có thẩm quyền sửa chữa trước mùa mưa.`,
    consent: true,
    steps: [
      transfer(2, "ubnd-huyen-bu-gia-map", "Trường tiểu học do UBND huyện quản lý và đầu tư cơ sở vật chất theo phân cấp; chuyển UBND huyện Bù Gia Mập giải quyết."),
    ],
  },
  {
    daysAgo: 6,
    agency: "so-tai-nguyen-va-moi-truong",
    topic: "dat-dai",
    filer: citizen("Văn Thị Nguyệt", "vanthinguyet@example.com", "0976 358 120", "Ấp 6, xã Tân Hòa, huyện Đồng Phú"),
    subject: "Lấn chiếm đất hành lang suối để dựng nhà tạm tại xã Tân Hòa",
    body: `Dọc hành lang suối ở ấp 6, xã Tân Hòa, gần đây có vài hộ tự san lấp, rào lại và dựng nhà tạm trên đất công, làm hẹp dòng chảy; mùa mưa dễ gây ngập cho các hộ phía trên.

Xã đã biết nhưng chưa xử lý. Đề nghị kiểm tra.`,
    consent: true,
    steps: [
      transfer(1, "ubnd-huyen-dong-phu", "Quản lý đất công và xử lý lấn chiếm đất thuộc thẩm quyền UBND cấp xã, cấp huyện; chuyển UBND huyện Đồng Phú giải quyết."),
    ],
  },
  {
    daysAgo: 4,
    agency: "ubnd-thanh-pho-dong-xoai",
    topic: "y-te",
    filer: citizen("Kiều Văn Nam", "kieuvannam.dx@example.vn", "0985 264 917", "Khu phố 3, phường Tân Phú, thành phố Đồng Xoài"),
    subject: "Nhà thuốc bán kháng sinh, thuốc kê đơn không cần đơn của bác sĩ",
    body: `Nhiều nhà thuốc quanh chợ Đồng Xoài bán kháng sinh, thuốc kê đơn cho người mua chỉ cần nói triệu chứng, không yêu cầu đơn thuốc. Con tôi được bán cả vỉ kháng sinh mà không được hướng dẫn cách dùng.

Đề nghị cơ quan chức năng kiểm tra.`,
    consent: true,
    steps: [transfer(1, "so-y-te", "Quản lý hành nghề dược và kiểm tra nhà thuốc thuộc thẩm quyền của Sở Y tế; chuyển Sở Y tế giải quyết.")],
  },

  // ─────────────────────────── Rejected (4: each reason) ───────────────────────────
  {
    daysAgo: 272,
    agency: "so-giao-thong-van-tai",
    topic: "giao-thong",
    filer: citizen("Phạm Văn Long", "phamvanlong74@example.com", "0935 702 118", "Thôn 7, xã Bù Nho, huyện Phú Riềng"),
    subject: "Đề nghị sửa ổ gà trên ĐT741 đoạn chợ Bù Nho",
    body: `Tôi gửi lại phản ánh về tình trạng ổ gà trên đường ĐT741 đoạn gần chợ Bù Nho, xã Bù Nho vì chưa thấy trả lời. Đường hư hỏng nặng, rất nguy hiểm cho người đi xe máy vào ban đêm, đề nghị Sở sớm sửa chữa.`,
    consent: true,
    steps: [
      reject(1, "duplicate", "Nội dung này trùng với kiến nghị ông đã gửi hai ngày trước, hiện Sở đang giải quyết. Kết quả sẽ được trả lời trong kiến nghị đó; ông theo dõi bằng mã kiến nghị trong thư xác nhận đã nhận."),
    ],
  },
  {
    daysAgo: 90,
    agency: "ubnd-thanh-pho-dong-xoai",
    topic: "khac",
    filer: citizen("Nhà đất Phát Lộc", "phatloc.nhadat@example.com", "0909 888 126", "Thành phố Đồng Xoài"),
    subject: "Dịch vụ làm sổ đỏ nhanh, tách thửa, chuyển mục đích trọn gói",
    body: `Nhận làm sổ đỏ, sổ hồng nhanh trong 7 ngày, tách thửa, chuyển mục đích đất nông nghiệp lên thổ cư trọn gói, không cần đi lại, bao đậu hồ sơ. Hỗ trợ vay vốn ngân hàng. Liên hệ ngay để được tư vấn miễn phí!`,
    consent: true,
    steps: [reject(1, "spam", "Nội dung là quảng cáo dịch vụ, không phải phản ánh, kiến nghị về quy định hành chính.")],
  },
  {
    daysAgo: 58,
    agency: "so-lao-dong-thuong-binh-va-xa-hoi",
    topic: "lao-dong-an-sinh",
    filer: citizen("Lưu Thị Phương", "luuphuong.cn@example.com", "0923 615 740", "Ấp 1, xã Nha Bích, huyện Chơn Thành"),
    subject: "Hỏi thủ tục rút bảo hiểm xã hội một lần",
    body: `Tôi đã nghỉ việc ở công ty được 14 tháng, có 7 năm đóng bảo hiểm xã hội. Tôi muốn rút bảo hiểm xã hội một lần để có tiền chữa bệnh. Xin hỏi thủ tục, nộp ở đâu và bao lâu thì nhận được tiền.`,
    consent: true,
    steps: [
      ack(1),
      reject(
        2,
        "out_of_scope",
        "Việc giải quyết hưởng bảo hiểm xã hội một lần thuộc thẩm quyền của cơ quan Bảo hiểm xã hội, không thuộc thẩm quyền của Sở. Đề nghị bà liên hệ Bảo hiểm xã hội tỉnh hoặc Bảo hiểm xã hội cơ sở nơi cư trú, hoặc nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia để được hướng dẫn theo Luật Bảo hiểm xã hội năm 2024.",
      ),
    ],
  },
  {
    daysAgo: 70,
    agency: "thanh-tra-tinh",
    topic: "thai-do-can-bo",
    filer: citizen("Trần Văn Minh", "tranvanminh79@example.com", "0914 208 653", "Phường Tân Xuân, thành phố Đồng Xoài"),
    subject: "Phản ánh cán bộ nhũng nhiễu khi làm thủ tục",
    body: `Tôi phản ánh có cán bộ gây khó khăn, nhũng nhiễu người dân khi làm thủ tục hành chính, phải có tiền mới được giải quyết nhanh. Đề nghị thanh tra vào cuộc xử lý nghiêm.`,
    consent: false,
    steps: [
      ack(1),
      ask(2, "Để có căn cứ xác minh, đề nghị ông cho biết cơ quan, bộ phận, thủ tục hành chính, thời gian xảy ra sự việc và thông tin về cán bộ bị phản ánh (nếu biết)."),
      reject(
        12,
        "insufficient_info",
        "Đã quá thời hạn nhưng ông chưa bổ sung thông tin. Do không có thông tin cụ thể về cơ quan, sự việc để xác minh, Thanh tra tỉnh dừng xử lý kiến nghị này. Khi có thông tin cụ thể, ông có thể gửi kiến nghị mới hoặc đến Ban Tiếp công dân tỉnh.",
      ),
    ],
  },

  // ─────────────────────────── Withdrawn (2) ───────────────────────────
  {
    daysAgo: 50,
    agency: "so-ke-hoach-va-dau-tu",
    topic: "dau-tu-kinh-doanh",
    filer: business(
      "Hồ Văn Thịnh",
      "Công ty TNHH Nông sản Thịnh Phát Bù Đăng",
      taxCode("380142871"),
      "thinhphat.budang@example.vn",
      "0913 805 642",
      "Thôn 5, xã Đoàn Kết, huyện Bù Đăng",
    ),
    subject: "Chậm cấp giấy chứng nhận đăng ký hoạt động chi nhánh tại Đồng Xoài",
    body: `Công ty nộp hồ sơ đăng ký hoạt động chi nhánh tại thành phố Đồng Xoài qua mạng đã 5 ngày làm việc nhưng trạng thái hồ sơ vẫn là đang xử lý. Đề nghị Sở kiểm tra.`,
    consent: true,
    steps: [ack(1), withdraw(2, "Chi nhánh đã được cấp giấy chứng nhận đăng ký hoạt động, công ty xin rút kiến nghị. Cảm ơn Sở.")],
  },
  {
    daysAgo: 20,
    agency: "ubnd-huyen-loc-ninh",
    topic: "thu-tuc-hanh-chinh",
    filer: citizen("Châu Thị Mến", "chauthimen@example.com", "0939 402 586", "Ấp 2, xã Lộc Tấn, huyện Lộc Ninh"),
    subject: "Chưa nhận được kết quả đăng ký kết hôn có yếu tố nước ngoài",
    body: `Tôi nộp hồ sơ đăng ký kết hôn với công dân Campuchia tại UBND huyện Lộc Ninh, đến nay chưa được hẹn ngày trao giấy chứng nhận kết hôn. Xin cho biết tình trạng hồ sơ.`,
    consent: false,
    steps: [withdraw(1, "Tôi đã được Phòng Tư pháp gọi điện hẹn ngày trao giấy, xin rút kiến nghị.")],
  },

  // ─────────────── Received, never acknowledged: overdue (3) and recent (3) ───────────────
  {
    daysAgo: 52,
    agency: "ubnd-huyen-bu-gia-map",
    topic: "dat-dai",
    filer: citizen("Điểu Thị Thơm", "dieuthom@example.vn", "0965 820 317", "Thôn 4, xã Bù Gia Mập, huyện Bù Gia Mập"),
    subject: "Đề nghị cấp giấy chứng nhận quyền sử dụng đất cho đất rẫy của đồng bào dân tộc tại chỗ",
    body: `Gia đình tôi là đồng bào S'tiêng, canh tác rẫy điều khoảng 1,5 ha ở thôn 4 từ trước năm 2000, không tranh chấp với ai. Nhiều lần đăng ký cấp giấy chứng nhận nhưng xã nói đất nằm trong quy hoạch lâm nghiệp nên chưa cấp.

Đề nghị huyện rà soát, xem xét cấp giấy để gia đình yên tâm sản xuất và vay vốn.`,
    consent: true,
    steps: [],
  },
  {
    daysAgo: 46,
    agency: "so-cong-thuong",
    topic: "dau-tu-kinh-doanh",
    filer: business(
      "Phan Văn Đức",
      "Công ty TNHH Chế biến Điều Đức Phát",
      taxCode("380150396"),
      "ducphat.cashew@example.vn",
      "0903 762 158",
      "Thôn 8, xã Nghĩa Bình, huyện Bù Đăng",
    ),
    subject: "Đề nghị hướng dẫn doanh nghiệp chế biến điều tham gia chương trình xúc tiến thương mại của tỉnh",
    body: `Doanh nghiệp chúng tôi chế biến nhân điều xuất khẩu với 120 lao động. Năm nay đơn hàng giảm mạnh, chúng tôi muốn tham gia các hội chợ, chương trình kết nối giao thương trong và ngoài nước do tỉnh tổ chức.

Xin cho biết điều kiện, thủ tục đăng ký và mức hỗ trợ kinh phí xúc tiến thương mại của tỉnh.`,
    consent: true,
    steps: [],
  },
  {
    daysAgo: 41,
    agency: "ubnd-thi-xa-phuoc-long",
    topic: "xay-dung-quy-hoach",
    filer: citizen("Tạ Minh Hiển", "taminhhien@example.com", "0938 450 612", "Khu phố 1, phường Sơn Giang, thị xã Phước Long"),
    subject: "Khu dân cư bị treo quy hoạch nhiều năm tại phường Sơn Giang",
    body: `Khu dân cư khu phố 1, phường Sơn Giang nằm trong quy hoạch công viên từ hơn 10 năm nay nhưng chưa triển khai. Người dân không được xây mới, sửa chữa lớn hay tách thửa, nhà cửa xuống cấp.

Đề nghị thị xã cho biết quy hoạch còn thực hiện không; nếu không thì điều chỉnh để người dân được xây dựng.`,
    consent: true,
    steps: [],
  },
  {
    daysAgo: 5,
    agency: "so-y-te",
    topic: "y-te",
    filer: citizen("Lâm Thị Mỹ Dung", "mydung.lam@example.vn", "0907 318 562", "Khu phố 2, phường Phú Đức, thị xã Bình Long"),
    subject: "Trạm y tế xã không có người trực khám bệnh vào cuối tuần",
    body: `Trạm y tế xã Thanh Phú thường không có bác sĩ, y sĩ trực khám bệnh vào thứ Bảy, Chủ nhật; người dân bị bệnh phải đi hơn 10 km đến trung tâm y tế thị xã.

Đề nghị Sở bố trí nhân lực trực cuối tuần tại trạm.`,
    consent: true,
    steps: [],
  },
  {
    daysAgo: 3,
    agency: "ubnd-huyen-chon-thanh",
    topic: "giao-thong",
    lang: "en",
    filer: business(
      "Park Sung-min",
      "Daeyang Packaging Vina Co., Ltd.",
      taxCode("380163745"),
      "sungmin.park@example.com",
      "0906 274 815",
      "Lot A-7, Minh Hung III Industrial Park, Chon Thanh, Binh Phuoc",
    ),
    subject: "Container trucks blocked by the new load limit on the road to Minh Hung III Industrial Park",
    body: `Since last week a 10-tonne load limit sign has been placed on the district road connecting National Road 13 with the gate of Minh Hung III Industrial Park. Our container trucks can no longer reach the factory and must take a detour of about 18 km.

We understand the need to protect the road, but we ask the District to tell us how long the restriction will last and whether a permit for container trucks is possible.`,
    consent: true,
    steps: [],
  },
  {
    daysAgo: 1,
    agency: "ubnd-thanh-pho-dong-xoai",
    topic: "giao-duc",
    filer: citizen("Nguyễn Thị Hồng Nhung", "hongnhung.nguyen@example.com", "0932 718 405", "Số 7 đường Phạm Ngọc Thạch, phường Tân Bình, thành phố Đồng Xoài"),
    subject: "Xin cho con học trường mầm non gần nơi làm việc, ngoài địa bàn thường trú",
    body: `Tôi làm việc tại phường Tân Phú nhưng thường trú ở phường Tân Bình. Trường mầm non công lập gần cơ quan còn chỉ tiêu nhưng không nhận con tôi vì không đúng địa bàn tuyển sinh.

Xin hỏi quy định tuyển sinh mầm non có cho phép nhận trẻ ngoài địa bàn không và thủ tục thế nào.`,
    consent: true,
    steps: [],
  },

  // ─────────────────── Triage queue: filed to "not sure" (3) ───────────────────
  {
    daysAgo: 6,
    agency: null,
    topic: "khac",
    filer: citizen("Bạch Văn Cường", "bachvancuong@example.vn", "0946 209 371", "Ấp 3, xã Tân Khai, huyện Hớn Quản"),
    subject: "Chó thả rông không rọ mõm trong khu dân cư, trẻ em bị cắn",
    body: `Trong ấp có nhiều hộ thả chó rông, không rọ mõm; tháng này đã có hai trẻ em bị cắn phải đi tiêm phòng dại. Tôi không rõ cơ quan nào quản lý việc này nên gửi qua Cổng.

Đề nghị chính quyền nhắc nhở, xử lý các hộ nuôi chó thả rông.`,
    consent: true,
    steps: [],
  },
  {
    daysAgo: 2,
    agency: null,
    topic: "thue-phi",
    filer: business(
      "Quách Thị Thanh",
      "Công ty TNHH Vận tải Thành Công Bình Phước",
      taxCode("380103855"),
      "thanhcong.transport@example.vn",
      "0919 064 832",
      "Số 210 Quốc lộ 14, xã Tân Thành, thành phố Đồng Xoài",
    ),
    subject: "Hóa đơn điện tử bị từ chối cấp mã, không xuất được hóa đơn cho khách hàng",
    body: `Từ đầu tháng, hóa đơn điện tử có mã của công ty gửi lên hệ thống đều bị từ chối cấp mã với thông báo lỗi không rõ ràng. Công ty không xuất được hóa đơn cho khách hàng, ảnh hưởng doanh thu. Tổng đài hỗ trợ quá tải, không gọi được.

Chúng tôi không biết gửi kiến nghị cho cơ quan nào của tỉnh.`,
    consent: true,
    steps: [],
  },
  {
    daysAgo: 1,
    agency: null,
    topic: "moi-truong",
    lang: "en",
    filer: citizen("Sarah Miller", "sarah.miller@example.com", "0912 507 348", "Tan Xuan Ward, Dong Xoai City, Binh Phuoc"),
    subject: "Open burning of garden waste and plastic next to a kindergarten",
    body: `Almost every evening someone burns garden waste and plastic on an empty lot next to the kindergarten on our street in Tan Xuan Ward. The smoke comes into the houses and into the kindergarten yard.

I am a foreign teacher living here and do not know which office deals with this, so I am sending it through the portal. Could the right agency please look into it?`,
    consent: true,
    steps: [],
  },
];
