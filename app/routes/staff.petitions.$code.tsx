import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorSummary, Hidden, Radios, Select, TextArea, type Errors } from "../components/forms/form";
import { RouteErrorBoundary } from "../components/ui/error-page";
import { FilerDetails, StatusBadge, Timeline, UrgencyBadge } from "../components/ui/petition";
import { formatDate, pick } from "../i18n";
import { useI18n } from "../i18n/use-t";
import { listTransferTargets } from "../modules/petitions/petitions.queries.server";
import { formatVietnamesePhone } from "../modules/petitions/phone";
import { canDo, REJECT_REASONS, type StaffAction } from "../modules/petitions/petitions.rules";
import { fieldErrors, PetitionCode, redactionList, staffActionSchema } from "../modules/petitions/petitions.schema";
import { applyStaffAction, publishedTexts, staffView, TRIAGE_ACTIONS, type StaffInput } from "../modules/petitions/petitions.server";
import { assertCsrf, requireStaff } from "../modules/staff/session.server";
import { DomainError, InvalidTransition } from "../utils/errors";
import { notFound, parseParam } from "../utils/http.server";
import { requestContext } from "../utils/request.server";
import { useStaffLayout } from "./staff";

export const ErrorBoundary = RouteErrorBoundary;

const LABEL: Record<StaffAction, "petition.staff.acknowledge" | "petition.staff.requestInfo" | "petition.staff.transfer" | "petition.staff.answer" | "petition.staff.reject" | "petition.staff.note" | "petition.staff.publish"> = {
  acknowledge: "petition.staff.acknowledge",
  request_info: "petition.staff.requestInfo",
  transfer: "petition.staff.transfer",
  answer: "petition.staff.answer",
  reject: "petition.staff.reject",
  note: "petition.staff.note",
  publish: "petition.staff.publish",
};

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const code = parseParam(PetitionCode, params.code);
  const ctx = await requestContext(request, context);
  const { user } = await requireStaff(request, ctx.db, ctx.env);
  const view = await staffView(ctx.db, code, user, ctx.today, ctx.cal).catch((error) => {
    if (error instanceof DomainError && error.status === 404) notFound();
    throw error;
  });
  const p = view.petition;
  const url = new URL(request.url);
  const redact = url.searchParams.get("redact") ?? "";
  const preview = p.status === "answered" ? publishedTexts(p, redactionList(redact)) : null;
  const agencies = await listTransferTargets(ctx.db);
  const done = url.searchParams.get("done");
  return {
    title: `${p.code} · ${p.subject}`,
    petition: {
      code: p.code,
      status: p.status,
      subject: p.subject,
      body: p.body,
      answer: p.answer,
      filerType: p.filer_type,
      filer: { name: p.filer_name, email: p.filer_email, phone: p.filer_phone ? formatVietnamesePhone(p.filer_phone) : null, address: p.filer_address, businessName: p.business_name, taxCode: p.tax_code },
      publicConsent: p.public_consent,
      agency: p.agency_slug ? { slug: p.agency_slug, name_vi: p.agency_vi!, name_en: p.agency_en } : null,
      topic: { name_vi: p.topic_vi, name_en: p.topic_en },
      filedAt: p.filed_at.toISOString(),
      receivedOn: p.received_on,
      dueOn: p.due_on,
      forwardDueOn: p.forward_due_on,
      publishDueOn: p.publish_due_on,
      rejectReason: p.reject_reason,
      rating: p.rating,
    },
    urgency: view.urgency,
    events: view.events.map((e) => ({ id: e.id, kind: e.kind, at: e.created_at.toISOString(), agency_vi: e.agency_vi, agency_en: e.agency_en, message: e.message, staffName: e.staff_name })),
    attachments: view.attachments,
    allowed: (["acknowledge", "request_info", "transfer", "answer", "reject", "note", "publish"] as const).filter((a) => canDo(p.status, a) && (a !== "publish" || p.public_consent) && (p.agency_id !== null || TRIAGE_ACTIONS.includes(a))),
    agencies: agencies.filter((a) => a.slug !== p.agency_slug),
    preview,
    redact,
    done: done && done in LABEL ? (done as StaffAction) : null,
  };
}

