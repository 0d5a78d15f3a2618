import { describe, expect, it } from "vitest";
import { translator } from "../../i18n";
import { fieldErrors, petitionFormSchema } from "./petitions.schema";

const vi = petitionFormSchema(translator("vi"));
const en = petitionFormSchema(translator("en"));

const citizen = {
  filerType: "citizen",
  name: "  Nguyễn Văn Hòa ",
  email: "hoa.nguyen@example.com",
  phone: "+84 912.345.678",
  address: "Phường Tân Phú, Đồng Xoài",
  agency: "so-xay-dung",
  topic: "xay-dung",
  subject: "Đường Phú Riềng Đỏ ngập nước",
  body: "Đoạn đường trước số 12 ngập sâu mỗi khi mưa lớn, xin cơ quan kiểm tra hệ thống thoát nước.",
  publicConsent: "on",
};

describe("the petition form", () => {
  it("accepts a citizen's petition and cleans it for storage", () => {
    const r = vi.parse(citizen);
    expect(r.name).toBe("Nguyễn Văn Hòa");
    expect(r.phone).toBe("0912345678");
    expect(r.publicConsent).toBe(true);
    expect(r.taxCode).toBe("");
  });

  it("stores NFD input as NFC", () => {
    const r = vi.parse({ ...citizen, name: "Nguyễn Văn Hòa".normalize("NFD"), body: citizen.body.normalize("NFD") });
    expect(r.name).toBe("Nguyễn Văn Hòa".normalize("NFC"));
    expect(r.body).toBe(citizen.body.normalize("NFC"));
  });

  it("requires a business name and a tax code with a right check digit for a business", () => {
    const bad = vi.safeParse({ ...citizen, filerType: "business", businessName: "", taxCode: "0100109107" });
    expect(bad.success).toBe(false);
    const errors = fieldErrors(bad.error!);
    expect(errors.businessName).toBe("Nhập tên doanh nghiệp");
    expect(errors.taxCode).toMatch(/^Mã số thuế không đúng/);
    const ok = vi.parse({ ...citizen, filerType: "business", businessName: "Công ty TNHH Cao su Phú Riềng", taxCode: " 0100109106 " });
    expect(ok.taxCode).toBe("0100109106");
  });

  it("tells the filer what to do, in their language", () => {
    const r = en.safeParse({ filerType: "citizen", email: "not-an-email", phone: "12345", subject: "", body: "" });
    const errors = fieldErrors(r.error!);
    expect(errors).toMatchObject({
      name: "Enter your full name",
      email: "Enter an email address, like name@example.com",
      phone: "Enter a phone number, like 0912 345 678 or 0271 3879 555",
      topic: "Choose the topic of your petition",
      subject: "Enter a subject (at least 5 characters)",
      body: "Enter your petition (at least 20 characters)",
    });
    expect(fieldErrors(vi.safeParse({ ...citizen, email: "x" }).error!).email).toBe("Nhập địa chỉ email, ví dụ ten@example.com");
  });

  it("refuses a 20,000-character body with a message, and keeps a 10,000-character one", () => {
    const r = vi.safeParse({ ...citizen, body: "a".repeat(20_000) });
    expect(fieldErrors(r.error!).body).toMatch(/không quá 10000 ký tự/);
    expect(vi.parse({ ...citizen, body: "a".repeat(10_000) }).body).toHaveLength(10_000);
  });

  it("keeps script tags as text (they are escaped when shown, never run)", () => {
    const r = vi.parse({ ...citizen, subject: "<script>alert(1)</script> ngập nước" });
    expect(r.subject).toBe("<script>alert(1)</script> ngập nước");
  });

  it("accepts an empty agency (not sure which) but not a malformed one", () => {
    expect(vi.parse({ ...citizen, agency: "" }).agency).toBe("");
    expect(fieldErrors(vi.safeParse({ ...citizen, agency: "../etc" }).error!).agency).toBeDefined();
  });
});
