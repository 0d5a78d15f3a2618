import { describe, expect, it } from "vitest";
import { mailEn, mailVi } from "../../i18n/mail";
import {
  answeredMail,
  infoRequestedMail,
  officerNewPetitionMail,
  officerReminderMail,
  receiptMail,
  renderMail,
  statusChangedMail,
  type MailInput,
} from "./mail.templates";

const LINK = "https://minhbach.example.gov.vn/petitions/PA-2026-000042?t=secret-token";

describe("receipt", () => {
  it("gives the code, the agency and the private link, in Vietnamese by default", () => {
    const mail = receiptMail(undefined, { code: "PA-2026-000042", agencyName: "Sở Kế hoạch và Đầu tư", link: LINK });
    expect(mail.subject).toBe("Đã tiếp nhận kiến nghị PA-2026-000042");
    expect(mail.text).toContain("Mã số kiến nghị: PA-2026-000042.");
    expect(mail.text).toContain("chuyển đến Sở Kế hoạch và Đầu tư để xem xét, giải quyết");
    expect(mail.text).toContain(`\n${LINK}\n`);
    expect(mail.text).toMatch(/^Kính gửi Ông\/Bà,/);
    expect(mail.text).toContain("Trân trọng,");
  });

  it("says the province triage team will route it when no agency was chosen", () => {
    const vi = receiptMail("vi", { code: "PA-2026-000043", agencyName: null, link: LINK });
    expect(vi.text).toContain("Bộ phận tiếp nhận của tỉnh sẽ phân loại");
    expect(vi.text).not.toContain("chuyển đến null");
    const en = receiptMail("en", { code: "PA-2026-000043", agencyName: null, link: LINK });
    expect(en.text).toContain("province's reception team will pass it to the agency responsible");
  });

  it("is in English when the filer used English, and greets by name when given", () => {
    const mail = receiptMail("en", { code: "PA-2026-000042", agencyName: "Department of Planning and Investment", link: LINK, name: "Nguyễn Văn An" });
    expect(mail.subject).toBe("We have received your petition PA-2026-000042");
    expect(mail.text).toMatch(/^Dear Nguyễn Văn An,/);
    expect(mail.text).toContain("sent to Department of Planning and Investment");
    expect(mail.text).not.toContain("Kính gửi");
    expect(mail.text).toContain("Kind regards,");
  });

  it("falls back to Vietnamese for an unknown language", () => {
    expect(receiptMail("fr", { code: "PA-2026-000001", agencyName: null, link: LINK }).subject).toBe("Đã tiếp nhận kiến nghị PA-2026-000001");
  });
});

describe("filer updates", () => {
  it("status_changed names the new status", () => {
    const mail = statusChangedMail("vi", { code: "PA-2026-000042", statusLabel: "Đang xử lý", link: LINK });
    expect(mail.subject).toBe("Kiến nghị PA-2026-000042: Đang xử lý");
    expect(mail.text).toContain("cập nhật tình trạng xử lý: Đang xử lý.");
    expect(mail.text).toContain(LINK);
    expect(statusChangedMail("en", { code: "PA-2026-000042", statusLabel: "In progress", link: LINK }).subject).toBe("Petition PA-2026-000042: In progress");
  });

  it("info_requested carries the officer's message with its line breaks and says the clock is paused", () => {
    const mail = infoRequestedMail("vi", { code: "PA-2026-000042", message: "Xin gửi bản chụp giấy phép.\r\nGhi rõ số thửa đất.", link: LINK });
    expect(mail.subject).toBe("Kiến nghị PA-2026-000042: đề nghị bổ sung thông tin");
    expect(mail.text).toContain("Xin gửi bản chụp giấy phép.\nGhi rõ số thửa đất.");
    expect(mail.text).not.toContain("\r");
    expect(mail.text).toContain("tạm dừng");
    expect(infoRequestedMail("en", { code: "PA-2026-000042", message: "Send a copy.", link: LINK }).text).toContain("The time limit is paused");
  });

  it("answered carries the answer and the reopen right", () => {
    const mail = answeredMail("vi", { code: "PA-2026-000042", answer: "Sở đã kiểm tra và khắc phục.", link: LINK });
    expect(mail.subject).toBe("Kiến nghị PA-2026-000042 đã có văn bản trả lời");
    expect(mail.text).toContain("Sở đã kiểm tra và khắc phục.");
    expect(mail.text).toContain("10 ngày làm việc");
    expect(answeredMail("en", { code: "PA-2026-000042", answer: "Fixed.", link: LINK }).text).toContain("within 10 working days");
  });
});

