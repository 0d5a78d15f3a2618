import { describe, expect, it } from "vitest";
import { maskPersonalData, maskWithRedactions } from "./masking";

const E = "[email đã ẩn]";
const P = "[số điện thoại đã ẩn]";
const ID = "[số giấy tờ đã ẩn]";
const N = "[người gửi]";
const A = "[địa chỉ đã ẩn]";

const filer = {
  name: "Nguyễn Văn Hòa",
  email: "nguyenvanhoa.bp@gmail.com",
  phone: "0912 345 678",
  address: "số 12 đường Phú Riềng Đỏ, phường Tân Phú",
  idNumbers: ["079085001234"],
};

const letter = [
  "Kính gửi: Ông Nguyễn Văn Hòa",
  "Địa chỉ: số 12 đường Phú Riềng Đỏ, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước.",
  "Điện thoại: 0912 345 678; email: nguyenvanhoa.bp@gmail.com; CCCD số 079 085 001 234.",
  "Ngày 15/03/2026, Sở Tài nguyên và Môi trường nhận được đơn kiến nghị mã PA-2026-000123 của",
  "ông Nguyễn Văn Hòa về việc chậm cấp giấy chứng nhận quyền sử dụng đất thửa số 245, tờ bản đồ số 18.",
  "Căn cứ Quyết định số 123/QĐ-UBND ngày 20/01/2026 của UBND tỉnh và Nghị quyết số 45/2025/NQ-HĐND,",
  "hồ sơ của ông Hòa đã được chuyển Văn phòng Đăng ký đất đai; tiền sử dụng đất phải nộp là",
  "12.500.000 đồng. Công ty TNHH Đo đạc Phú Riềng (mã số thuế 3800123454) đã hoàn thành đo vẽ.",
].join("\n");

const maskedLetter = [
  `Kính gửi: Ông ${N}`,
  `Địa chỉ: ${A}, thành phố Đồng Xoài, tỉnh Bình Phước.`,
  `Điện thoại: ${P}; email: ${E}; CCCD số ${ID}.`,
  "Ngày 15/03/2026, Sở Tài nguyên và Môi trường nhận được đơn kiến nghị mã PA-2026-000123 của",
  `ông ${N} về việc chậm cấp giấy chứng nhận quyền sử dụng đất thửa số 245, tờ bản đồ số 18.`,
  "Căn cứ Quyết định số 123/QĐ-UBND ngày 20/01/2026 của UBND tỉnh và Nghị quyết số 45/2025/NQ-HĐND,",
  `hồ sơ của ông ${N} đã được chuyển Văn phòng Đăng ký đất đai; tiền sử dụng đất phải nộp là`,
  "12.500.000 đồng. Công ty TNHH Đo đạc Phú Riềng (mã số thuế 3800123454) đã hoàn thành đo vẽ.",
].join("\n");

describe("maskPersonalData: an answer letter", () => {
  it("hides the filer's details and keeps the rest of the letter word for word", () => {
    expect(maskPersonalData(letter, filer)).toBe(maskedLetter);
  });

  it("gives the same NFC result for NFD input and NFD known data", () => {
    const nfdFiler = { ...filer, name: filer.name.normalize("NFD"), address: filer.address.normalize("NFD") };
    const out = maskPersonalData(letter.normalize("NFD"), nfdFiler);
    expect(out).toBe(maskedLetter);
    expect(out).toBe(out.normalize("NFC"));
  });

  it("finds the filer's details even when nothing but the pattern is known", () => {
    const out = maskPersonalData("Liên hệ anh Hòa: 0912 345 678, hoa.nguyen@yahoo.com.vn, CCCD 079 085 001 234.", {});
    expect(out).toBe(`Liên hệ anh Hòa: ${P}, ${E}, CCCD ${ID}.`);
  });
});

