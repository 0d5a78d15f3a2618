import { describe, expect, it } from "vitest";
import { formatVietnamesePhone, normalizeVietnamesePhone, toNationalDigits } from "./phone";

describe("normalizeVietnamesePhone", () => {
  it("accepts mobile numbers in the ways people write them", () => {
    expect(normalizeVietnamesePhone("0912345678")).toBe("0912345678");
    expect(normalizeVietnamesePhone("+84 912 345 678")).toBe("0912345678");
    expect(normalizeVietnamesePhone("0912.345.678")).toBe("0912345678");
    expect(normalizeVietnamesePhone("0912-345-678")).toBe("0912345678");
    expect(normalizeVietnamesePhone("  0912 345 678  ")).toBe("0912345678");
    expect(normalizeVietnamesePhone("84912345678")).toBe("0912345678");
    expect(normalizeVietnamesePhone("(+84) 912.345.678")).toBe("0912345678");
    expect(normalizeVietnamesePhone("+84 0912 345 678")).toBe("0912345678");
    expect(normalizeVietnamesePhone("0084 912 345 678")).toBe("0912345678");
    // full-width digits from some phone keyboards
    expect(normalizeVietnamesePhone("０９１２３４５６７８")).toBe("0912345678");
  });

  it("accepts every current mobile prefix and no other", () => {
    for (const p of ["03", "05", "07", "08", "09"]) {
      expect(normalizeVietnamesePhone(`${p}86 123 456`)).toBe(`${p}86123456`);
    }
    for (const p of ["00", "01", "04", "06"]) {
      expect(normalizeVietnamesePhone(`${p}86 123 456`), p).toBeNull();
    }
  });

  it("accepts landlines with the 2017 area codes", () => {
    expect(normalizeVietnamesePhone("(0271) 3879 555")).toBe("02713879555"); // Bình Phước
    expect(normalizeVietnamesePhone("024 3825 1234")).toBe("02438251234"); // Hà Nội
    expect(normalizeVietnamesePhone("028.3829.1234")).toBe("02838291234"); // TP HCM
    expect(normalizeVietnamesePhone("+84 271 3879 555")).toBe("02713879555");
    expect(normalizeVietnamesePhone("0271 387 955")).toBe("0271387955"); // 10 digits
  });

  it("refuses the retired 01x mobile prefix, short numbers and stray characters", () => {
    expect(normalizeVietnamesePhone("0123456789")).toBeNull();
    expect(normalizeVietnamesePhone("01234567890")).toBeNull(); // old 11-digit mobile
    expect(normalizeVietnamesePhone("12345")).toBeNull();
    expect(normalizeVietnamesePhone("0912 345 67")).toBeNull();
    expect(normalizeVietnamesePhone("0912 345 6789")).toBeNull();
    expect(normalizeVietnamesePhone("912345678")).toBeNull(); // national number without its 0
    expect(normalizeVietnamesePhone("0271 3879 5555")).toBeNull(); // 12 digits
    expect(normalizeVietnamesePhone("027 1387")).toBeNull();
    expect(normalizeVietnamesePhone("0912 345 678 (anh Hòa)")).toBeNull();
    expect(normalizeVietnamesePhone("0912/345/678")).toBeNull();
    expect(normalizeVietnamesePhone("+1 202 555 0123")).toBeNull(); // not Vietnamese
    expect(normalizeVietnamesePhone("0912+345678")).toBeNull();
    expect(normalizeVietnamesePhone("")).toBeNull();
    expect(normalizeVietnamesePhone(" - ")).toBeNull();
  });
});

describe("toNationalDigits", () => {
  it("replaces the country code by 0 and leaves national digits alone", () => {
    expect(toNationalDigits("84912345678")).toBe("0912345678");
    expect(toNationalDigits("842713879555")).toBe("02713879555");
    expect(toNationalDigits("0912345678")).toBe("0912345678");
    expect(toNationalDigits("12025550123", true)).toBe("");
  });
});

describe("formatVietnamesePhone", () => {
  it("groups mobiles 4-3-3 and landlines after the area code", () => {
    expect(formatVietnamesePhone("0912345678")).toBe("0912 345 678");
    expect(formatVietnamesePhone("02713879555")).toBe("0271 3879 555");
    expect(formatVietnamesePhone("02438251234")).toBe("024 3825 1234");
    expect(formatVietnamesePhone("02838291234")).toBe("028 3829 1234");
    expect(formatVietnamesePhone("0271387955")).toBe("0271 387 955");
  });

  it("formats typed input too and leaves anything else as it was", () => {
    expect(formatVietnamesePhone("+84 912.345.678")).toBe("0912 345 678");
    expect(formatVietnamesePhone("0123456789")).toBe("0123456789");
    expect(formatVietnamesePhone("")).toBe("");
  });
});
