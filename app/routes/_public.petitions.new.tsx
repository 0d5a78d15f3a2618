import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Checkbox, ErrorSummary, Field, Hidden, Radios, Select, TextArea, type Errors } from "../components/forms/form";
import { RouteErrorBoundary } from "../components/ui/error-page";
import { pick, translator } from "../i18n";
import { getLang } from "../i18n/lang.server";
import { useI18n } from "../i18n/use-t";
import { listAgencyOptions } from "../modules/agencies/agencies.queries.server";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "../modules/petitions/file-type";
import { listTopics } from "../modules/petitions/petitions.queries.server";
import { DEFAULT_DEADLINES } from "../modules/petitions/petitions.rules";
import { BODY_MAX, fieldErrors, petitionFormSchema } from "../modules/petitions/petitions.schema";
import { checkAttachments, FieldError, filePetition, newSubmissionKey } from "../modules/petitions/petitions.server";
import { getDb } from "../utils/db.server";
import { tooManyRequests } from "../utils/http.server";
import { hitRateLimit, LIMITS } from "../utils/rate-limit.server";
import { retryAfterHeaders } from "../utils/headers";
import { requestContext } from "../utils/request.server";
import { readForm, TooLarge } from "../utils/uploads.server";

export const ErrorBoundary = RouteErrorBoundary;

const FIELD_ORDER = ["filerType", "name", "email", "phone", "address", "businessName", "taxCode", "agency", "topic", "subject", "body", "attachments", "form"];

export const headers = retryAfterHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = getLang(request);
  const db = await getDb();
  const [agencies, topics] = await Promise.all([listAgencyOptions(db), listTopics(db)]);
  const wanted = new URL(request.url).searchParams.get("agency") ?? "";
  // The poster's QR code lands here with ?agency=slug: preselect it when it is a real agency.
  const agency = agencies.some((a) => a.slug === wanted) ? wanted : "";
  return {
    title: translator(lang)("petition.new.title"),
    agencies,
    topics,
    agency,
    submissionKey: newSubmissionKey(),
  };
}

type Values = Record<string, string>;

export async function action({ request, context }: ActionFunctionArgs) {
  const ctx = await requestContext(request, context);
  const limit = await hitRateLimit(ctx.db, `petition:addr:${ctx.ip}`, LIMITS.petitionPerAddress);
  if (!limit.allowed) tooManyRequests(ctx.t("error.tooMany", { minutes: Math.ceil(limit.retryAfter / 60) }), limit.retryAfter);

  let form: FormData;
  let files: Array<{ filename: string; bytes: Uint8Array | null }>;
  try {
    ({ form, files } = await readForm(request, { fileField: "attachments", maxFileBytes: MAX_ATTACHMENT_BYTES, maxFiles: MAX_ATTACHMENTS, maxFieldBytes: 200_000 }));
  } catch (error) {
    if (error instanceof TooLarge) return data({ errors: { form: ctx.t("petition.error.tooLarge") } as Errors, values: {} as Values }, { status: 413 });
    throw error;
  }
  const values: Values = {};
  for (const [k, v] of form.entries()) if (typeof v === "string" && k !== "website") values[k] = v;

  // A bot fills every field, including the one people cannot see.
  if (String(form.get("website") ?? "") !== "") {
    return data({ errors: { form: ctx.t("petition.error.blocked") } as Errors, values }, { status: 400 });
  }

  const parsed = petitionFormSchema(ctx.t).safeParse(values);
  const errors: Errors = parsed.success ? {} : fieldErrors(parsed.error);
  const checked = checkAttachments(files, ctx.t);
  if (checked.error) errors.attachments = checked.error;
  if (!parsed.success || checked.error) {
    if (files.length && !errors.attachments) errors.attachments = ctx.t("petition.new.attachAgain");
    return data({ errors, values }, { status: 400 });
  }

  const key = String(form.get("submissionKey") ?? "");
  const submissionKey = /^[A-Za-z0-9_-]{16,64}$/.test(key) ? key : newSubmissionKey();
  try {
    const { code, token } = await filePetition(ctx.db, {
      form: parsed.data,
      attachments: checked.attachments,
      submissionKey,
      lang: ctx.lang,
      secret: ctx.secret,
      today: ctx.today,
      cal: ctx.cal,
      baseUrl: ctx.baseUrl,
    });
    return redirect(`/petitions/${code}?t=${encodeURIComponent(token)}`, 303);
  } catch (error) {
    if (error instanceof FieldError) {
      const message = ctx.t(error.field === "agency" ? "petition.error.agency" : "petition.error.topic");
      return data({ errors: { [error.field]: message } as Errors, values }, { status: 400 });
    }
    throw error;
  }
}

