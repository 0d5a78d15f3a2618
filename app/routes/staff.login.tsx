import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, isRouteErrorResponse, useActionData, useLoaderData, useNavigation, useRouteError } from "@remix-run/react";
import { ErrorSummary, Field, Hidden, type Errors } from "../components/forms/form";
import { ErrorPage } from "../components/ui/error-page";
import { translator } from "../i18n";
import { getLang } from "../i18n/lang.server";
import { useI18n } from "../i18n/use-t";
import { assertLoginCsrf, getStaff, login, loginCsrf } from "../modules/staff/session.server";
import { loginErrors, loginSchema, safeNextPath } from "../modules/staff/staff.schema";
import { getDb, getEnv } from "../utils/db.server";
import { clientAddressOf, tooManyRequests } from "../utils/http.server";

// Keep the layout's no-store; a thrown 429 keeps its Retry-After (Remix passes only cookies on by itself).
export const headers: HeadersFunction = ({ parentHeaders, errorHeaders }) => {
  const headers = new Headers();
  const cacheControl = parentHeaders.get("Cache-Control");
  if (cacheControl) headers.set("Cache-Control", cacheControl);
  const retryAfter = errorHeaders?.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
};

export async function loader({ request }: LoaderFunctionArgs) {
  const t = translator(getLang(request));
  const [db, env] = await Promise.all([getDb(), getEnv()]);
  const url = new URL(request.url);
  const next = url.searchParams.get("next") ?? "";
  if (await getStaff(request, db, env)) throw redirect(safeNextPath(next), 303);
  const { token, setCookie } = loginCsrf(request, env);
  return data(
    { title: t("staff.login.title"), csrf: token, next, expired: url.searchParams.get("expired") === "1" },
    { headers: setCookie ? { "Set-Cookie": setCookie } : undefined },
  );
}

export async function action({ request, context }: ActionFunctionArgs) {
  const t = translator(getLang(request));
  const [db, env] = await Promise.all([getDb(), getEnv()]);
  const form = await request.formData();
  assertLoginCsrf(request, form);
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : "";
  };
  const next = text("next");
  // The password is never sent back; the email is, so nothing else typed is lost.
  const values = { email: text("email").slice(0, 254) };

  const parsed = loginSchema(t).safeParse({ email: text("email"), password: text("password") });
  if (!parsed.success) return data({ errors: loginErrors(parsed.error) as Errors, values }, { status: 400 });

  const result = await login(db, env, { ...parsed.data, clientAddress: clientAddressOf(context) });
  if (result.ok) throw redirect(safeNextPath(next), { status: 303, headers: { "Set-Cookie": result.setCookie } });
  if (result.reason === "rate_limited") {
    const retryAfter = result.retryAfter ?? 900;
    tooManyRequests(t("staff.error.rateLimited", { minutes: Math.max(1, Math.ceil(retryAfter / 60)) }), retryAfter);
  }
  // One message whichever of the two was wrong: the page must not tell which emails have accounts.
  return data({ errors: { form: t("staff.error.invalid") } as Errors, values }, { status: 400 });
}

export default function StaffLogin() {
  const { csrf, next, expired, title } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const { t } = useI18n();
  const errors = result?.errors;
  return (
    <div className="max-w-lg">
      <h1>{title}</h1>
      <p className="mt-2">{t("staff.login.lead")}</p>
      {expired && !result ? (
        <p role="status" className="mt-4 rounded-md border-l-4 border-gold bg-gold-light p-3 font-semibold text-gray-900">
          {t("staff.login.expired")}
        </p>
      ) : null}
      <Form id="f-form" method="post" noValidate className="mt-6">
        <ErrorSummary errors={errors} order={["form", "email", "password"]} />
        <Hidden name="csrf" value={csrf} />
        <Hidden name="next" value={next} />
        <Field
          name="email"
          type="email"
          label={t("staff.login.email")}
          hint={t("staff.login.emailHint")}
          autoComplete="username"
          defaultValue={result?.values.email ?? ""}
          error={errors?.email}
        />
        <Field name="password" type="password" label={t("staff.login.password")} autoComplete="current-password" error={errors?.password} />
        <button type="submit" className="btn-primary" disabled={busy}>
          {t("staff.login.submit")}
        </button>
      </Form>
      <p className="mt-6 text-sm text-gray-800">{t("staff.login.help")}</p>
      <p className="mt-2 text-sm text-gray-800">
        {t("staff.login.citizen")} <Link to="/petitions/new">{t("staff.login.citizenLink")}</Link>.
      </p>
    </div>
  );
}

/** Too many attempts (429) or a form without its anti-forgery cookie (403): say what happened and offer the form again. */
export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useI18n();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (status !== 429 && status !== 403) return <ErrorPage status={status} />;
  const message = status === 429 && isRouteErrorResponse(error) && typeof error.data === "string" ? error.data : t("staff.error.csrf");
  return (
    <div className="max-w-2xl">
      <h1>{status === 429 ? t("staff.error.rateLimitedTitle") : t("staff.error.csrfTitle")}</h1>
      <p className="mt-3">{message}</p>
      {status === 429 ? <p className="mt-3">{t("staff.login.help")}</p> : null}
      <p className="mt-6">
        {/* A plain link: a fresh GET gives a fresh anti-forgery cookie. */}
        <a href="/staff/login" className="btn-primary">
          {t("staff.login.back")}
        </a>
      </p>
    </div>
  );
}
