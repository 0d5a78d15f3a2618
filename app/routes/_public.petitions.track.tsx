import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { ErrorSummary, Field } from "../components/forms/form";
import { useI18n } from "../i18n/use-t";
import { getPetitionByCode } from "../modules/petitions/petitions.queries.server";
import { normalizeCode } from "../modules/petitions/petitions.schema";
import { tooManyRequests } from "../utils/http.server";
import { hitRateLimit, LIMITS } from "../utils/rate-limit.server";
import { retryAfterHeaders } from "../utils/headers";
import { requestContext } from "../utils/request.server";

// A GET form (bookmarkable, works without JavaScript); a found code goes to its public page.
export const headers = retryAfterHeaders;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requestContext(request, context);
  const title = ctx.t("petition.track.title");
  const typed = new URL(request.url).searchParams.get("code");
  if (typed === null) return { title, code: "", error: undefined };
  const limit = await hitRateLimit(ctx.db, `track:addr:${ctx.ip}`, LIMITS.trackPerAddress);
  if (!limit.allowed) tooManyRequests(ctx.t("error.tooMany", { minutes: Math.ceil(limit.retryAfter / 60) }), limit.retryAfter);
  const code = normalizeCode(typed.slice(0, 40));
  if (!code) return { title, code: typed.slice(0, 40), error: ctx.t("petition.track.bad") };
  if (await getPetitionByCode(ctx.db, code)) throw redirect(`/petitions/${code}`);
  return { title, code, error: ctx.t("petition.track.notFound", { code }) };
}

export default function Track() {
  const { title, code, error } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <div className="max-w-xl">
      <h1>{title}</h1>
      <p className="mt-2">{t("petition.track.lead")}</p>
      <Form method="get" className="mt-6" noValidate>
        <ErrorSummary errors={{ code: error }} />
        <Field name="code" label={t("petition.track.code")} defaultValue={code} error={error} autoComplete="off" />
        <button className="btn-primary">{t("petition.track.submit")}</button>
      </Form>
      <p className="mt-6 text-sm">{t("petition.track.private")}</p>
    </div>
  );
}
