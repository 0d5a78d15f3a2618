import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { formatCount } from "../components/charts/format";
import { ErrorSummary, Field, Hidden, TextArea, type Errors } from "../components/forms/form";
import { formatDate, translator } from "../i18n";
import { useI18n } from "../i18n/use-t";
import { requireStaff, assertCsrf, type StaffSession } from "../modules/staff/session.server";
import { methodFormSchema } from "../modules/transparency/transparency.schema";
import { createMethodVersion, getCurrentMethod, listMethods } from "../modules/transparency/transparency.method.server";
import { COMPONENTS } from "../modules/transparency/transparency.types";
import { requestContext } from "../utils/request.server";
import { useStaffLayout } from "./staff";

// No ErrorBoundary of its own: the staff layout's shows the 403 message below in the reader's language.

const FIELDS = [...COMPONENTS.map((c) => `w_${c}`), "minCases", "noteVi", "noteEn"];

/** Province administrators only: an officer gets the staff area's 403 page (a line per language, as staff.tsx shows it). */
function requireAdmin(staff: StaffSession): void {
  if (staff.user.role !== "admin") {
    const message = `${translator("vi")("methodAdmin.adminOnly")}\n${translator("en")("methodAdmin.adminOnly")}`;
    throw new Response(message, { status: 403, statusText: "Forbidden", headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requestContext(request, context);
  requireAdmin(await requireStaff(request, ctx.db, ctx.env));
  const [current, versions] = await Promise.all([getCurrentMethod(ctx.db), listMethods(ctx.db)]);
  const saved = Number(new URL(request.url).searchParams.get("saved")) || null;
  return { title: ctx.t("methodAdmin.title"), current, versions, saved };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const ctx = await requestContext(request, context);
  const staff = await requireStaff(request, ctx.db, ctx.env);
  const form = await request.formData();
  assertCsrf(form, staff);
  requireAdmin(staff);
  const values = Object.fromEntries(FIELDS.map((f) => [f, typeof form.get(f) === "string" ? String(form.get(f)) : ""]));
  const parsed = methodFormSchema(ctx.t).safeParse(values);
  if (!parsed.success) {
    const errors: Errors = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    return data({ errors, values }, { status: 400 });
  }
  const method = await createMethodVersion(ctx.db, parsed.data, staff.user.id, ctx.ip);
  return redirect(`/staff/methodology?saved=${method.version}`, 303);
}

export default function MethodAdmin() {
  const { title, current, versions, saved } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, lang } = useI18n();
  const { csrf } = useStaffLayout();
  const errors = result?.errors;
  const v = (name: string, fallback: string) => (result ? (result.values[name] ?? "") : fallback);
  return (
    <div className="max-w-4xl">
      {saved ? (
        <p role="status" className="mb-4 rounded-md border-l-8 border-green-700 bg-green-50 p-3 font-semibold">
          {t("methodAdmin.saved", { version: saved })}
        </p>
      ) : null}
      <h1>{title}</h1>
      <p className="mt-2">{t("methodAdmin.lead")}</p>
      <p className="mt-3 font-semibold">{t("methodAdmin.current", { version: current.version, date: formatDate(lang, new Date(current.createdAt)) })}</p>
      <p className="mt-1">
        <Link to="/transparency/methodology">{t("methodAdmin.public")}</Link>
      </p>

      <section aria-labelledby="versions" className="mt-8">
        <h2 id="versions">{t("method.history")}</h2>
        <div className="mt-3 max-w-full overflow-x-auto">
          <table className="table-basic text-sm">
            <caption className="mb-2 text-left font-semibold">{t("method.historyWeightsCaption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("tr.agency.component")}</th>
                {versions.map((m) => (
                  <th key={m.version} scope="col" className="text-right">
                    {t("method.version")} {m.version}
                    <span className="block text-xs font-normal">{formatDate(lang, new Date(m.createdAt))}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {COMPONENTS.map((c) => (
                <tr key={c}>
                  <th scope="row" className="!border-b !border-gray-200 !align-top !font-normal">
                    {t(`tr.component.${c}`)}
                  </th>
                  {versions.map((m) => (
                    <td key={m.version} className="text-right tabular-nums">
                      {formatCount(lang, m.weights[c])}
                    </td>
                  ))}
                </tr>
              ))}
              <tr>
                <th scope="row" className="!border-b !border-gray-200 !align-top !font-normal">
                  {t("methodAdmin.minCases")}
                </th>
                {versions.map((m) => (
                  <td key={m.version} className="text-right tabular-nums">
                    {m.minCases}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
        <ul className="mt-4 space-y-2">
          {versions.map((m) => (
            <li key={m.version}>
              <span className="font-semibold">
                {t("method.version")} {m.version}:
              </span>{" "}
              {lang === "en" && m.noteEn ? m.noteEn : <span lang="vi">{m.noteVi}</span>}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="new-version" className="mt-10">
        <h2 id="new-version">{t("methodAdmin.new")}</h2>
        <Form method="post" noValidate className="mt-4">
          <ErrorSummary errors={errors} order={FIELDS} />
          <Hidden name="csrf" value={csrf ?? ""} />
          <fieldset className="mb-5 rounded-lg border border-gray-300 p-4" aria-describedby="weights-hint">
            <legend className="px-1 font-bold">{t("methodAdmin.weights")}</legend>
            <p id="weights-hint" className="mb-3 text-sm text-gray-700">
              {t("methodAdmin.weightsHint")}
            </p>
            <div className="grid gap-x-6 sm:grid-cols-2">
              {COMPONENTS.map((c) => (
                <Field
                  key={c}
                  name={`w_${c}`}
                  label={t(`tr.component.${c}`)}
                  inputMode="numeric"
                  defaultValue={v(`w_${c}`, String(current.weights[c]))}
                  error={errors?.[`w_${c}`]}
                />
              ))}
            </div>
          </fieldset>
          <Field name="minCases" label={t("methodAdmin.minCases")} hint={t("methodAdmin.minCasesHint")} inputMode="numeric" defaultValue={v("minCases", String(current.minCases))} error={errors?.minCases} />
          <TextArea name="noteVi" label={t("methodAdmin.noteVi")} hint={t("methodAdmin.noteViHint")} defaultValue={v("noteVi", "")} error={errors?.noteVi} rows={4} />
          <TextArea name="noteEn" label={t("methodAdmin.noteEn")} defaultValue={v("noteEn", "")} error={errors?.noteEn} rows={4} />
          <button type="submit" className="btn-primary">
            {t("methodAdmin.save")}
          </button>
        </Form>
      </section>
    </div>
  );
}
