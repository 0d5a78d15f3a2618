import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, Hidden, Radios, TextArea, type Errors } from "../components/forms/form";
import { RouteErrorBoundary } from "../components/ui/error-page";
import { FilerDetails, StatusBadge, Timeline } from "../components/ui/petition";
import { formatDate, pick } from "../i18n";
import { useI18n } from "../i18n/use-t";
import { filerActionSchema, fieldErrors, PetitionCode } from "../modules/petitions/petitions.schema";
import { applyFilerAction, filerView, publicView } from "../modules/petitions/petitions.server";
import { DomainError, InvalidTransition } from "../utils/errors";
import { notFound, parseParam, tooManyRequests } from "../utils/http.server";
import { hitRateLimit, LIMITS } from "../utils/rate-limit.server";
import { retryAfterHeaders } from "../utils/headers";
import { requestContext } from "../utils/request.server";

export const ErrorBoundary = RouteErrorBoundary;

export const headers = retryAfterHeaders;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const code = parseParam(PetitionCode, params.code);
  const ctx = await requestContext(request, context);
  const url = new URL(request.url);
  const token = url.searchParams.get("t");
  const title = ctx.t("petition.page.title", { code });
  if (token) {
    const mine = await filerView(ctx.db, code, token, ctx.today, ctx.cal);
    // Just filed (nothing has happened yet): tell the filer it worked and to keep this private link.
    if (mine) {
      const sent = mine.status === "received" && mine.timeline.length === 1;
      return { title, mode: "filer" as const, petition: mine, token, sent, done: url.searchParams.has("done") };
    }
  }
  const petition = await publicView(ctx.db, code, ctx.today, ctx.cal);
  if (!petition) notFound();
  return { title, mode: "public" as const, petition, token: null, sent: false, done: false };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const code = parseParam(PetitionCode, params.code);
  const ctx = await requestContext(request, context);
  const limit = await hitRateLimit(ctx.db, `petition-action:addr:${ctx.ip}`, LIMITS.petitionActionPerAddress);
  if (!limit.allowed) tooManyRequests(ctx.t("error.tooMany", { minutes: Math.ceil(limit.retryAfter / 60) }), limit.retryAfter);
  const form = await request.formData();
  const token = String(form.get("t") ?? new URL(request.url).searchParams.get("t") ?? "");
  const values = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>;
  const parsed = filerActionSchema(ctx.t).safeParse(values);
  if (!parsed.success) return data({ intent: values.intent ?? "", errors: fieldErrors(parsed.error) as Errors, values }, { status: 400 });
  const input = parsed.data.intent === "rate" ? { action: "rate" as const, rating: parsed.data.rating, comment: parsed.data.comment } : { action: parsed.data.intent, message: parsed.data.message };
  try {
    await applyFilerAction(ctx.db, code, token, input, { today: ctx.today, cal: ctx.cal, baseUrl: ctx.baseUrl });
  } catch (error) {
    if (error instanceof InvalidTransition) {
      return data({ intent: values.intent ?? "", errors: { form: ctx.t("petition.error.conflict") } as Errors, values }, { status: 409 });
    }
    if (error instanceof DomainError && error.status === 404) notFound();
    throw error;
  }
  return redirect(`/petitions/${code}?t=${encodeURIComponent(token)}&done=1`, 303);
}

