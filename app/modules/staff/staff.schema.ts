import { z } from "zod";
import type { Translate } from "../../i18n";

export const PASSWORD_MAX = 256;

/** How staff emails are stored and looked up: NFC, trimmed, lower case. */
export function normalizeEmail(email: string): string {
  return email.normalize("NFC").trim().toLowerCase();
}

/**
 * The staff login form (field names `email` and `password` are a public contract). The password is
 * kept exactly as typed (spaces count); messages say what to do, in the reader's language.
 */
export function loginSchema(t: Translate) {
  return z.object({
    email: z
      .string()
      .default("")
      .transform(normalizeEmail)
      .pipe(z.string().min(1, t("staff.error.email")).pipe(z.email(t("staff.error.emailFormat")).max(254, t("staff.error.emailFormat")))),
    password: z
      .string()
      .default("")
      .pipe(z.string().min(1, t("staff.error.password")).max(PASSWORD_MAX, t("staff.error.passwordLong", { max: PASSWORD_MAX }))),
  });
}
export type LoginForm = z.infer<ReturnType<typeof loginSchema>>;

/**
 * Where to go after signing in: only a path inside the staff area of this site (never another
 * host, never back to the login or logout page); anything else goes to the inbox.
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || next.length > 2000) return "/staff";
  // "//host" and "/\host" are other sites to a browser; control characters are never in our paths.
  if (!/^\/staff(?:[/?#]|$)/.test(next) || /[\\\u0000-\u001f]/.test(next) || next.startsWith("//")) return "/staff";
  const path = next.split(/[?#]/)[0].replace(/\/+$/, "");
  if (path === "/staff/login" || path === "/staff/logout") return "/staff";
  return next;
}

/** zod issues as { field: first message }, in form order, for the error summary and the fields. */
export function loginErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[String(issue.path[0] ?? "form")] ??= issue.message;
  return out;
}
