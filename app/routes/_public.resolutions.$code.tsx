import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatDate, pick } from "../i18n";
import { useI18n } from "../i18n/use-t";
import { RouteErrorBoundary } from "../components/ui/error-page";
import { ResolutionCode } from "../modules/resolutions/resolutions.schema";
import { getResolution } from "../modules/resolutions/resolutions.queries.server";
import { withAnswerDays } from "../modules/resolutions/resolutions.server";
import { getDb } from "../utils/db.server";
import { notFound, parseParam } from "../utils/http.server";
import { titleMeta } from "../utils/meta";

const FEED_PATH = "/feeds/resolutions.atom";

export const meta: MetaFunction<typeof loader> = (args) => [
  ...titleMeta(args),
  ...(args.data ? [{ tagName: "link", rel: "alternate", type: "application/atom+xml", href: FEED_PATH }] : []),
];
export const ErrorBoundary = RouteErrorBoundary;

export async function loader({ params }: LoaderFunctionArgs) {
  const code = parseParam(ResolutionCode, params.code);
  const db = await getDb();
  const found = await getResolution(db, code);
  // Unknown, not yet published and withdrawn from publication all look the same.
  if (!found) notFound();
  const [resolution] = await withAnswerDays(db, [found]);
  return { title: `${resolution.code}: ${resolution.published_subject ?? ""}`, resolution };
}

export default function ResolutionPage() {
  const { resolution: r } = useLoaderData<typeof loader>();
  const { t, lang } = useI18n();
  const agency = r.agency_vi ? pick(lang, r.agency_vi, r.agency_en) : t("resolutions.noAgency");
  return (
    <article className="max-w-4xl">
      <p className="text-sm text-gray-800">
        <Link to="/resolutions">{t("resolutions.title")}</Link> › <span className="font-mono">{r.code}</span>
      </p>
      <h1 className="mt-2" lang="vi">
        {r.published_subject ?? r.code}
      </h1>
      <dl className="mt-5 grid gap-x-6 gap-y-2 rounded-lg bg-gray-50 p-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("resolutions.code")}</dt>
        <dd className="font-mono">{r.code}</dd>
        <dt className="font-semibold">{t("resolutions.topic")}</dt>
        <dd>{pick(lang, r.topic_vi, r.topic_en)}</dd>
        <dt className="font-semibold">{t("resolutions.agency")}</dt>
        <dd>{r.agency_slug ? <Link to={`/agencies/${r.agency_slug}`}>{agency}</Link> : agency}</dd>
        {r.published_business_name ? (
          <>
            <dt className="font-semibold">{t("resolutions.business")}</dt>
            <dd lang="vi">{r.published_business_name}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("resolutions.filed")}</dt>
        <dd>{formatDate(lang, r.filed_at)}</dd>
        <dt className="font-semibold">{t("resolutions.received")}</dt>
        <dd>{formatDate(lang, r.received_on)}</dd>
        {r.answered_on ? (
          <>
            <dt className="font-semibold">{t("resolutions.answered")}</dt>
            <dd>{formatDate(lang, r.answered_on)}</dd>
          </>
        ) : null}
        {r.published_on ? (
          <>
            <dt className="font-semibold">{t("resolutions.published")}</dt>
            <dd>{formatDate(lang, r.published_on)}</dd>
          </>
        ) : null}
        {r.answerWorkingDays !== null ? (
          <>
            <dt className="font-semibold">{t("resolutions.timeToAnswer")}</dt>
            <dd>
              {t("common.workingDays", { count: r.answerWorkingDays })}
              <span className="block text-sm text-gray-800">{t("resolutions.timeToAnswerHint")}</span>
            </dd>
          </>
        ) : null}
        {r.reopen_count > 0 ? (
          <>
            <dt className="font-semibold">{t("resolutions.reopened")}</dt>
            <dd>{t("resolutions.reopenedCount", { count: r.reopen_count })}</dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="petition-body" className="mt-6">
        <h2 id="petition-body">{t("resolutions.body")}</h2>
        <Paragraphs text={r.published_body ?? ""} />
      </section>
      <section aria-labelledby="petition-answer" className="mt-6 rounded-lg border-l-4 border-brand bg-white pl-4">
        <h2 id="petition-answer">{t("resolutions.answerBy", { agency })}</h2>
        {r.published_answer ? <Paragraphs text={r.published_answer} /> : <p className="mt-2">{t("resolutions.noAnswerText")}</p>}
      </section>
      <p className="mt-6 text-sm text-gray-800">{t("resolutions.privacy")}</p>
      <p className="mt-4 flex flex-wrap gap-x-4 gap-y-1">
        <Link to="/resolutions">← {t("resolutions.all")}</Link>
        <a href={FEED_PATH} type="application/atom+xml">
          {t("resolutions.feed")}
        </a>
      </p>
    </article>
  );
}

/** Plain text as paragraphs: the published text is never HTML. */
function Paragraphs({ text }: { text: string }) {
  const parts = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <div className="mt-2 space-y-3" lang="vi">
      {parts.map((p, i) => (
        <p key={i} className="whitespace-pre-line">
          {p}
        </p>
      ))}
    </div>
  );
}