describe("officer mails", () => {
  it("officer_new_petition puts the subject in one short subject line", () => {
    const long = "Đề nghị sửa chữa đường giao thông nông thôn\nấp 3 xã Tân Thành ".repeat(5);
    const mail = officerNewPetitionMail("vi", { code: "PA-2026-000042", subject: long, link: "https://x.gov.vn/staff/petitions/PA-2026-000042" });
    expect(mail.subject).not.toContain("\n");
    expect(mail.subject.startsWith("Kiến nghị mới PA-2026-000042: Đề nghị sửa chữa")).toBe(true);
    expect(mail.subject.endsWith("…")).toBe(true);
    expect(Array.from(mail.subject).length).toBeLessThan(120);
    expect(mail.text).toContain("https://x.gov.vn/staff/petitions/PA-2026-000042");
  });

  it("officer_reminder lists overdue petitions first, with dates in the reader's format", () => {
    const items = [
      { code: "PA-2026-000010", subject: "Đèn đường hỏng", dueOn: "2026-12-03", overdue: false },
      { code: "PA-2026-000007", subject: "Rác thải chợ", dueOn: "2026-11-20", overdue: true },
    ];
    const vi = officerReminderMail("vi", { agencyName: "UBND thành phố Đồng Xoài", items, link: "https://x.gov.vn/staff" });
    expect(vi.subject).toBe("Nhắc việc: kiến nghị cần xử lý (1 quá hạn, 1 sắp đến hạn)");
    expect(vi.text).toMatch(/^Kính gửi UBND thành phố Đồng Xoài,/);
    expect(vi.text).toContain("Đã quá hạn (1):\n- PA-2026-000007: Rác thải chợ (hạn 20/11/2026)");
    expect(vi.text).toContain("Sắp đến hạn (1):\n- PA-2026-000010: Đèn đường hỏng (hạn 03/12/2026)");
    expect(vi.text.indexOf("PA-2026-000007")).toBeLessThan(vi.text.indexOf("PA-2026-000010"));
    const en = officerReminderMail("en", { agencyName: "Dong Xoai City", items: items.filter((i) => !i.overdue), link: "https://x.gov.vn/staff" });
    expect(en.subject).toBe("Reminder: petitions needing action (0 overdue, 1 due soon)");
    expect(en.text).toContain("- PA-2026-000010: Đèn đường hỏng (due 3 Dec 2026)");
    expect(en.text).not.toContain("Overdue");
  });
});

describe("renderMail", () => {
  const inputs: MailInput[] = [
    { template: "receipt", code: "PA-2026-000001", agencyName: null, link: LINK },
    { template: "status_changed", code: "PA-2026-000001", statusLabel: "X", link: LINK },
    { template: "info_requested", code: "PA-2026-000001", message: "M", link: LINK },
    { template: "answered", code: "PA-2026-000001", answer: "A", link: LINK },
    { template: "officer_new_petition", code: "PA-2026-000001", subject: "S", link: LINK },
    { template: "officer_reminder", agencyName: "Sở", items: [{ code: "PA-2026-000001", subject: "S", dueOn: "2026-01-05", overdue: true }], link: LINK },
  ];

  it.each(inputs)("renders $template in both languages with no placeholder left", (input) => {
    for (const lang of ["vi", "en"] as const) {
      const mail = renderMail(lang, input);
      expect(mail.subject).not.toMatch(/[{}]|mail\./);
      expect(mail.text).not.toMatch(/[{}]|mail\./);
      expect(mail.subject).not.toContain("\n");
      expect(mail.text).toContain("PA-2026-000001");
    }
  });

  it("does not expand placeholders inside text people typed", () => {
    const mail = answeredMail("vi", { code: "PA-2026-000001", answer: "Xem mục {code} và $& của văn bản", link: LINK });
    expect(mail.text).toContain("Xem mục {code} và $& của văn bản");
  });

  it("has the same keys in both catalogues, each with the same placeholders", () => {
    expect(Object.keys(mailEn).sort()).toEqual(Object.keys(mailVi).sort());
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(mailVi) as Array<keyof typeof mailVi>) expect(names(mailEn[key]), key).toEqual(names(mailVi[key]));
  });
});
