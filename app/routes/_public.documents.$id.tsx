import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatDate, formatNumber, pick } from "../i18n";
import { getLang } from "../i18n/lang.server";
import { useI18n } from "../i18n/use-t";
import { RouteErrorBoundary } from "../components/ui/error-page";
import { DocumentId } from "../modules/documents/documents.schema";
import { getDocument } from "../modules/documents/documents.queries.server";
import { fileKindLabel } from "../modules/documents/documents.schema";
import { getDb } from "../utils/db.server";
import { notFound, parseParam } from "../utils/http.server";
import { titleMeta } from "../utils/meta";

export const meta = titleMeta;
export const ErrorBoundary = RouteErrorBoundary;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = getLang(request);
  const id = parseParam(DocumentId, params.id);
  const doc = await getDocument(await getDb(), id);
  if (!doc) notFound();
  return { title: pick(lang, doc.title_vi, doc.title_en), doc };
}

export default function DocumentPage() {
  const { doc, title } = useLoaderData<typeof loader>();
  const { t, lang } = useI18n();
  return (
    <article className="max-w-4xl">
      <p className="text-sm text-gray-800">
        <Link to="/documents">{t("documents.title")}</Link> › {t(`documents.kind.${doc.kind}`)}
      </p>
      <h1 className="mt-2">{title}</h1>
      {lang === "en" && doc.title_en ? (
        <p lang="vi" className="mt-1 text-gray-800">
          {doc.title_vi}
        </p>
      ) : null}
      <dl className="mt-5 grid gap-x-6 gap-y-2 rounded-lg bg-gray-50 p-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("documents.number")}</dt>
        <dd>{doc.number}</dd>
        <dt className="font-semibold">{t("documents.kind")}</dt>
        <dd>{t(`documents.kind.${doc.kind}`)}</dd>
        <dt className="font-semibold">{t("common.agency")}</dt>
        <dd>
          <Link to={`/agencies/${doc.agency_slug}`}>{pick(lang, doc.agency_vi, doc.agency_en)}</Link>
        </dd>
        <dt className="font-semibold">{t("documents.issued")}</dt>
        <dd>{formatDate(lang, doc.issued_on)}</dd>
        {doc.effective_on ? (
          <>
            <dt className="font-semibold">{t("documents.effective")}</dt>
            <dd>{formatDate(lang, doc.effective_on)}</dd>
          </>
        ) : null}
        {doc.signer ? (
          <>
            <dt className="font-semibold">{t("documents.signer")}</dt>
            <dd lang="vi">{doc.signer}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("documents.published")}</dt>
        <dd>{formatDate(lang, doc.published_at)}</dd>
      </dl>
      <section aria-labelledby="summary" className="mt-6">
        <h2 id="summary">{t("documents.summary")}</h2>
        <p className="mt-2" lang={lang === "en" && doc.summary_en ? "en" : "vi"}>
          {pick(lang, doc.summary_vi, doc.summary_en)}
        </p>
      </section>
      <section aria-labelledby="attachments" className="mt-6">
        <h2 id="attachments">{t("documents.attachments")}</h2>
        {doc.attachments.length ? (
          <ul className="mt-2 space-y-2">
            {doc.attachments.map((f) => (
              <li key={f.id}>
                <a href={`/documents/${doc.id}/files/${f.id}`} download={f.filename} className="font-semibold">
                  {t("common.download")}: {f.label_vi || f.filename}
                </a>{" "}
                <span className="text-sm text-gray-800">
                  ({fileKindLabel(f.content_type)}, {formatNumber(lang, Math.max(1, Math.round(f.size / 1024)))} KB)
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">{t("documents.noAttachments")}</p>
        )}
      </section>
    </article>
  );
}
