import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import type { Kysely } from "kysely";
import type { Database } from "../../db/types";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { SelectField } from "../components/forms/fields";
import { ErrorSummary, Field, Hidden, fieldId, type Errors } from "../components/forms/form";
import { formatDate, formatNumber, pick } from "../i18n";
import { useI18n } from "../i18n/use-t";
import { formatShare, quarterLabel } from "../modules/statistics/format";
import { edocFormSchema, fieldErrors, QUARTER_PATTERN, quarterIndex, quarterOf } from "../modules/statistics/statistics.schema";
import { edocAgencyFor, recentQuarters, saveEdocStats } from "../modules/statistics/statistics.server";
import { getEdocStats, listEdocStatsForQuarter, listEdocStatsOfAgency } from "../modules/statistics/statistics.queries.server";
import { assertCsrf, requireStaff, type StaffUser } from "../modules/staff/session.server";
import { DomainError } from "../utils/errors";
import { searchParamsOf } from "../utils/http.server";
import { requestContext } from "../utils/request.server";
import { useStaffLayout } from "./staff";

const Query = z.object({
  agency: z.string().regex(/^[a-z0-9-]{1,80}$/).optional().catch(undefined),
  quarter: z.string().regex(QUARTER_PATTERN).optional().catch(undefined),
  saved: z.literal("1").optional().catch(undefined),
});

/** The agency the user may work on (see edocAgencyFor), with a domain refusal turned into 404 / 403. */
async function agencyOr404(db: Kysely<Database>, user: StaffUser, slug: string | null) {
  try {
    return await edocAgencyFor(db, user, slug);
  } catch (error) {
    if (error instanceof DomainError) throw new Response(null, { status: error.status });
    throw error;
  }
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requestContext(request, context);
  const { user } = await requireStaff(request, ctx.db, ctx.env);
  const query = Query.parse(searchParamsOf(request));
  const current = quarterOf(ctx.today);
  const quarter = query.quarter && quarterIndex(query.quarter) <= quarterIndex(current) ? query.quarter : current;
  const quarters = recentQuarters(ctx.today);
  if (!quarters.includes(quarter)) quarters.push(quarter);
  const agency = await agencyOr404(ctx.db, user, query.agency ?? null);
  const isAdmin = user.role === "admin";
  if (!agency) {
    // An administrator without a chosen agency: every agency's figures for the quarter.
    const rows = await listEdocStatsForQuarter(ctx.db, quarter);
    return { title: ctx.t("data.edocs.title"), isAdmin, quarter, quarters, saved: false, agency: null, figures: null, history: [], all: rows };
  }
  const [figures, history] = await Promise.all([getEdocStats(ctx.db, agency.id, quarter), listEdocStatsOfAgency(ctx.db, agency.id, quarters.slice(0, 8))]);
  return {
    title: ctx.t("data.edocs.titleOf", { agency: pick(ctx.lang, agency.name_vi, agency.name_en) }),
    isAdmin,
    quarter,
    quarters,
    saved: query.saved === "1",
    agency: { slug: agency.slug, name_vi: agency.name_vi, name_en: agency.name_en },
    figures: figures ? { total: figures.total, electronic: figures.electronic, updatedOn: formatDate(ctx.lang, new Date(figures.updated_at)) } : null,
    history: history.map((h) => ({ quarter: h.quarter, total: h.total, electronic: h.electronic })),
    all: null,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const ctx = await requestContext(request, context);
  const staff = await requireStaff(request, ctx.db, ctx.env);
  const form = await request.formData();
  assertCsrf(form, staff);
  const values = Object.fromEntries([...form.entries()].filter(([k, v]) => typeof v === "string" && k !== "csrf")) as Record<string, string>;
  const parsed = edocFormSchema(ctx.t, quarterOf(ctx.today)).safeParse(values);
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error) as Errors, values }, { status: 400 });
  try {
    await saveEdocStats(ctx.db, parsed.data, { user: staff.user, ip: ctx.ip });
  } catch (error) {
    if (error instanceof DomainError) throw new Response(null, { status: error.status });
    throw error;
  }
  const params = new URLSearchParams({ ...(staff.user.role === "admin" ? { agency: parsed.data.agency } : {}), quarter: parsed.data.quarter, saved: "1" });
  return redirect(`/staff/data/edocs?${params}`, 303);
}