export default function PetitionPage() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, lang } = useI18n();
  const p = loaded.petition;
  return (
    <div className="max-w-3xl">
      {loaded.sent ? (
        <div role="status" className="mb-6 rounded-md border-l-8 border-green-700 bg-green-50 p-4">
          <p className="text-lg font-bold">{t("petition.page.created", { code: p.code })}</p>
          <p className="mt-1">{t("petition.page.keepLink")}</p>
        </div>
      ) : null}
      {loaded.done ? (
        <p role="status" className="mb-6 rounded-md border-l-8 border-green-700 bg-green-50 p-4 font-semibold">
          {t("petition.page.done")}
        </p>
      ) : null}
      <h1>{loaded.title}</h1>
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("petition.page.status")}</dt>
        <dd>
          <StatusBadge status={p.status} />
        </dd>
        <dt className="font-semibold">{t("petition.page.agency")}</dt>
        <dd>{p.agency ? <Link to={`/agencies/${p.agency.slug}`}>{pick(lang, p.agency.name_vi, p.agency.name_en)}</Link> : t("petition.triage")}</dd>
        <dt className="font-semibold">{t("petition.page.topic")}</dt>
        <dd>{pick(lang, p.topic.name_vi, p.topic.name_en)}</dd>
        <dt className="font-semibold">{t("petition.page.filed")}</dt>
        <dd>{formatDate(lang, p.filedAt)}</dd>
        {p.dueOn ? (
          <>
            <dt className="font-semibold">{t("petition.page.due")}</dt>
            <dd>{formatDate(lang, p.dueOn)}</dd>
          </>
        ) : null}
        {p.answeredOn ? (
          <>
            <dt className="font-semibold">{t("petition.page.answeredOn")}</dt>
            <dd>{formatDate(lang, p.answeredOn)}</dd>
          </>
        ) : null}
        {p.publishedOn ? (
          <>
            <dt className="font-semibold">{t("petition.page.publishedOn")}</dt>
            <dd>
              {formatDate(lang, p.publishedOn)} · <Link to={`/resolutions/${p.code}`}>{t("nav.resolutions")}</Link>
            </dd>
          </>
        ) : null}
      </dl>

      {loaded.mode === "filer" ? <FilerPart /> : <PublicPart />}

      <h2 className="mt-8">{t("petition.page.timeline")}</h2>
      <Timeline events={p.timeline} />
      {result?.errors?.form && !result.intent ? <p className="mt-4 font-semibold text-red-800">{result.errors.form}</p> : null}
    </div>
  );
}

function PublicPart() {
  const { petition } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <>
      {petition.published ? (
        <section className="mt-6">
          <h2>{t("petition.page.answer")}</h2>
          <p className="mt-2 font-semibold">{petition.published.subject}</p>
          <div className="mt-2 whitespace-pre-line rounded-lg border border-gray-300 bg-white p-4">{petition.published.answer}</div>
        </section>
      ) : null}
      <p className="mt-6 rounded-md bg-gray-100 p-3 text-sm">{t("petition.page.publicOnly")}</p>
    </>
  );
}

