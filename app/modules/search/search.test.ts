import { describe, expect, it } from "vitest";
import { fold } from "./normalize";
import { parseSearch } from "./search.server";

describe("fold", () => {
  it("removes tone and vowel marks and maps đ to d", () => {
    expect(fold("Đăng ký kinh doanh")).toBe("dang ky kinh doanh");
    expect(fold("ĐỒNG XOÀI")).toBe("dong xoai");
  });
  it("treats NFD input like NFC input", () => {
    const nfd = "Đăng ký kinh doanh".normalize("NFD");
    expect(nfd).not.toBe("Đăng ký kinh doanh");
    expect(fold(nfd)).toBe("dang ky kinh doanh");
  });
  it("folds old and new tone placement alike", () => {
    expect(fold("hoà")).toBe(fold("hòa"));
    expect(fold("thuỷ")).toBe(fold("thủy"));
  });
  it("turns punctuation into single spaces", () => {
    expect(fold("  Sở TT&TT – tỉnh Bình Phước!  ")).toBe("so tt tt tinh binh phuoc");
  });
});

describe("parseSearch", () => {
  it("gives the same query with and without diacritics", () => {
    const a = parseSearch("thu tuc dang ky kinh doanh");
    const b = parseSearch("Thủ tục đăng ký kinh doanh");
    const c = parseSearch("Thủ tục đăng ký kinh doanh".normalize("NFD"));
    expect(a).toEqual(b);
    expect(b).toEqual(c);
    expect(a?.terms).toEqual(["dang", "ky", "kinh", "doanh"]);
  });
  it("requires every word and lets the last one be a prefix", () => {
    expect(parseSearch("dang ky kinh doa")?.all).toBe("dang & ky & kinh & doa:*");
    expect(parseSearch("dang ky kinh doa")?.inName).toBe("dang:A & ky:A & kinh:A & doa:*A");
  });
  it("falls back to adjacent pairs as phrases, or single words when only two were typed", () => {
    expect(parseSearch("hòa giải đất đai")?.any).toBe("(hoa <-> giai) | (giai <-> dat) | (dat <-> dai:*)");
    expect(parseSearch("giấy phép")?.any).toBe("giay | phep:*");
  });
  it("keeps a filler word when it is all that was typed", () => {
    expect(parseSearch("thủ tục")?.terms).toEqual(["thu", "tuc"]);
  });
  it("returns null for nothing searchable", () => {
    expect(parseSearch("  ?!  ")).toBeNull();
    expect(parseSearch(undefined)).toBeNull();
  });
  it("cannot be used to inject tsquery syntax", () => {
    expect(parseSearch("a & b | !c:* <->")?.all).toBe("a & b & c:*");
  });
});
