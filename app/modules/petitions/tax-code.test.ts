import { describe, expect, it } from "vitest";
import { isValidTaxCode, normalizeTaxCode, taxCodeCheckDigit } from "./tax-code";

// An independent reading of the rule, written out longhand so the test does not reuse the module.
function withCheckDigit(firstNine: string): string {
  const w = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += parseInt(firstNine.charAt(i), 10) * w[i];
  const check = 10 - (sum % 11);
  if (check === 10) throw new Error(`no valid code starts with ${firstNine}`);
  return firstNine + String(check);
}

describe("normalizeTaxCode", () => {
  it("accepts published tax codes of well-known companies", () => {
    // Viettel (Tập đoàn Công nghiệp – Viễn thông Quân đội): 29+17+63+5 = 114, 114 mod 11 = 4, check 6.
    expect(normalizeTaxCode("0100109106")).toBe("0100109106");
    // Vinamilk (Công ty CP Sữa Việt Nam): 87+85+104+56+25+18 = 375, 375 mod 11 = 1, check 9.
    expect(normalizeTaxCode("0300588569")).toBe("0300588569");
  });

  it("accepts codes computed by the rule for several provinces", () => {
    const codes = ["380012345", "010123456", "310045678", "270012345"].map(withCheckDigit);
    expect(codes).toEqual(["3800123454", "0101234565", "3100456786", expect.stringMatching(/^270012345\d$/)]);
    for (const code of codes) expect(normalizeTaxCode(code), code).toBe(code);
    // remainder 10 gives check digit 0, which is a real digit and valid
    expect(withCheckDigit("380010003")).toBe("3800100030");
    expect(normalizeTaxCode("3800100030")).toBe("3800100030");
  });

  it("refuses every tenth digit but the right one", () => {
    const good = withCheckDigit("380012345");
    for (let d = 0; d <= 9; d++) {
      const code = good.slice(0, 9) + d;
      expect(normalizeTaxCode(code), code).toBe(code === good ? good : null);
    }
  });

  it("refuses nine digits whose remainder is 0 (the check would be 10)", () => {
    expect(taxCodeCheckDigit("380010007")).toBeNull();
    for (let d = 0; d <= 9; d++) expect(normalizeTaxCode(`380010007${d}`)).toBeNull();
  });

  it("trims and removes spaces", () => {
    expect(normalizeTaxCode("  0100109106 ")).toBe("0100109106");
    expect(normalizeTaxCode("0100 109 106")).toBe("0100109106");
    expect(normalizeTaxCode("0100109106 - 012")).toBe("0100109106-012");
  });

  it("accepts a branch code only on a valid parent code and not branch 000", () => {
    expect(normalizeTaxCode("0100109106-001")).toBe("0100109106-001");
    expect(normalizeTaxCode("0100109106-000")).toBeNull();
    expect(normalizeTaxCode("0100109107-001")).toBeNull();
    expect(normalizeTaxCode("0100109106-01")).toBeNull();
    expect(normalizeTaxCode("0100109106-0001")).toBeNull();
    expect(normalizeTaxCode("0100109106-")).toBeNull();
  });

  it("refuses wrong lengths, letters and other punctuation", () => {
    expect(normalizeTaxCode("0100109107")).toBeNull(); // wrong check digit
    expect(normalizeTaxCode("010010910")).toBeNull(); // 9 digits
    expect(normalizeTaxCode("01001091060")).toBeNull(); // 11 digits
    expect(normalizeTaxCode("01001O9106")).toBeNull(); // letter O for zero
    expect(normalizeTaxCode("MST0100109106")).toBeNull();
    expect(normalizeTaxCode("0100.109.106")).toBeNull();
    expect(normalizeTaxCode("0123456789-000")).toBeNull();
    expect(normalizeTaxCode("")).toBeNull();
    expect(normalizeTaxCode("   ")).toBeNull();
  });
});

describe("isValidTaxCode", () => {
  it("agrees with normalizeTaxCode", () => {
    expect(isValidTaxCode("0100109106")).toBe(true);
    expect(isValidTaxCode(" 0300588569-002 ")).toBe(true);
    expect(isValidTaxCode("0100109106-000")).toBe(false);
    expect(isValidTaxCode("0123456789")).toBe(false); // check digit would be 7
    expect(isValidTaxCode("12345")).toBe(false);
  });
});