function FilerPart() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  if (loaded.mode !== "filer") return null;
  const p = loaded.petition;
  const token = loaded.token!;
  const errorsFor = (intent: string) => (result?.intent === intent ? result.errors : undefined);
  const valueFor = (intent: string, name: string) => (result?.intent === intent ? result.values[name] : undefined);
  return (
    <>
      {p.answer ? (
        <section className="mt-6">
          <h2>{t("petition.page.answer")}</h2>
          <div className="mt-2 whitespace-pre-line rounded-lg border-2 border-brand bg-white p-4">{p.answer}</div>
        </section>
      ) : null}
      {p.rejectReason ? (
        <p className="mt-4">
          <strong>{t("petition.page.rejectReason")}:</strong> {t(`petition.reason.${p.rejectReason}`)}
        </p>
      ) : null}

      <section className="mt-6">
        <h2>{t("petition.page.yours")}</h2>
        <p className="mt-2 font-semibold">{p.subject}</p>
        <div className="mt-2 whitespace-pre-line">{p.body}</div>
        {p.attachments.length ? (
          <>
            <h3 className="mt-4">{t("petition.page.attachments")}</h3>
            <ul className="mt-1 list-disc pl-5">
              {p.attachments.map((a) => (
                <li key={a.id}>
                  <a href={`/petitions/${p.code}/files/${a.id}?t=${encodeURIComponent(token)}`}>{a.filename}</a> ({Math.ceil(a.size / 1024)} KB)
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <h3 className="mt-4">{t("petition.page.yourDetails")}</h3>
        <FilerDetails filer={p.filer} />
        <p className="mt-2 text-sm">{p.publicConsent ? t("petition.page.consentYes") : t("petition.page.consentNo")}</p>
      </section>

      {result?.errors?.form && result.intent ? (
        <p role="alert" className="mt-6 rounded-md border-4 border-red-700 p-4 font-semibold text-red-800">
          {result.errors.form}
        </p>
      ) : null}

      {p.can.provideInfo ? (
        <FilerForm intent="provide_info" title={t("petition.page.provide")} hint={t("petition.page.provideHint")} token={token} errors={errorsFor("provide_info")}>
          <TextArea prefix="provide_info-" name="message" label={t("petition.page.provide")} defaultValue={valueFor("provide_info", "message")} error={errorsFor("provide_info")?.message} />
          <button className="btn-primary">{t("petition.page.provideSubmit")}</button>
        </FilerForm>
      ) : null}

      {p.rating ? (
        <p className="mt-6">{t("petition.page.rated", { rating: t(`petition.rating.${p.rating}`) })}</p>
      ) : p.can.rate ? (
        <FilerForm intent="rate" title={t("petition.page.rate")} token={token} errors={errorsFor("rate")}>
          <Radios
            prefix="rate-"
            name="rating"
            legend={t("petition.page.rating")}
            defaultValue={valueFor("rate", "rating")}
            error={errorsFor("rate")?.rating}
            options={(["very_satisfied", "satisfied", "not_satisfied"] as const).map((r) => ({ value: r, label: t(`petition.rating.${r}`) }))}
          />
          <TextArea prefix="rate-" name="comment" rows={3} label={t("petition.page.ratingComment")} defaultValue={valueFor("rate", "comment")} error={errorsFor("rate")?.comment} />
          <button className="btn-primary">{t("petition.page.rateSubmit")}</button>
        </FilerForm>
      ) : null}

      {p.can.reopen ? (
        <FilerForm intent="reopen" title={t("petition.page.reopen")} hint={t("petition.page.reopenHint")} token={token} errors={errorsFor("reopen")}>
          <TextArea prefix="reopen-" name="message" rows={4} label={t("petition.page.reopenReason")} defaultValue={valueFor("reopen", "message")} error={errorsFor("reopen")?.message} />
          <button className="btn-secondary">{t("petition.page.reopenSubmit")}</button>
        </FilerForm>
      ) : null}

      {p.can.withdraw ? (
        <FilerForm intent="withdraw" title={t("petition.page.withdraw")} hint={t("petition.page.withdrawHint")} token={token} errors={errorsFor("withdraw")}>
          <TextArea prefix="withdraw-" name="message" rows={3} label={t("petition.page.withdrawReason")} defaultValue={valueFor("withdraw", "message")} error={errorsFor("withdraw")?.message} />
          <button className="btn-secondary">{t("petition.page.withdrawSubmit")}</button>
        </FilerForm>
      ) : null}
    </>
  );
}

function FilerForm({ intent, title, hint, token, errors, children }: { intent: string; title: string; hint?: string; token: string; errors?: Errors; children: React.ReactNode }) {
  return (
    <section className="mt-8 rounded-lg border border-gray-300 p-4" aria-labelledby={`h-${intent}`}>
      <h2 id={`h-${intent}`} className="text-xl">
        {title}
      </h2>
      {hint ? <p className="mt-1 text-sm text-gray-700">{hint}</p> : null}
      <Form method="post" className="mt-3" noValidate>
        <ErrorSummary errors={errors} prefix={`${intent}-`} />
        <Hidden name="intent" value={intent} />
        <Hidden name="t" value={token} />
        {children}
      </Form>
    </section>
  );
}