type ActionResult = { intent: string; errors: Errors; values: Record<string, string> };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const code = parseParam(PetitionCode, params.code);
  const ctx = await requestContext(request, context);
  const staff = await requireStaff(request, ctx.db, ctx.env);
  const form = await request.formData();
  assertCsrf(form, staff);
  const values = Object.fromEntries([...form.entries()].filter(([k, v]) => typeof v === "string" && k !== "csrf")) as Record<string, string>;
  const parsed = staffActionSchema(ctx.t).safeParse(values);
  if (!parsed.success) {
    const known = (["acknowledge", "request_info", "transfer", "answer", "reject", "note", "publish"] as string[]).includes(values.intent ?? "");
    if (!known) return data<ActionResult>({ intent: "", errors: { form: ctx.t("petition.error.conflict") }, values }, { status: 400 });
    return data<ActionResult>({ intent: values.intent, errors: fieldErrors(parsed.error), values }, { status: 400 });
  }
  const v = parsed.data;
  const input: StaffInput =
    v.intent === "publish"
      ? { intent: "publish", redactions: v.redact }
      : v.intent === "transfer"
        ? { intent: "transfer", toAgency: v.toAgency, message: v.message }
        : v.intent === "reject"
          ? { intent: "reject", reason: v.reason, message: v.message }
          : { intent: v.intent, message: v.message };
  try {
    await applyStaffAction(ctx.db, code, staff.user, input, { today: ctx.today, cal: ctx.cal, baseUrl: ctx.baseUrl, secret: ctx.secret, ip: ctx.ip });
  } catch (error) {
    if (error instanceof InvalidTransition) {
      const message = ctx.t("petition.staff.error.conflict", { action: ctx.t(LABEL[v.intent]), status: ctx.t(`petition.status.${error.from as "received"}`) });
      return data<ActionResult>({ intent: v.intent, errors: { form: message }, values }, { status: 409 });
    }
    if (error instanceof DomainError && error.status === 404) notFound();
    if (error instanceof DomainError && error.status === 400) {
      const message = error.code === "same_agency" ? ctx.t("petition.staff.error.sameAgency") : ctx.t("petition.staff.error.toAgency");
      return data<ActionResult>({ intent: v.intent, errors: { toAgency: message }, values }, { status: 400 });
    }
    throw error;
  }
  // An officer who transferred the petition away no longer sees it: back to the inbox.
  const stillMine = v.intent !== "transfer" || staff.user.role === "admin";
  return redirect(stillMine ? `/staff/petitions/${code}?done=${v.intent}` : `/staff?done=transfer`, 303);
}

