import { z } from "zod";
import type { Translate } from "../../i18n";
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

/** The administrators' method form: fields w_<component>, minCases, noteVi, noteEn; output is a MethodInput. */
export function methodFormSchema(t: Translate) {
  const m = {
    weight: t("method.error.weight", { max: MAX_WEIGHT }),
    weightsZero: t("method.error.weightsZero"),
    minCases: t("method.error.minCases", { max: MAX_MIN_CASES }),
    noteVi: t("method.error.noteVi", { max: NOTE_MAX }),
    noteEn: t("method.error.noteEn", { max: NOTE_MAX }),
  };
  const whole = (max: number, message: string) =>
    z
      .string({ message })
      .trim()
      .regex(/^\d{1,7}$/, message)
      .transform(Number)
      .pipe(z.number().int().min(0).max(max, message));
  const weightFields = Object.fromEntries(COMPONENTS.map((c) => [`w_${c}`, whole(MAX_WEIGHT, m.weight)])) as Record<`w_${Component}`, ReturnType<typeof whole>>;
  return z
    .object({
      ...weightFields,
      minCases: whole(MAX_MIN_CASES, m.minCases).pipe(z.number().min(1, m.minCases)),
      noteVi: z
        .string()
        .default("")
        .transform((s) => s.normalize("NFC").trim())
        .pipe(z.string().min(1, m.noteVi).max(NOTE_MAX, m.noteVi)),
      noteEn: z
        .string()
        .default("")
        .transform((s) => s.normalize("NFC").trim())
        .pipe(z.string().max(NOTE_MAX, m.noteEn)),
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
