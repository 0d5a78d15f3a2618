import { describe, expect, it } from "vitest";
import { translator } from "../../i18n";
import { loginErrors, loginSchema, normalizeEmail, safeNextPath } from "./staff.schema";

describe("login form", () => {
  it("normalises the email (spaces, case, Unicode form) and keeps the password as typed", () => {
    const r = loginSchema(translator("vi")).parse({ email: "  Officer@So-TTTT.Demo.gov.vn ", password: " mật khẩu " });
    expect(r).toEqual({ email: "officer@so-tttt.demo.gov.vn", password: " mật khẩu " });
    expect(normalizeEmail("A\u0301@x.vn")).toBe("á@x.vn");
  });

  it("says what to do, in the reader's language", () => {
    const vi = loginSchema(translator("vi")).safeParse({});
    expect(!vi.success && loginErrors(vi.error)).toEqual({ email: "Nhập địa chỉ email công vụ của bạn", password: "Nhập mật khẩu" });
    const en = loginSchema(translator("en")).safeParse({ email: "not-an-email", password: "x" });
    expect(!en.success && loginErrors(en.error)).toEqual({ email: "Enter an email address in the right format, like name@binhphuoc.gov.vn" });
  });
});

describe("where to go after signing in", () => {
  it("keeps paths inside the staff area", () => {
    expect(safeNextPath("/staff")).toBe("/staff");
    expect(safeNextPath("/staff/petitions/PA-2026-000001")).toBe("/staff/petitions/PA-2026-000001");
    expect(safeNextPath("/staff?status=overdue")).toBe("/staff?status=overdue");
  });

  it("sends everything else to the inbox", () => {
    for (const bad of [
      null,
      "",
      "https://evil.example/staff",
      "//evil.example/staff",
      "/\\evil.example",
      "/staffing",
      "/petitions/new",
      "/staff/login",
      "/staff/logout/",
      "/staff/\nSet-Cookie",
      "javascript:alert(1)",
    ]) {
      expect(safeNextPath(bad)).toBe("/staff");
    }
  });
});