describe("maskPersonalData: names", () => {
  it("matches old and new tone placement (Hoà / Hòa) both ways", () => {
    expect(maskPersonalData("Ông Nguyễn Văn Hòa trình bày", { name: "Nguyễn Văn Hoà" })).toBe(`Ông ${N} trình bày`);
    expect(maskPersonalData("Ông Nguyễn Văn Hoà trình bày", { name: "Nguyễn Văn Hòa" })).toBe(`Ông ${N} trình bày`);
  });

  it("matches the name without diacritics, in capitals and across a line break", () => {
    expect(maskPersonalData("Nguoi gui: Nguyen Van Hoa", filer)).toBe(`Nguoi gui: ${N}`);
    expect(maskPersonalData("ĐƠN CỦA ÔNG NGUYỄN VĂN HÒA", filer)).toBe(`ĐƠN CỦA ÔNG ${N}`);
    expect(maskPersonalData("của ông Nguyễn\nVăn  Hòa.", filer)).toBe(`của ông ${N}.`);
  });

  it("matches whole words only and leaves the ordinary word hòa alone", () => {
    const text =
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM. Tổ hòa giải phường đã hòa giải; bà Nguyễn Văn Hòang không liên quan; " +
      "đồng chí Nguyễn Văn Hòa Bình cũng vậy; có Hòa Bình tham dự.";
    const out = maskPersonalData(text, filer);
    expect(out).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(out).toContain("Tổ hòa giải phường đã hòa giải");
    expect(out).toContain("Nguyễn Văn Hòang");
    expect(out).toContain("có Hòa Bình tham dự");
    // "Nguyễn Văn Hòa" inside a longer name is still the filer's full name written out
    expect(out).toContain(`đồng chí ${N} Bình`);
  });

  it("hides the given name after a title of address", () => {
    expect(maskPersonalData("Đề nghị ông Hòa bổ sung hồ sơ; chị Hoà đã nhận.", filer)).toBe(
      `Đề nghị ông ${N} bổ sung hồ sơ; chị ${N} đã nhận.`,
    );
    // "chỉ" (only) folds like "chị" but is not a title
    expect(maskPersonalData("Hồ sơ chỉ Hòa Lợi có", filer)).toBe("Hồ sơ chỉ Hòa Lợi có");
  });

  it("masks a stray combining mark with the name instead of leaving it on the mask", () => {
    // à + U+0301 has no composed form, so the acute survives NFC as a separate character
    expect(maskPersonalData("Nguyễn Văn Hoa\u0300\u0301 đã nhận", filer)).toBe(`${N} đã nhận`);
  });

  it("takes a one-word name only when capitalised as a name", () => {
    const known = { name: "Hòa" };
    expect(maskPersonalData("Hòa đã gửi đơn; tổ hòa giải; CỘNG HÒA", known)).toBe(`${N} đã gửi đơn; tổ hòa giải; CỘNG HÒA`);
  });
});

