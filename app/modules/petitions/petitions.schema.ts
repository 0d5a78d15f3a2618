import { z } from "zod";
import type { Translate } from "../../i18n";
import { normalizeTaxCode } from "./tax-code";
import { normalizeVietnamesePhone } from "./phone";
import { REJECT_REASONS } from "./petitions.rules";

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

export const MESSAGE_MAX = 10_000;
const message = (t: Translate, required: boolean) =>
  z
    .string()
    .default("")
    .transform((s) => s.normalize("NFC").trim())
    .pipe(required ? z.string().min(5, t("petition.error.message")).max(MESSAGE_MAX, t("petition.error.messageLong", { max: MESSAGE_MAX })) : z.string().max(MESSAGE_MAX, t("petition.error.messageLong", { max: MESSAGE_MAX })));

/** What a filer can do through their private link. */
export function filerActionSchema(t: Translate) {
  return z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("provide_info"), message: message(t, true) }),
    z.object({ intent: z.literal("reopen"), message: message(t, true) }),
    z.object({ intent: z.literal("withdraw"), message: message(t, false) }),
    z.object({
      intent: z.literal("rate"),
      rating: z.enum(["very_satisfied", "satisfied", "not_satisfied"], { message: t("petition.error.rating") }),
      comment: message(t, false),
    }),
  ]);
}

/** The petition code in a URL (a malformed one is a 404). */
export const PetitionCode = z.string().regex(/^PA-\d{4}-\d{6}$/);

/** The track form's code: forgiving about case and spaces ("pa 2026 000123"). */
export function normalizeCode(input: string): string | null {
  const m = input.trim().toUpperCase().replace(/[\s_.]+/g, "-").match(/^PA-?(\d{4})-?(\d{1,6})$/);
  return m ? `PA-${m[1]}-${m[2].padStart(6, "0")}` : null;
}

/** The staff petition page's intents (public contract: intent, message, toAgency, reason). */
export function staffActionSchema(t: Translate) {
  const slug = z.string().regex(/^[a-z0-9-]{1,80}$/, t("petition.staff.error.toAgency"));
  return z.discriminatedUnion("intent", [
    z.object({ intent: z.literal("acknowledge"), message: message(t, false) }),
    z.object({ intent: z.literal("request_info"), message: message(t, true) }),
    z.object({ intent: z.literal("transfer"), toAgency: slug, message: message(t, false) }),
    z.object({ intent: z.literal("answer"), message: message(t, true) }),
    z.object({ intent: z.literal("reject"), reason: z.enum(REJECT_REASONS, { message: t("petition.staff.error.reason") }), message: message(t, false) }),
    z.object({ intent: z.literal("note"), message: message(t, true) }),
    z.object({ intent: z.literal("publish"), redact: z.string().default("").transform(redactionList) }),
  ]);
}

/** The officer's extra redactions: one phrase per line (or separated by semicolons). */
export function redactionList(text: string): string[] {
  return text
    .normalize("NFC")
    .split(/[\n;]+/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 2)
    .slice(0, 50);
}
