import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Checkbox, ErrorSummary, Field, Hidden, type Errors } from "../components/forms/form";
import { RouteErrorBoundary } from "../components/ui/error-page";
import { formatDate } from "../i18n";
import { useI18n } from "../i18n/use-t";
import { agencyProfileInput, agencyProfileSchema } from "../modules/agencies/agency-profile.schema";
import { getAgencyProfile, saveAgencyProfile } from "../modules/agencies/agency-profile.server";
import { assertCsrf, requireStaff } from "../modules/staff/session.server";
import { requestContext } from "../utils/request.server";
import { useStaffLayout } from "./staff";

export const ErrorBoundary = RouteErrorBoundary;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requestContext(request, context);
  const { user } = await requireStaff(request, ctx.db, ctx.env);
  if (user.agencyId === null) return { title: ctx.t("agencyEdit.nav"), profile: null, saved: false };
  const profile = await getAgencyProfile(ctx.db, user.agencyId);
  return { title: ctx.t("agencyEdit.title", { agency: profile.name_vi }), profile, saved: new URL(request.url).searchParams.has("saved") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const ctx = await requestContext(request, context);
  const staff = await requireStaff(request, ctx.db, ctx.env);
  const form = await request.formData();
  assertCsrf(form, staff);
  if (staff.user.agencyId === null) throw new Response(null, { status: 404 });
  const values = Object.fromEntries([...form.entries()].filter(([k, v]) => typeof v === "string" && k !== "csrf")) as Record<string, string>;
  const parsed = agencyProfileSchema(ctx.t).safeParse(agencyProfileInput(values));
  if (!parsed.success) {
    const errors: Errors = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] === "hotlines" ? `hotline_${String(issue.path[1])}_${String(issue.path[2])}` : String(issue.path[0]);
      errors[key] ??= issue.message;
    }
    return data({ errors, values }, { status: 400 });
  }
  await saveAgencyProfile(ctx.db, staff.user.agencyId, parsed.data, { staffUserId: staff.user.id, today: ctx.today, ip: ctx.ip });
  return redirect("/staff/agency?saved=1", 303);
}

export default function AgencyEdit() {
  const { title, profile, saved } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, lang } = useI18n();
  const { csrf } = useStaffLayout();
  if (!profile) {
    return (
      <div className="max-w-2xl">
        <h1>{title}</h1>
        <p className="mt-3">{t("agencyEdit.adminNote")}</p>
      </div>
    );
  }
  const errors = result?.errors;
  const v = (name: string, fallback: string | null) => (result ? (result.values[name] ?? "") : (fallback ?? ""));
  // Existing hotlines plus one empty line to add a number (up to 5).
  const lines = [...profile.hotlines, ...(profile.hotlines.length < 5 ? [null] : [])];
  return (
    <div className="max-w-3xl">
      {saved ? (
        <p role="status" className="mb-4 rounded-md border-l-8 border-green-700 bg-green-50 p-3 font-semibold">
          {t("agencyEdit.saved")}
        </p>
      ) : null}
      <h1>{title}</h1>
      <p className="mt-2">{t("agencyEdit.lead")}</p>
      <Form method="post" noValidate className="mt-6">
        <ErrorSummary errors={errors} />
        <Hidden name="csrf" value={csrf ?? ""} />
        <Field name="address" label={t("agencyEdit.address")} defaultValue={v("address", profile.address)} error={errors?.address} />
        <Field name="email" type="email" label={t("agencyEdit.email")} defaultValue={v("email", profile.email)} error={errors?.email} />
        <Field name="website" label={t("agencyEdit.website")} defaultValue={v("website", profile.website)} error={errors?.website} />
        <Field name="office_hours_vi" label={t("agencyEdit.hoursVi")} defaultValue={v("office_hours_vi", profile.office_hours_vi)} error={errors?.office_hours_vi} />
        <Field name="office_hours_en" label={t("agencyEdit.hoursEn")} defaultValue={v("office_hours_en", profile.office_hours_en)} error={errors?.office_hours_en} />
        <h2 className="mt-6">{t("agencyEdit.hotlines")}</h2>
        <p className="mb-3 text-sm text-gray-700">{t("agencyEdit.hotlinesHint")}</p>
        {lines.map((h, i) => (
          <fieldset key={h?.id ?? `new-${i}`} className="mb-4 rounded-lg border border-gray-300 p-4">
            <legend className="px-1 font-bold">{t("agencyEdit.hotline", { n: i + 1 })}</legend>
            {h ? <p className="mb-2 text-sm">{t("agencyEdit.lastVerified", { date: h.verified_on ? formatDate(lang, h.verified_on) : t("agencyEdit.never") })}</p> : null}
            <Field name={`hotline_${i}_number`} type="tel" label={t("agencyEdit.number")} defaultValue={v(`hotline_${i}_number`, h?.number ?? "")} error={errors?.[`hotline_${i}_number`]} />
            <Field name={`hotline_${i}_label_vi`} label={t("agencyEdit.label")} defaultValue={v(`hotline_${i}_label_vi`, h?.label_vi ?? "")} error={errors?.[`hotline_${i}_label_vi`]} />
            <Field name={`hotline_${i}_hours_vi`} label={t("agencyEdit.hours")} defaultValue={v(`hotline_${i}_hours_vi`, h?.hours_vi ?? "")} error={errors?.[`hotline_${i}_hours_vi`]} className="mb-0" />
          </fieldset>
        ))}
        <Checkbox name="verified" label={t("agencyEdit.verified")} defaultChecked={result ? result.values.verified === "on" : false} />
        <button className="btn-primary">{t("agencyEdit.save")}</button>
      </Form>
    </div>
  );
}
