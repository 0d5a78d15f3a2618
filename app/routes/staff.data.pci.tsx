import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary, Field, Hidden, type Errors } from "../components/forms/form";
import { useI18n } from "../i18n/use-t";
import { formatScore } from "../modules/statistics/format";
import { fieldErrors, pciFormSchema } from "../modules/statistics/statistics.schema";
import { savePciResult } from "../modules/statistics/statistics.server";
import { getPciResult, listPciResults } from "../modules/statistics/statistics.queries.server";
import { assertCsrf, requireStaff } from "../modules/staff/session.server";
import { searchParamsOf } from "../utils/http.server";
import { requestContext } from "../utils/request.server";
import { useStaffLayout } from "./staff";

const FIELDS = ["year", "transparency_score", "transparency_rank", "provinces", "pci_score", "pci_rank", "source"] as const;
const Query = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  saved: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});

function forbidden(): never {
  throw new Response(null, { status: 403, statusText: "Forbidden" });
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requestContext(request, context);
  const { user } = await requireStaff(request, ctx.db, ctx.env);
  if (user.role !== "admin") forbidden();
  const query = Query.parse(searchParamsOf(request));
  const [results, editing] = await Promise.all([listPciResults(ctx.db), query.year ? getPciResult(ctx.db, query.year) : undefined]);
  return { title: ctx.t("data.pci.title"), results, editing: editing ?? null, saved: query.saved ?? null };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const ctx = await requestContext(request, context);
  const staff = await requireStaff(request, ctx.db, ctx.env);
  if (staff.user.role !== "admin") forbidden();
  const form = await request.formData();
  assertCsrf(form, staff);
  const values = Object.fromEntries([...form.entries()].filter(([k, v]) => typeof v === "string" && k !== "csrf")) as Record<string, string>;
  const parsed = pciFormSchema(ctx.t, Number(ctx.today.slice(0, 4))).safeParse(values);
  if (!parsed.success) return data({ errors: fieldErrors(parsed.error) as Errors, values }, { status: 400 });
  await savePciResult(ctx.db, parsed.data, { user: staff.user, ip: ctx.ip });
  return redirect(`/staff/data/pci?saved=${parsed.data.year}`, 303);
}

export default function PciResults() {
  const { title, results, editing, saved } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, lang } = useI18n();
  const { csrf } = useStaffLayout();
  const errors = result?.errors;
  // Numbers as the reader writes them ("6,45"), so that a Vietnamese reader's edit reads naturally.
  const stored: Record<(typeof FIELDS)[number], string> | null = editing
    ? {
        year: String(editing.year),
        transparency_score: formatScore(lang, editing.transparency_score),
        transparency_rank: String(editing.transparency_rank),
        provinces: String(editing.provinces),
        pci_score: editing.pci_score === null ? "" : formatScore(lang, editing.pci_score),
        pci_rank: editing.pci_rank === null ? "" : String(editing.pci_rank),
        source: editing.source,
      }
    : null;
  const v = (name: (typeof FIELDS)[number], fallback = "") => (result ? (result.values[name] ?? "") : (stored?.[name] ?? fallback));
  return (
    <div className="max-w-4xl">
      {saved && !result ? (
        <p role="status" className="mb-4 rounded-md border-l-8 border-green-700 bg-green-50 p-3 font-semibold">
          {t("data.pci.saved", { year: saved })}
        </p>
      ) : null}
      <h1>{title}</h1>
      <p className="mt-2">{t("data.pci.lead")}</p>

      <section aria-labelledby="pci-table" className="mt-6">
        <h2 id="pci-table">{t("data.pci.table")}</h2>
        {results.length === 0 ? (
          <p className="mt-2">{t("data.pci.none")}</p>
        ) : (
          <div className="mt-2 overflow-x-auto">
            <table className="table-basic">
              <thead>
                <tr>
                  <th scope="col">{t("data.pci.year")}</th>
                  <th scope="col" className="text-right">{t("data.pci.score")}</th>
                  <th scope="col" className="text-right">{t("data.pci.rank")}</th>
                  <th scope="col" className="text-right">{t("data.pci.pciScoreCol")}</th>
                  <th scope="col" className="text-right">{t("data.pci.pciRankCol")}</th>
                  <th scope="col">{t("data.pci.sourceCol")}</th>
                  <th scope="col">
                    <span className="sr-only">{t("data.pci.edit")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {results.map((r) => (
                  <tr key={r.year}>
                    <th scope="row" className="px-2 py-2 text-left align-top">
                      {r.year}
                    </th>
                    <td className="text-right">{formatScore(lang, r.transparency_score)}</td>
                    <td className="text-right">{t("data.pci.rankOf", { rank: r.transparency_rank, provinces: r.provinces })}</td>
                    <td className="text-right">{r.pci_score === null ? "" : formatScore(lang, r.pci_score)}</td>
                    <td className="text-right">{r.pci_rank === null ? "" : t("data.pci.rankOf", { rank: r.pci_rank, provinces: r.provinces })}</td>
                    <td className="text-sm">{r.source}</td>
                    <td>
                      <Link to={`/staff/data/pci?year=${r.year}#pci-form`} aria-label={t("data.pci.editYear", { year: r.year })}>
                        {t("data.pci.edit")}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="pci-form" className="mt-8 max-w-2xl">
        <h2 id="pci-form">{editing ? t("data.pci.editing", { year: editing.year }) : t("data.pci.form")}</h2>
        {/* Keyed by the year edited: the fields' default values change when another year is chosen. */}
        <Form key={editing?.year ?? "new"} method="post" noValidate className="mt-3">
          <ErrorSummary errors={errors} order={[...FIELDS]} />
          <Hidden name="csrf" value={csrf ?? ""} />
          <Field name="year" label={t("data.pci.year")} hint={t("data.pci.yearHint")} inputMode="numeric" defaultValue={v("year")} error={errors?.year} />
          <Field name="transparency_score" label={t("data.pci.score")} hint={t("data.pci.scoreHint")} inputMode="text" defaultValue={v("transparency_score")} error={errors?.transparency_score} />
          <Field name="transparency_rank" label={t("data.pci.rank")} inputMode="numeric" defaultValue={v("transparency_rank")} error={errors?.transparency_rank} />
          <Field name="provinces" label={t("data.pci.provinces")} hint={t("data.pci.provincesHint")} inputMode="numeric" defaultValue={v("provinces", "63")} error={errors?.provinces} />
          <Field name="pci_score" label={t("data.pci.pciScore")} hint={t("data.pci.pciScoreHint")} defaultValue={v("pci_score")} error={errors?.pci_score} />
          <Field name="pci_rank" label={t("data.pci.pciRank")} inputMode="numeric" defaultValue={v("pci_rank")} error={errors?.pci_rank} />
          <Field name="source" label={t("data.pci.source")} hint={t("data.pci.sourceHint")} defaultValue={v("source")} error={errors?.source} />
          <button className="btn-primary">{t("data.pci.save")}</button>
        </Form>
      </section>
    </div>
  );
}