export default function NewPetition() {
  const { agencies, topics, agency, submissionKey, title } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, lang } = useI18n();
  const busy = useNavigation().state === "submitting";
  const errors = result?.errors;
  const v: Values = result?.values ?? {};
  const value = (name: string, fallback = "") => (result ? (v[name] ?? "") : fallback);
  return (
    <div className="max-w-3xl">
      <h1>{title}</h1>
      <p className="mt-2">{t("petition.new.lead", { days: DEFAULT_DEADLINES.answerDays })}</p>
      <Form id="f-form" method="post" encType="multipart/form-data" noValidate className="mt-6">
        <ErrorSummary errors={errors} order={FIELD_ORDER} />
        {/* The same key on a repeated submission (double click, retry) gives back the same petition. */}
        <Hidden name="submissionKey" value={v.submissionKey ?? submissionKey} />
        <Radios
          name="filerType"
          legend={t("petition.new.who")}
          defaultValue={value("filerType", "citizen")}
          error={errors?.filerType}
          options={[
            { value: "citizen", label: t("petition.filer.citizen") },
            { value: "business", label: t("petition.filer.business") },
          ]}
        />
        <fieldset className="mb-6 rounded-lg border border-gray-300 p-4">
          <legend className="px-1 text-lg font-bold">{t("petition.new.you")}</legend>
          <p className="mb-4 text-sm text-gray-700">{t("petition.new.youHint")}</p>
          <Field name="name" label={t("petition.new.name")} autoComplete="name" defaultValue={value("name")} error={errors?.name} />
          <Field name="email" type="email" label={t("petition.new.email")} hint={t("petition.new.emailHint")} autoComplete="email" defaultValue={value("email")} error={errors?.email} />
          <Field name="phone" type="tel" label={t("petition.new.phone")} hint={t("petition.new.phoneHint")} autoComplete="tel" defaultValue={value("phone")} error={errors?.phone} />
          <Field name="address" label={t("petition.new.address")} autoComplete="street-address" defaultValue={value("address")} error={errors?.address} className="mb-0" />
        </fieldset>
        <fieldset className="mb-6 rounded-lg border border-gray-300 p-4">
          <legend className="px-1 text-lg font-bold">{t("petition.new.business")}</legend>
          <p className="mb-4 text-sm text-gray-700">{t("petition.new.businessHint")}</p>
          <Field name="businessName" label={t("petition.new.businessName")} autoComplete="organization" defaultValue={value("businessName")} error={errors?.businessName} />
          <Field name="taxCode" label={t("petition.new.taxCode")} hint={t("petition.new.taxCodeHint")} inputMode="numeric" defaultValue={value("taxCode")} error={errors?.taxCode} className="mb-0" />
        </fieldset>
        <fieldset className="mb-6 rounded-lg border border-gray-300 p-4">
          <legend className="px-1 text-lg font-bold">{t("petition.new.about")}</legend>
          <Select
            name="agency"
            label={t("petition.new.agency")}
            hint={t("petition.new.agencyHint")}
            defaultValue={value("agency", agency)}
            error={errors?.agency}
            placeholder={t("petition.new.agencyUnsure")}
            options={agencies.map((a) => ({ value: a.slug, label: pick(lang, a.name_vi, a.name_en) }))}
          />
          <Select
            name="topic"
            label={t("petition.new.topic")}
            defaultValue={value("topic")}
            error={errors?.topic}
            placeholder={t("petition.new.topicChoose")}
            options={topics.map((x) => ({ value: x.slug, label: pick(lang, x.name_vi, x.name_en) }))}
          />
          <Field name="subject" label={t("petition.new.subject")} defaultValue={value("subject")} error={errors?.subject} />
          <TextArea name="body" rows={8} label={t("petition.new.body")} hint={t("petition.new.bodyHint", { max: BODY_MAX.toLocaleString(lang === "vi" ? "vi-VN" : "en-GB") })} defaultValue={value("body")} error={errors?.body} />
          <div className="mb-5">
            <label htmlFor="f-attachments" className="mb-1 block font-semibold">
              {t("petition.new.attachments")}
            </label>
            <p id="f-attachments-hint" className="mb-1 text-sm text-gray-700">
              {t("petition.new.attachmentsHint")}
            </p>
            {errors?.attachments ? (
              <p id="f-attachments-error" className="mb-1 font-semibold text-red-800">
                {errors.attachments}
              </p>
            ) : null}
            <input
              id="f-attachments"
              name="attachments"
              type="file"
              multiple
              accept=".pdf,.jpg,.jpeg,.png,.docx,.xlsx,application/pdf,image/jpeg,image/png"
              aria-invalid={errors?.attachments ? true : undefined}
              aria-describedby={errors?.attachments ? "f-attachments-hint f-attachments-error" : "f-attachments-hint"}
              className="block w-full text-base"
            />
          </div>
          <Checkbox name="publicConsent" label={t("petition.new.consent")} defaultChecked={result ? v.publicConsent === "on" : false} />
        </fieldset>
        {/* Honeypot: hidden from people (and from assistive technology); bots fill it in. */}
        <div className="hidden" aria-hidden="true">
          <label htmlFor="f-website">{t("petition.new.honeypot")}</label>
          <input id="f-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <button type="submit" className="btn-primary" disabled={busy}>
          {t("petition.new.submit")}
        </button>
      </Form>
    </div>
  );
}