export default function EdocStatistics() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, lang } = useI18n();
  const { csrf } = useStaffLayout();
  const n = (v: number) => formatNumber(lang, v);
  const quarterOptions = d.quarters.map((q) => ({ value: q, label: quarterLabel(lang, q) }));

  if (!d.agency) {
    const rows = d.all ?? [];
    return (
      <div className="max-w-4xl">
        <h1>{d.title}</h1>
        <p className="mt-2">{t("data.edocs.lead")}</p>
        <Form method="get" className="mt-4 flex flex-wrap items-end gap-3">
          <SelectField id="quarter" name="quarter" label={t("data.quarter")} value={d.quarter} options={quarterOptions} />
          <button className="btn-secondary">{t("data.show")}</button>
        </Form>
        <h2 className="mt-6">{t("data.edocs.all", { quarter: quarterLabel(lang, d.quarter) })}</h2>
        <div className="mt-2 overflow-x-auto">
          <table className="table-basic">
            <thead>
              <tr>
                <th scope="col">{t("data.agency")}</th>
                <th scope="col" className="text-right">{t("data.edocs.total")}</th>
                <th scope="col" className="text-right">{t("data.edocs.electronic")}</th>
                <th scope="col" className="text-right">{t("data.share")}</th>
                <th scope="col">
                  <span className="sr-only">{t("data.edocs.enter")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const name = pick(lang, r.name_vi, r.name_en);
                const entered = r.total !== null && r.electronic !== null;
                return (
                  <tr key={r.slug}>
                    <th scope="row" className="px-2 py-2 text-left align-top font-normal">
                      {name}
                    </th>
                    <td className="text-right">{entered ? n(r.total!) : t("data.edocs.missing")}</td>
                    <td className="text-right">{entered ? n(r.electronic!) : ""}</td>
                    <td className="text-right">{entered ? formatShare(lang, r.electronic!, r.total!) : ""}</td>
                    <td>
                      <Link to={`/staff/data/edocs?agency=${r.slug}&quarter=${d.quarter}`} aria-label={t("data.edocs.enterFor", { agency: name })}>
                        {entered ? t("data.edocs.edit") : t("data.edocs.enter")}
                      </Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
    );
  }

  const errors = result?.errors;
  const v = (name: "total" | "electronic", fallback: number | undefined) => (result ? (result.values[name] ?? "") : fallback !== undefined ? String(fallback) : "");
  return (
    <div className="max-w-3xl">
      {d.saved && !result ? (
        <p role="status" className="mb-4 rounded-md border-l-8 border-green-700 bg-green-50 p-3 font-semibold">
          {t("data.edocs.saved", { quarter: quarterLabel(lang, d.quarter) })}
        </p>
      ) : null}
      {d.isAdmin ? (
        <p className="mb-3">
          <Link to={`/staff/data/edocs?quarter=${d.quarter}`}>{t("data.edocs.back")}</Link>
        </p>
      ) : null}
      <h1>{d.title}</h1>
      <p className="mt-2">{t("data.edocs.lead")}</p>

      <Form method="get" className="mt-4 flex flex-wrap items-end gap-3">
        {d.isAdmin ? <Hidden name="agency" value={d.agency.slug} /> : null}
        <SelectField id="quarter" name="quarter" label={t("data.quarter")} value={d.quarter} options={quarterOptions} />
        <button className="btn-secondary">{t("data.show")}</button>
      </Form>

      <h2 className="mt-6">{t("data.edocs.formTitle", { quarter: quarterLabel(lang, d.quarter) })}</h2>
      <p className="mt-1 text-gray-800">{d.figures ? t("data.edocs.existing", { date: d.figures.updatedOn }) : t("data.edocs.new")}</p>
      {/* Keyed by agency and quarter: the fields' default values change when another quarter is chosen. */}
      <Form key={`${d.agency.slug}:${d.quarter}`} method="post" noValidate className="mt-4">
        <ErrorSummary errors={errors} order={["agency", "quarter", "total", "electronic"]} />
        <Hidden name="csrf" value={csrf ?? ""} />
        <Hidden name="agency" value={d.agency.slug} />
        <Hidden name="quarter" value={d.quarter} />
        <Field name="total" label={t("data.edocs.total")} hint={t("data.edocs.totalHint")} inputMode="numeric" defaultValue={v("total", d.figures?.total)} error={errors?.total} />
        <Field
          name="electronic"
          label={t("data.edocs.electronic")}
          hint={t("data.edocs.electronicHint")}
          inputMode="numeric"
          defaultValue={v("electronic", d.figures?.electronic)}
          error={errors?.electronic}
        />
        {errors?.agency || errors?.quarter ? (
          <p id={fieldId(errors.agency ? "agency" : "quarter")} tabIndex={-1} className="mb-4 font-semibold text-red-800">
            {errors.agency ?? errors.quarter}
          </p>
        ) : null}
        <button className="btn-primary">{t("data.edocs.save")}</button>
      </Form>

      {d.history.length ? (
        <section aria-labelledby="history-title" className="mt-8">
          <h2 id="history-title">{t("data.edocs.history")}</h2>
          <table className="table-basic mt-2">
            <thead>
              <tr>
                <th scope="col">{t("data.quarter")}</th>
                <th scope="col" className="text-right">{t("data.edocs.total")}</th>
                <th scope="col" className="text-right">{t("data.edocs.electronic")}</th>
                <th scope="col" className="text-right">{t("data.share")}</th>
              </tr>
            </thead>
            <tbody>
              {d.history.map((h) => (
                <tr key={h.quarter}>
                  <th scope="row" className="px-2 py-2 text-left font-normal">
                    {quarterLabel(lang, h.quarter)}
                  </th>
                  <td className="text-right">{n(h.total)}</td>
                  <td className="text-right">{n(h.electronic)}</td>
                  <td className="text-right">{formatShare(lang, h.electronic, h.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}