export default function StaffPetition() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, lang } = useI18n();
  const p = d.petition;
  const formError = result?.errors.form;
  return (
    <div>
      <p>
        <Link to="/staff">← {t("petition.staff.back")}</Link>
      </p>
      {d.done ? (
        <p role="status" className="mt-4 rounded-md border-l-8 border-green-700 bg-green-50 p-3 font-semibold">
          {t("petition.staff.done", { action: t(LABEL[d.done]) })}
        </p>
      ) : null}
      {formError ? (
        <p role="alert" className="mt-4 rounded-md border-4 border-red-700 p-3 font-semibold text-red-800">
          {formError}
        </p>
      ) : null}
      <h1 className="mt-4">
        {p.code}: {p.subject}
      </h1>
      <p className="mt-2 flex flex-wrap gap-2">
        <StatusBadge status={p.status} /> <UrgencyBadge urgency={d.urgency} />
      </p>
      <div className="mt-6 grid gap-8 lg:grid-cols-[2fr_1fr]">
        <div>
          <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t("petition.page.agency")}</dt>
            <dd>{p.agency ? pick(lang, p.agency.name_vi, p.agency.name_en) : t("petition.triage")}</dd>
            <dt className="font-semibold">{t("petition.page.topic")}</dt>
            <dd>{pick(lang, p.topic.name_vi, p.topic.name_en)}</dd>
            <dt className="font-semibold">{t("petition.page.filed")}</dt>
            <dd>{formatDate(lang, p.filedAt)}</dd>
            <dt className="font-semibold">{t("petition.page.due")}</dt>
            <dd>{formatDate(lang, p.dueOn)}</dd>
            {p.status === "received" || p.status === "transferred" ? (
              <>
                <dt className="font-semibold">{t("petition.staff.forwardDue")}</dt>
                <dd>{formatDate(lang, p.forwardDueOn)}</dd>
              </>
            ) : null}
            {p.publishDueOn ? (
              <>
                <dt className="font-semibold">{t("petition.staff.publishDue")}</dt>
                <dd>{formatDate(lang, p.publishDueOn)}</dd>
              </>
            ) : null}
          </dl>
          <h2 className="mt-6">{t("petition.staff.filer")}</h2>
          <FilerDetails filer={{ type: p.filerType, ...p.filer }} showType className="mt-2" />
          <p className="mt-2 text-sm">{p.publicConsent ? t("petition.staff.consentYes") : t("petition.staff.consentNo")}</p>
          <h2 className="mt-6">{t("petition.new.about")}</h2>
          <div className="mt-2 whitespace-pre-line rounded-lg border border-gray-300 bg-white p-4">{p.body}</div>
          {d.attachments.length ? (
            <ul className="mt-2 list-disc pl-5">
              {d.attachments.map((a) => (
                <li key={a.id}>
                  <a href={`/petitions/${p.code}/files/${a.id}`}>{a.filename}</a> ({Math.ceil(a.size / 1024)} KB)
                </li>
              ))}
            </ul>
          ) : null}
          {p.answer ? (
            <>
              <h2 className="mt-6">{t("petition.page.answer")}</h2>
              <div className="mt-2 whitespace-pre-line rounded-lg border-2 border-brand bg-white p-4">{p.answer}</div>
            </>
          ) : null}
          <h2 className="mt-6">{t("petition.page.timeline")}</h2>
          <Timeline events={d.events} />
        </div>
        <div>
          <h2>{t("petition.staff.actions")}</h2>
          {d.allowed.map((intent) =>
            intent === "publish" ? (
              <PublishSection key={intent} result={result} />
            ) : (
              <ActionForm key={intent} intent={intent} result={result}>
                <ActionFields intent={intent} />
              </ActionForm>
            ),
          )}
        </div>
      </div>
    </div>
  );
}

function ActionForm({ intent, result, children }: { intent: StaffAction; result: ActionResult | undefined; children: ReactNode }) {
  const { t } = useI18n();
  const { csrf } = useStaffLayout();
  const errors = result?.intent === intent ? result.errors : undefined;
  const fieldErrs = errors ? Object.fromEntries(Object.entries(errors).filter(([k]) => k !== "form")) : undefined;
  return (
    <section className="mt-4 rounded-lg border border-gray-300 p-4" aria-labelledby={`a-${intent}`}>
      <h3 id={`a-${intent}`} className="text-lg font-bold">
        {t(LABEL[intent])}
      </h3>
      <Form method="post" className="mt-2" noValidate>
        <ErrorSummary errors={fieldErrs} prefix={`${intent}-`} />
        <Hidden name="csrf" value={csrf ?? ""} />
        <Hidden name="intent" value={intent} />
        {children}
        <button className={intent === "reject" ? "btn-secondary" : "btn-primary"}>{t(LABEL[intent])}</button>
      </Form>
    </section>
  );
}

