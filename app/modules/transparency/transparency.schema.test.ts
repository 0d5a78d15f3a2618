import { describe, expect, it } from "vitest";
import { translator } from "../../i18n";
import { fieldErrors } from "../petitions/petitions.schema";
import { csvField } from "./transparency.csv";
import { methodFormSchema, weightsSchema } from "./transparency.schema";
import { COMPONENTS } from "./transparency.types";

const form = (over: Record<string, string> = {}): Record<string, string> => ({
  ...Object.fromEntries(COMPONENTS.map((c) => [`w_${c}`, "5"])),
  minCases: "5",
  noteVi: "Phương pháp tính chỉ số.",
  noteEn: "How the index is computed.",
  ...over,
});

describe("methodFormSchema", () => {
  it("turns the form into weights per component", () => {
    const parsed = methodFormSchema(translator("vi")).parse(form({ w_hotline: " 30 ", w_dialogues: "0" }));
    expect(parsed.weights.hotline).toBe(30);
    expect(parsed.weights.dialogues).toBe(0);
    expect(parsed.weights.responseRate).toBe(5);
    expect(parsed.minCases).toBe(5);
    expect(weightsSchema.safeParse(parsed.weights).success).toBe(true);
  });

  it("says what to enter, in the reader's language", () => {
    const vi = methodFormSchema(translator("vi")).safeParse(form({ w_hotline: "-1", minCases: "0", noteVi: " " }));
    expect(vi.success).toBe(false);
    const errors = fieldErrors(vi.error!);
    expect(errors.w_hotline).toMatch(/^Nhập trọng số là số nguyên/);
    expect(errors.minCases).toMatch(/^Nhập số trường hợp tối thiểu/);
    expect(errors.noteVi).toMatch(/^Nhập ghi chú/);
    const en = methodFormSchema(translator("en")).safeParse(form({ w_satisfaction: "2.5" }));
    expect(fieldErrors(en.error!).w_satisfaction).toMatch(/^Enter the weight as a whole number/);
  });

  it("refuses all-zero weights and missing fields", () => {
    const zero = Object.fromEntries(COMPONENTS.map((c) => [`w_${c}`, "0"]));
    const r = methodFormSchema(translator("en")).safeParse(form(zero));
    expect(fieldErrors(r.error!)[`w_${COMPONENTS[0]}`]).toBe("Give at least one weight above 0");
    const { w_hotline: _missing, ...partial } = form();
    expect(fieldErrors(methodFormSchema(translator("vi")).safeParse(partial).error!).w_hotline).toBeDefined();
  });
});

describe("csvField", () => {
  it("quotes only what RFC 4180 needs", () => {
    expect(csvField("Sở Xây dựng")).toBe("Sở Xây dựng");
    expect(csvField('Sở "A", tỉnh B')).toBe('"Sở ""A"", tỉnh B"');
    expect(csvField("hai\r\ndòng")).toBe('"hai\r\ndòng"');
    expect(csvField(null)).toBe("");
    expect(csvField(0.6667)).toBe("0.6667");
    expect(csvField(true)).toBe("true");
  });
});
