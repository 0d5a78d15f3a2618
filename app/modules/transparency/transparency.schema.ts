import { z } from "zod";
import type { Lang, Translate } from "../../i18n";
import { COMPONENTS, type Component } from "./transparency.types";

/** Largest weight and minimum-case threshold an administrator may enter (keeps typos like 1000000 out). */
export const MAX_WEIGHT = 1000;
export const MAX_MIN_CASES = 1000;
export const NOTE_MAX = 5000;

/** The index method's weights: every component, a whole number ≥ 0, not all zero. */
export const weightsSchema = z
  .object(Object.fromEntries(COMPONENTS.map((c) => [c, z.number().int().min(0).max(MAX_WEIGHT)])) as Record<Component, z.ZodNumber>)
  .strict()
  .refine((w) => COMPONENTS.some((c) => w[c] > 0), { message: "at least one weight must be above zero" });

/** Weights, threshold and notes of a new method version, as createMethodVersion takes them. */
export const methodInputSchema = z.object({
  weights: weightsSchema,
  minCases: z.number().int().min(1).max(MAX_MIN_CASES),
  noteVi: z.string().trim().min(1).max(NOTE_MAX),
  noteEn: z.string().trim().max(NOTE_MAX),
});
export type MethodInput = z.infer<typeof methodInputSchema>;

// The messages live here until the transparency pages add them to the i18n catalogues.
const MESSAGES = {
  vi: {
    weight: "Nhập trọng số là số nguyên từ 0 đến {max}, ví dụ 20",
    weightsZero: "Đặt ít nhất một trọng số lớn hơn 0",
    minCases: "Nhập số trường hợp tối thiểu là số nguyên từ 1 đến {max}, ví dụ 5",
    noteVi: "Nhập ghi chú bằng tiếng Việt giải thích phương pháp (tối đa {max} ký tự)",
    noteEn: "Ghi chú tiếng Anh không quá {max} ký tự",
  },
  en: {
    weight: "Enter the weight as a whole number from 0 to {max}, like 20",
    weightsZero: "Give at least one weight above 0",
    minCases: "Enter the minimum number of cases as a whole number from 1 to {max}, like 5",
    noteVi: "Enter a note in Vietnamese explaining the method (at most {max} characters)",
    noteEn: "The English note must be at most {max} characters",
  },
} as const;

/** The language a t() speaks ("lang.switch" names the other language). */
function langOf(t: Translate | Lang): Lang {
  if (typeof t === "string") return t;
  return t("lang.switch") === "English" ? "vi" : "en";
}

const fill = (s: string, max: number) => s.replace("{max}", String(max));

/** The administrators' method form: fields w_<component>, minCases, noteVi, noteEn; output is a MethodInput. */
export function methodFormSchema(t: Translate | Lang) {
  const m = MESSAGES[langOf(t)];
  const whole = (max: number, message: string) =>
    z
      .string({ message })
      .trim()
      .regex(/^\d{1,7}$/, message)
      .transform(Number)
      .pipe(z.number().int().min(0).max(max, message));
  const weightFields = Object.fromEntries(COMPONENTS.map((c) => [`w_${c}`, whole(MAX_WEIGHT, fill(m.weight, MAX_WEIGHT))])) as Record<`w_${Component}`, ReturnType<typeof whole>>;
  return z
    .object({
      ...weightFields,
      minCases: whole(MAX_MIN_CASES, fill(m.minCases, MAX_MIN_CASES)).pipe(z.number().min(1, fill(m.minCases, MAX_MIN_CASES))),
      noteVi: z
        .string()
        .default("")
        .transform((s) => s.normalize("NFC").trim())
        .pipe(z.string().min(1, fill(m.noteVi, NOTE_MAX)).max(NOTE_MAX, fill(m.noteVi, NOTE_MAX))),
      noteEn: z
        .string()
        .default("")
        .transform((s) => s.normalize("NFC").trim())
        .pipe(z.string().max(NOTE_MAX, fill(m.noteEn, NOTE_MAX))),
    })
    .superRefine((v, ctx) => {
      if (COMPONENTS.every((c) => v[`w_${c}`] === 0)) ctx.addIssue({ code: "custom", path: [`w_${COMPONENTS[0]}`], message: m.weightsZero });
    })
    .transform(
      (v): MethodInput => ({
        weights: Object.fromEntries(COMPONENTS.map((c) => [c, v[`w_${c}`]])) as Record<Component, number>,
        minCases: v.minCases,
        noteVi: v.noteVi,
        noteEn: v.noteEn,
      }),
    );
}