function ActionFields({ intent }: { intent: StaffAction }) {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, lang } = useI18n();
  const mine = result?.intent === intent;
  const err = (name: string) => (mine ? result!.errors[name] : undefined);
  const val = (name: string) => (mine ? result!.values[name] : undefined);
  const prefix = `${intent}-`;
  switch (intent) {
    case "acknowledge":
      return <p className="mb-3 text-sm">{t("petition.staff.acknowledgeHint")}</p>;
    case "request_info":
      return <TextArea prefix={prefix} name="message" rows={4} label={t("petition.staff.message")} hint={t("petition.staff.requestInfoHint")} defaultValue={val("message")} error={err("message")} />;
    case "answer":
      return <TextArea prefix={prefix} name="message" rows={8} label={t("petition.staff.message")} hint={t("petition.staff.answerHint")} defaultValue={val("message")} error={err("message")} />;
    case "note":
      return <TextArea prefix={prefix} name="message" rows={3} label={t("petition.staff.message")} hint={t("petition.staff.noteHint")} defaultValue={val("message")} error={err("message")} />;
    case "transfer":
      return (
        <>
          <p className="mb-3 text-sm">{t("petition.staff.transferHint")}</p>
          <Select
            prefix={prefix}
            name="toAgency"
            label={t("petition.staff.toAgency")}
            placeholder={t("petition.staff.error.toAgency")}
            defaultValue={val("toAgency")}
            error={err("toAgency")}
            options={d.agencies.map((a) => ({ value: a.slug, label: pick(lang, a.name_vi, a.name_en) }))}
          />
          <TextArea prefix={prefix} name="message" rows={3} label={t("petition.staff.messageOptional")} defaultValue={val("message")} error={err("message")} />
        </>
      );
    case "reject":
      return (
        <>
          <Radios
            prefix={prefix}
            name="reason"
            legend={t("petition.staff.reason")}
            defaultValue={val("reason")}
            error={err("reason")}
            options={REJECT_REASONS.map((r) => ({ value: r, label: t(`petition.reason.${r}`) }))}
          />
          <TextArea prefix={prefix} name="message" rows={3} label={t("petition.staff.messageOptional")} defaultValue={val("message")} error={err("message")} />
        </>
      );
    case "publish":
      return null;
  }
}

/**
 * Publishing: a GET form previews the masked text with the officer's extra phrases (no token in the
 * address), and the POST form publishes exactly what was previewed.
 */
function PublishSection({ result }: { result: ActionResult | undefined }) {
  const d = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const { csrf } = useStaffLayout();
  if (!d.preview) return null;
  const formError = result?.intent === "publish" ? result.errors.form : undefined;
  return (
    <section className="mt-4 rounded-lg border border-gray-300 p-4" aria-labelledby="a-publish">
      <h3 id="a-publish" className="text-lg font-bold">
        {t(LABEL.publish)}
      </h3>
      <p className="mb-3 mt-2 text-sm">{t("petition.staff.publishHint")}</p>
      <div className="mb-3 rounded-md bg-gray-50 p-3" aria-labelledby="preview-title">
        <h4 id="preview-title" className="font-bold">
          {t("petition.staff.previewTitle")}
        </h4>
        <p className="mt-2 font-semibold">{d.preview.subject}</p>
        {d.preview.businessName ? <p className="text-sm">{d.preview.businessName}</p> : null}
        <p className="mt-2 whitespace-pre-line text-sm">{d.preview.body}</p>
        <p className="mt-2 whitespace-pre-line border-t border-gray-300 pt-2">{d.preview.answer}</p>
      </div>
      <Form method="get" action={`/staff/petitions/${d.petition.code}#a-publish`}>
        <TextArea prefix="publish-" name="redact" rows={3} label={t("petition.staff.redact")} defaultValue={d.redact} />
        <button type="submit" className="btn-secondary mb-3">
          {t("petition.staff.preview")}
        </button>
      </Form>
      <Form method="post">
        {formError ? <p className="mb-2 font-semibold text-red-800">{formError}</p> : null}
        <Hidden name="csrf" value={csrf ?? ""} />
        <Hidden name="intent" value="publish" />
        <Hidden name="redact" value={d.redact} />
        <button className="btn-primary">{t(LABEL.publish)}</button>
      </Form>
    </section>
  );
}
