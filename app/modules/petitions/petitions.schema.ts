import { z } from "zod";
import type { Translate } from "../../i18n";
import { normalizeTaxCode } from "./tax-code";
import { normalizeVietnamesePhone } from "./phone";

export const SUBJECT_MAX = 200;
export const BODY_MAX = 10_000;
export const NAME_MAX = 120;

/** Trims, NFC-normalises and collapses runs of spaces: what we store of anything typed. */
const clean = (s: string) => s.normalize("NFC").replace(/[ \t]+/g, " ").trim();
const text = () => z.string().default("").transform(clean);

/**
 * The public petition form (field names are a public contract: filerType, name, email, phone,
 * address, businessName, taxCode, agency, topic, subject, body, publicConsent). Messages say what
 * to do, in the reader's language.
 */
export function petitionFormSchema(t: Translate) {
  return z
    .object({
      filerType: z.enum(["citizen", "business"], { message: t("petition.error.filerType") }),
      name: text().pipe(z.string().min(2, t("petition.error.name")).max(NAME_MAX, t("petition.error.nameLong", { max: NAME_MAX }))),
      email: text().pipe(z.email(t("petition.error.email")).max(254, t("petition.error.email"))),
      phone: text().transform((v, ctx) => {
        if (!v) return null;
        const normalized = normalizeVietnamesePhone(v);
        if (!normalized) ctx.addIssue({ code: "custom", message: t("petition.error.phone") });
        return normalized;
      }),
      address: text().pipe(z.string().max(300, t("petition.error.addressLong"))),
      businessName: text().pipe(z.string().max(200, t("petition.error.businessNameLong"))),
      taxCode: text(),
      agency: text().pipe(z.string().regex(/^([a-z0-9-]{1,80})?$/, t("petition.error.agency"))),
      topic: text().pipe(z.string().regex(/^[a-z0-9-]{1,80}$/, t("petition.error.topic"))),
      subject: text().pipe(z.string().min(5, t("petition.error.subject")).max(SUBJECT_MAX, t("petition.error.subjectLong", { max: SUBJECT_MAX }))),
      body: z
        .string()
        .default("")
        .transform((s) => s.normalize("NFC").trim())
        .pipe(z.string().min(20, t("petition.error.body")).max(BODY_MAX, t("petition.error.bodyLong", { max: BODY_MAX }))),
      publicConsent: z
        .string()
        .optional()
        .transform((v) => v === "on"),
    })
    .superRefine((v, ctx) => {
      if (v.filerType !== "business") return;
      if (!v.businessName) ctx.addIssue({ code: "custom", path: ["businessName"], message: t("petition.error.businessName") });
      if (!v.taxCode) ctx.addIssue({ code: "custom", path: ["taxCode"], message: t("petition.error.taxCodeMissing") });
      else if (!normalizeTaxCode(v.taxCode)) ctx.addIssue({ code: "custom", path: ["taxCode"], message: t("petition.error.taxCode") });
    })
    .transform((v) => ({
      ...v,
      // A citizen's form may still carry business fields typed before switching: do not keep them.
      businessName: v.filerType === "business" ? v.businessName : "",
      taxCode: v.filerType === "business" ? (normalizeTaxCode(v.taxCode) ?? "") : "",
    }));
}
export type PetitionForm = z.infer<ReturnType<typeof petitionFormSchema>>;

/** zod issues as { field: first message }, for the error summary and the fields. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}
