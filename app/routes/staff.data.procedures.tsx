import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary, Hidden, fieldId, type Errors } from "../components/forms/form";
import { SelectField } from "../components/forms/fields";
import { formatNumber, pick } from "../i18n";
import { useI18n } from "../i18n/use-t";
import { formatShare, quarterLabel } from "../modules/statistics/format";
import { CSV_COLUMNS, CSV_COLUMNS_VI, CSV_MAX_BYTES, QUARTER_PATTERN, quarterIndex, quarterOf, type ImportIssue } from "../modules/statistics/statistics.schema";
import { importProcedureStats, procedureStatsExample, procedureStatsSummary, procedureStatsTemplate, recentQuarters } from "../modules/statistics/statistics.server";
import { recentImports } from "../modules/statistics/statistics.queries.server";
import { assertCsrf, requireStaff } from "../modules/staff/session.server";
import { searchParamsOf } from "../utils/http.server";
import { requestContext } from "../utils/request.server";
import { readForm, TooLarge } from "../utils/uploads.server";
import { useStaffLayout } from "./staff";

const Count = z.coerce.number().int().min(0).max(1_000_000);
const Query = z.object({
  quarter: z.string().regex(QUARTER_PATTERN).optional().catch(undefined),
  // After a successful import (303 back here): what was imported.
  rows: Count.optional().catch(undefined),
  inserted: Count.optional().catch(undefined),
  updated: Count.optional().catch(undefined),
  skipped: Count.optional().catch(undefined),
});

/** Bad lines shown in full; the line numbers of any further bad lines are listed as ranges. */
const DETAILED_LINES = 500;

function forbidden(): never {
  throw new Response(null, { status: 403, statusText: "Forbidden" });
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requestContext(request, context);
  const { user } = await requireStaff(request, ctx.db, ctx.env);
  if (user.role !== "admin") forbidden();
  const query = Query.parse(searchParamsOf(request));
  const current = quarterOf(ctx.today);
  const quarter = query.quarter && quarterIndex(query.quarter) <= quarterIndex(current) ? query.quarter : current;
  const [summary, recent, template] = await Promise.all([
    procedureStatsSummary(ctx.db, quarter),
    recentImports(ctx.db),
    procedureStatsTemplate(ctx.db, { lang: ctx.lang, quarter: current }),
  ]);
  const quarters = recentQuarters(ctx.today);
  if (!quarters.includes(quarter)) quarters.push(quarter);
  return {
    title: ctx.t("data.procedures.title"),
    quarter,
    current,
    quarters,
    summary,
    // Formatted here: the server and the browser may not format dates alike (hydration).
    recent: recent.map((r) => ({ ...r, at: formatDateTime(ctx.lang, r.at) })),
    // A data: URL, so the template downloads from this page without JavaScript or another route.
    templateHref: `data:text/csv;charset=utf-8;base64,${Buffer.from(template, "utf8").toString("base64")}`,
    templateName: `${ctx.lang === "vi" ? "mau-so-lieu-thu-tuc" : "procedure-statistics-template"}-${current}.csv`,
    example: procedureStatsExample(ctx.lang, current),
    imported: query.rows !== undefined ? { rows: query.rows, inserted: query.inserted ?? 0, updated: query.updated ?? 0, skipped: query.skipped ?? 0 } : null,
  };
}

interface BadLine {
  line: number;
  problems: Array<{ column?: string; message: string }>;
}
interface ActionResult {
  errors: Errors;
  filename: string;
  lines: BadLine[];
  /** Further bad lines, as "1002–1500, 1502". */
  moreLines: string;
}