describe("maskPersonalData: phone numbers", () => {
  it.each([
    ["+84 912 345 678"],
    ["(+84) 912.345.678"],
    ["84912345678"],
    ["0912.345.678"],
    ["0912-345-678"],
    ["0912345678"],
    ["0387 654 321"],
    ["(0271) 3879 555"],
    ["0271.3879.555"],
    ["024 3825 1234"],
    ["02838291234"],
    ["04 3825 1234"], // Hà Nội before 2017
    ["01234567890"], // mobile before 2018
    ["０９１２３４５６７８"], // full-width digits
  ])("hides %s", (phone) => {
    expect(maskPersonalData(`Số điện thoại: ${phone}, gọi giờ hành chính.`, {})).toBe(
      `Số điện thoại: ${P}, gọi giờ hành chính.`,
    );
  });

  it("keeps a brackets-wrapped number's brackets and neighbouring numbers", () => {
    expect(maskPersonalData("(ĐT: 0912345678)", {})).toBe(`(ĐT: ${P})`);
    expect(maskPersonalData("đã gọi 0912 345 678 2 lần", {})).toBe(`đã gọi ${P} 2 lần`);
    expect(maskPersonalData("năm 2025 0912 345 678", {})).toBe(`năm 2025 ${P}`);
    expect(maskPersonalData("gọi 0912345678 15/03/2026", {})).toBe(`gọi ${P} 15/03/2026`);
    expect(maskPersonalData("SĐT 0912 345 678 15 hộ ký tên", {})).toBe(`SĐT ${P} 15 hộ ký tên`);
    expect(maskPersonalData("0912345678/0987654321", {})).toBe(`${P}/${P}`);
  });

  it("hides numbers from other countries but not a signed amount", () => {
    expect(maskPersonalData("Con trai ở Mỹ: +1 202 555 0123.", {})).toBe(`Con trai ở Mỹ: ${P}.`);
    expect(maskPersonalData("Dự toán tăng +12.500.000 đồng.", {})).toBe("Dự toán tăng +12.500.000 đồng.");
  });

  it("hides an email made of a phone number once, as an email", () => {
    expect(maskPersonalData("Gửi tới 0912345678@gmail.com.", {})).toBe(`Gửi tới ${E}.`);
  });

  it("hides the filer's own number in an unusual format", () => {
    // without the known number nine digits read as an old ID card number
    expect(maskPersonalData("SĐT 912 345 678", {})).toBe(`SĐT ${ID}`);
    expect(maskPersonalData("SĐT 912 345 678", { phone: "+84 912 345 678" })).toBe(`SĐT ${P}`);
  });
});

describe("maskPersonalData: identity numbers", () => {
  it.each([["079085001234"], ["079 085 001 234"], ["079.085.001.234"], ["285123456"], ["285 123 456"], ["025.123.456"]])(
    "hides %s",
    (id) => {
      expect(maskPersonalData(`Giấy tờ: ${id} do Công an tỉnh cấp.`, {})).toBe(`Giấy tờ: ${ID} do Công an tỉnh cấp.`);
    },
  );

  it("does not let an unrelated money word hide an ID number", () => {
    expect(maskPersonalData("Đề nghị hỗ trợ. Số 285123456 là của tôi.", {})).toBe(`Đề nghị hỗ trợ. Số ${ID} là của tôi.`);
    expect(maskPersonalData("Về kinh phí. Giấy 285123456 đã nộp.", {})).toBe(`Về kinh phí. Giấy ${ID} đã nộp.`);
  });

  it("hides an ID after its name even when written like money", () => {
    expect(maskPersonalData("CMND số 285.123.456 đồng thời", {})).toBe(`CMND số ${ID} đồng thời`);
  });

  it("hides known passport numbers", () => {
    expect(maskPersonalData("hộ chiếu C1234567 cấp ngày 02/05/2020", { idNumbers: ["C1234567"] })).toBe(
      `hộ chiếu ${ID} cấp ngày 02/05/2020`,
    );
  });
});

describe("maskPersonalData: what must survive", () => {
  it.each([
    ["dates", "Ngày 15/03/2026, ngày 15-03-2026 và ngày 15.03.2026; giai đoạn 2021-2025."],
    ["money", "Số tiền 12.500.000 đồng; 125.000.000 đồng; 125.000.000đ; 1.250.000.000 VNĐ; 105.000.000.000 đồng."],
    ["money without a unit", "Tổng kinh phí hỗ trợ là 450.000.000, trong đó ngân sách tỉnh 300.000.000."],
    ["document numbers", "Quyết định số 123/QĐ-UBND, Nghị quyết số 45/2025/NQ-HĐND, Công văn 2718/STNMT-ĐĐ."],
    ["codes", "Thủ tục 1.001612; hồ sơ PA-2026-000123; thửa đất số 245, tờ bản đồ số 18; tỷ lệ 12,5%."],
    ["tax codes", "MST 0100109106, chi nhánh 0100109106-001, chi nhánh 0300588569-002, Hải Phòng 0200123457."],
    ["a large amount with dots", "Dự toán 1.079.085.001.234 đồng."],
  ])("keeps %s", (_what, text) => {
    expect(maskPersonalData(text, filer)).toBe(text);
  });

  it("treats a 10-digit number shaped like a mobile as a phone even if it is a tax code", () => {
    expect(maskPersonalData("MST 0300588569", {})).toBe(`MST ${P}`);
  });
});

