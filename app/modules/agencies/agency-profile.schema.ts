import { z } from "zod";
import type { Translate } from "../../i18n";
import { normalizeVietnamesePhone, formatVietnamesePhone } from "../petitions/phone";

const clean = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();
const text = (max: number, t: Translate) => z.string().default("").transform(clean).pipe(z.string().max(max, t("agencyEdit.error.long", { max })));

/** An officer's edit of their agency's public profile and hotlines (up to 5 hotlines). */
export function agencyProfileSchema(t: Translate) {
  const hotline = z.object({
    number: z
      .string()
      .default("")
      .transform((v, ctx) => {
        const n = normalizeVietnamesePhone(v);
        if (!n) ctx.addIssue({ code: "custom", message: t("agencyEdit.error.number") });
        return n ? formatVietnamesePhone(n) : v;
      }),
    label_vi: text(120, t).pipe(z.string().min(2, t("agencyEdit.error.label"))),
    hours_vi: text(200, t),
  });
  return z.object({
    address: text(300, t).pipe(z.string().min(5, t("agencyEdit.error.address"))),
    email: text(254, t).pipe(z.email(t("petition.error.email"))),
    website: text(200, t).pipe(z.union([z.literal(""), z.url(t("agencyEdit.error.website"))])),
    office_hours_vi: text(300, t),
    office_hours_en: text(300, t),
    hotlines: z.array(hotline).max(5),
    verified: z.string().optional().transform((v) => v === "on"),
  });
}
export type AgencyProfileForm = z.infer<ReturnType<typeof agencyProfileSchema>>;

/** Reads hotline_0_number, hotline_0_label_vi … from a flat form into the schema's shape. */
export function agencyProfileInput(values: Record<string, string>) {
  const hotlines: Array<Record<string, string>> = [];
  for (let i = 0; i < 5; i++) {
    if (!(`hotline_${i}_number` in values)) continue;
    const h = { number: values[`hotline_${i}_number`] ?? "", label_vi: values[`hotline_${i}_label_vi`] ?? "", hours_vi: values[`hotline_${i}_hours_vi`] ?? "" };
    if (h.number.trim() || h.label_vi.trim()) hotlines.push(h);
  }
  return { ...values, hotlines };
}