/** Groups issues by line: the first DETAILED_LINES lines in full, the rest as line ranges. */
function groupIssues(issues: ImportIssue[]): { lines: BadLine[]; moreLines: string; count: number } {
  const byLine = new Map<number, BadLine>();
  for (const issue of issues) {
    const entry = byLine.get(issue.line) ?? { line: issue.line, problems: [] };
    entry.problems.push({ column: issue.column, message: issue.message });
    byLine.set(issue.line, entry);
  }
  const all = [...byLine.values()].sort((a, b) => a.line - b.line);
  const rest = all.slice(DETAILED_LINES).map((l) => l.line);
  const ranges: string[] = [];
  for (let i = 0; i < rest.length; ) {
    let j = i;
    while (j + 1 < rest.length && rest[j + 1] === rest[j] + 1) j++;
    ranges.push(j > i ? `${rest[i]}–${rest[j]}` : String(rest[i]));
    i = j + 1;
  }
  return { lines: all.slice(0, DETAILED_LINES), moreLines: ranges.join(", "), count: all.length };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const ctx = await requestContext(request, context);
  const staff = await requireStaff(request, ctx.db, ctx.env);
  if (staff.user.role !== "admin") forbidden();
  const fail = (errors: Errors, status: number, filename = "", lines: BadLine[] = [], moreLines = "") =>
    data<ActionResult>({ errors, filename, lines, moreLines }, { status });

  let form: FormData;
  let files: Array<{ filename: string; bytes: Uint8Array | null }>;
  try {
    ({ form, files } = await readForm(request, { fileField: "file", maxFileBytes: CSV_MAX_BYTES, maxFiles: 1, maxFieldBytes: 10_000 }));
  } catch (error) {
    if (error instanceof TooLarge) return fail({ file: ctx.t("data.error.tooBig") }, 413);
    throw error;
  }
  assertCsrf(form, staff);
  const upload = files[0];
  if (!upload) return fail({ file: ctx.t("data.error.chooseFile") }, 400);
  if (!upload.bytes) return fail({ file: ctx.t("data.error.file", { file: upload.filename, message: ctx.t("data.error.tooBig") }) }, 413, upload.filename);

  const result = await importProcedureStats(ctx.db, { filename: upload.filename, bytes: upload.bytes }, { user: staff.user, t: ctx.t, today: ctx.today, ip: ctx.ip });
  if (!result.ok) {
    if (result.file) {
      return fail({ file: ctx.t("data.error.file", { file: upload.filename, message: result.issues.map((i) => i.message).join(" ") }) }, 400, upload.filename);
    }
    const grouped = groupIssues(result.issues);
    return fail({ issues: ctx.t("data.error.rows", { rows: grouped.count }) }, 400, upload.filename, grouped.lines, grouped.moreLines);
  }
  const params = new URLSearchParams({
    quarter: result.quarters[result.quarters.length - 1],
    rows: String(result.rows),
    inserted: String(result.inserted),
    updated: String(result.updated),
    skipped: String(result.skipped),
  });
  return redirect(`/staff/data/procedures?${params}`, 303);
}