describe("maskPersonalData: addresses and emails", () => {
  it("hides the full address, the house and street alone, and the usual abbreviations", () => {
    expect(maskPersonalData("Nhà tại Số 12 Đường Phú Riềng Đỏ, Phường Tân Phú.", filer)).toBe(`Nhà tại ${A}.`);
    expect(maskPersonalData("trước nhà số 12 đường Phú Riềng Đỏ bị ngập", filer)).toBe(`trước nhà ${A} bị ngập`);
    expect(maskPersonalData("trước nhà 12 đường Phú Riềng Đỏ bị ngập", filer)).toBe(`trước nhà ${A} bị ngập`);
    expect(maskPersonalData("tại số 12 Đ. Phú Riềng Đỏ, P. Tân Phú, TP. Đồng Xoài", filer)).toBe(
      `tại ${A}, TP. Đồng Xoài`,
    );
    expect(maskPersonalData("so 12 duong Phu Rieng Do, phuong Tan Phu", filer)).toBe(A);
  });

  it("leaves the ward on its own and other house numbers alone", () => {
    const text = "UBND phường Tân Phú; nhà số 14 đường Phú Riềng Đỏ; số 12 đường Hùng Vương.";
    expect(maskPersonalData(text, filer)).toBe(text);
  });

  it("hides a shorter part of the address only when it has the house number and street", () => {
    const known = { address: "tổ 5, khu phố Tân Trà, phường Tân Phú" };
    expect(maskPersonalData("Nhà ở Tổ 5, KP Tân Trà, P. Tân Phú; khu phố Tân Trà có 300 hộ; tổ 5 đã họp.", known)).toBe(
      `Nhà ở ${A}; khu phố Tân Trà có 300 hộ; tổ 5 đã họp.`,
    );
    expect(maskPersonalData("Nhà ở tổ 5, khu phố Tân Trà.", known)).toBe(`Nhà ở ${A}.`);
  });

  it("hides every email address, whatever its case", () => {
    expect(maskPersonalData("Gửi NguyenVanHoa.BP@Gmail.com và phongtiepdan@binhphuoc.gov.vn.", {})).toBe(
      `Gửi ${E} và ${E}.`,
    );
  });
});

describe("maskWithRedactions", () => {
  it("hides each chosen phrase whatever its case, diacritics or normalisation", () => {
    const text = "Hộ bà Trần Thị Mai, tổ 5 khu phố Tân Trà, có tranh chấp với HỘ BÀ TRẦN THỊ MAI LAN.";
    expect(maskWithRedactions(text.normalize("NFD"), ["trần thị mai", "Tổ 5 Khu Phố Tân Trà"])).toBe(
      "Hộ bà [đã ẩn], [đã ẩn], có tranh chấp với HỘ BÀ [đã ẩn] LAN.",
    );
  });

  it("matches old and new tone placement and whole words only", () => {
    expect(maskWithRedactions("Thủy sản Hòa Phú; Hoà Phúc; hòa phú", ["Thuỷ sản Hoà Phú", "HOÀ PHÚ"])).toBe(
      "[đã ẩn]; Hoà Phúc; [đã ẩn]",
    );
  });

  it("merges overlapping phrases into one mask and ignores empty ones", () => {
    expect(maskWithRedactions("thửa đất số 245 tờ bản đồ 18", ["thửa đất số 245", "245 tờ bản đồ", "  ", ""])).toBe(
      "[đã ẩn] 18",
    );
    expect(maskWithRedactions("Không có gì cần ẩn.", [])).toBe("Không có gì cần ẩn.");
  });

  it("keeps punctuation inside a phrase literal", () => {
    expect(maskWithRedactions("kiệt 12/3 Lê Lợi và kiệt 12-3", ["12/3"])).toBe("kiệt [đã ẩn] Lê Lợi và kiệt 12-3");
  });
});