export default function ProcedureStatistics() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, lang } = useI18n();
  const { csrf } = useStaffLayout();
  const busy = useNavigation().state === "submitting";
  const errors = result?.errors;
  const fileId = fieldId("file");
  const p = d.summary.province;
  const n = (v: number) => formatNumber(lang, v);
  const columnLabel = (c: string | undefined) => (c && (CSV_COLUMNS as readonly string[]).includes(c) ? t(`data.col.${c as (typeof CSV_COLUMNS)[number]}`) : "");
  return (
    <div className="max-w-5xl">
      {d.imported && !result ? (
        <p role="status" className="mb-4 rounded-md border-l-8 border-green-700 bg-green-50 p-3 font-semibold">
          {t("data.procedures.imported", { rows: n(d.imported.rows), inserted: n(d.imported.inserted), updated: n(d.imported.updated) })}
          {d.imported.skipped ? ` ${t("data.procedures.importedSkipped", { skipped: n(d.imported.skipped) })}` : null}
        </p>
      ) : null}
      <h1>{d.title}</h1>
      <p className="mt-2">{t("data.procedures.lead")}</p>

      <ErrorSummary errors={errors} order={["file", "issues"]} />
      {result && result.lines.length ? (
        <section id="f-issues" tabIndex={-1} aria-labelledby="issues-title" className="mb-8 rounded-md border-l-8 border-red-700 bg-red-50 p-4 outline-none">
          <h2 id="issues-title">{t("data.procedures.issuesTitle", { file: result.filename })}</h2>
          <table className="table-basic mt-3 bg-white">
            <thead>
              <tr>
                <th scope="col">{t("data.procedures.line")}</th>
                <th scope="col">{t("data.procedures.column")}</th>
                <th scope="col">{t("data.procedures.fix")}</th>
              </tr>
            </thead>
            <tbody>
              {result.lines.flatMap((l) =>
                l.problems.map((problem, i) => (
                  <tr key={`${l.line}-${i}`}>
                    {i === 0 ? (
                      <th scope="row" rowSpan={l.problems.length} className="whitespace-nowrap px-2 py-2 align-top font-semibold">
                        {l.line}
                      </th>
                    ) : null}
                    <td className="whitespace-nowrap">{columnLabel(problem.column)}</td>
                    <td>{problem.message}</td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
          {result.moreLines ? <p className="mt-3 font-semibold">{`${t("data.procedures.line")}: ${result.moreLines}`}</p> : null}
        </section>
      ) : null}

      <section aria-labelledby="upload-title" className="mt-6">
        <h2 id="upload-title">{t("data.procedures.upload")}</h2>
        <Form method="post" encType="multipart/form-data" noValidate className="mt-3">
          <Hidden name="csrf" value={csrf ?? ""} />
          <div className="mb-5">
            <label htmlFor={fileId} className="mb-1 block font-semibold">
              {t("data.procedures.file")}
            </label>
            <p id={`${fileId}-hint`} className="mb-1 text-sm text-gray-700">
              {t("data.procedures.fileHint")}
            </p>
            {errors?.file ? (
              <p id={`${fileId}-error`} className="mb-1 font-semibold text-red-800">
                <span className="sr-only">{t("form.errorPrefix")}</span> {errors.file}
              </p>
            ) : null}
            <input
              id={fileId}
              name="file"
              type="file"
              accept=".csv,text/csv"
              aria-invalid={errors?.file ? true : undefined}
              aria-describedby={[`${fileId}-hint`, errors?.file ? `${fileId}-error` : ""].filter(Boolean).join(" ")}
              className={`input ${errors?.file ? "border-red-700" : ""}`}
            />
          </div>
          <button className="btn-primary" disabled={busy}>
            {t("data.procedures.submit")}
          </button>
        </Form>
      </section>

      <section aria-labelledby="format-title" className="mt-8">
        <h2 id="format-title">{t("data.procedures.format")}</h2>
        <p className="mt-2">
          <a href={d.templateHref} download={d.templateName} className="font-semibold">
            {t("data.procedures.template", { quarter: quarterLabel(lang, d.current) })}
          </a>
          <span className="block text-sm text-gray-700">{t("data.procedures.templateHint")}</span>
        </p>
        <p className="mt-3">{t("data.procedures.formatIntro")}</p>
        <table className="table-basic mt-2">
          <thead>
            <tr>
              <th scope="col">{t("data.procedures.colName")}</th>
              <th scope="col">{t("data.procedures.colMeaning")}</th>
            </tr>
          </thead>
          <tbody>
            {CSV_COLUMNS.map((c) => (
              <tr key={c}>
                <th scope="row" className="whitespace-nowrap px-2 py-2 align-top font-normal">
                  <code>{c}</code> / <code>{CSV_COLUMNS_VI[c]}</code>
                </th>
                <td>{t(`data.procedures.about.${c}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-3">{t("data.procedures.numbers")}</p>
        <figure className="mt-3">
          <figcaption className="font-semibold">{t("data.procedures.example")}</figcaption>
          <pre className="mt-1 overflow-x-auto rounded-md bg-gray-100 p-3 text-sm">{d.example}</pre>
        </figure>
      </section>

      <section aria-labelledby="summary-title" className="mt-8">
        <h2 id="summary-title">{t("data.procedures.summary", { quarter: quarterLabel(lang, d.quarter) })}</h2>
        <Form method="get" className="mt-3 flex flex-wrap items-end gap-3">
          <SelectField id="quarter" name="quarter" label={t("data.quarter")} value={d.quarter} options={d.quarters.map((q) => ({ value: q, label: quarterLabel(lang, q) }))} />
          <button className="btn-secondary">{t("data.show")}</button>
        </Form>
        {p.reported === 0 ? (
          <p className="mt-4">{t("data.procedures.none")}</p>
        ) : (
          <>
            <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
              <li className="card">
                <span className="block text-2xl font-bold">{n(p.reported)}</span> {t("data.procedures.reported", { procedures: n(p.procedures) })}
              </li>
              <li className="card">
                <span className="block text-2xl font-bold">{n(p.total)}</span> {t("data.procedures.dossiers")}
              </li>
              <li className="card">
                <span className="block text-2xl font-bold">{n(p.online)}</span> {t("data.procedures.onlineShare", { share: formatShare(lang, p.online, p.total) })}
              </li>
              <li className="card">
                <span className="block text-2xl font-bold">{n(p.postal_received)}</span>{" "}
                {t("data.procedures.postalReceivedShare", { share: formatShare(lang, p.postal_received, p.total) })}
              </li>
              <li className="card">
                <span className="block text-2xl font-bold">{n(p.postal_returned)}</span>{" "}
                {t("data.procedures.postalReturnedShare", { share: formatShare(lang, p.postal_returned, p.total) })}
              </li>
            </ul>
            <ul className="mt-3 list-disc pl-6">
              <li>{t("data.procedures.onlineUsed", { used: n(p.online_used), offered: n(p.online_offered), share: formatShare(lang, p.online_used, p.online_offered) })}</li>
              <li>{t("data.procedures.postalUsed", { used: n(p.postal_used), offered: n(p.postal_offered), share: formatShare(lang, p.postal_used, p.postal_offered) })}</li>
            </ul>
            <h3 className="mt-6">{t("data.procedures.byAgency")}</h3>
            <div className="mt-2 overflow-x-auto">
              <table className="table-basic">
                <thead>
                  <tr>
                    <th scope="col">{t("data.agency")}</th>
                    <th scope="col" className="text-right">{t("data.procedures.reportedCol")}</th>
                    <th scope="col" className="text-right">{t("data.col.total")}</th>
                    <th scope="col" className="text-right">{t("data.col.online")}</th>
                    <th scope="col" className="text-right">{t("data.col.postal_received")}</th>
                    <th scope="col" className="text-right">{t("data.col.postal_returned")}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.summary.agencies.map((a) => (
                    <tr key={a.slug}>
                      <th scope="row" className="px-2 py-2 text-left align-top font-normal">
                        {pick(lang, a.name_vi, a.name_en)}
                      </th>
                      <td className="text-right">{`${n(a.reported)}/${n(a.procedures)}`}</td>
                      <td className="text-right">{n(a.total)}</td>
                      <td className="text-right">{n(a.online)}</td>
                      <td className="text-right">{n(a.postal_received)}</td>
                      <td className="text-right">{n(a.postal_returned)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      {d.recent.length ? (
        <section aria-labelledby="recent-title" className="mt-8">
          <h2 id="recent-title">{t("data.procedures.recent")}</h2>
          <ul className="mt-2 list-disc pl-6">
            {d.recent.map((r) => (
              <li key={r.id}>
                {t("data.procedures.recentRow", { when: r.at, who: r.who, file: r.file, rows: n(r.rows) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** An instant in Vietnam time: "27/11/2026 14:05" (vi) or "27 Nov 2026, 14:05" (en). */
function formatDateTime(lang: "vi" | "en", at: Date): string {
  return at.toLocaleString(lang === "vi" ? "vi-VN" : "en-GB", { timeZone: "Asia/Ho_Chi_Minh", dateStyle: "short", timeStyle: "short" });
}
