import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatDate, pick } from "../i18n";
import { getLang } from "../i18n/lang.server";
import { useI18n } from "../i18n/use-t";
import { OnlineBadge } from "../components/ui/badges";
import { RouteErrorBoundary } from "../components/ui/error-page";
import { ProcedureCode } from "../modules/procedures/procedures.schema";
import { getProcedure } from "../modules/procedures/procedures.queries.server";
import { getDb } from "../utils/db.server";
import { notFound, parseParam } from "../utils/http.server";
import { titleMeta } from "../utils/meta";

export const meta = titleMeta;
export const ErrorBoundary = RouteErrorBoundary;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = getLang(request);
  const code = parseParam(ProcedureCode, params.code);
  const procedure = await getProcedure(await getDb(), code);
  if (!procedure) notFound();
  return { title: pick(lang, procedure.name_vi, procedure.name_en), procedure };
}

export default function ProcedurePage() {
  const { procedure: p, title } = useLoaderData<typeof loader>();
  const { t, lang } = useI18n();
  const yesNo = (v: boolean) => (v ? t("common.yes") : t("common.no"));
  return (
    <article className="max-w-4xl">
      <p className="text-sm text-gray-800">
        <Link to="/procedures">{t("procedures.title")}</Link> › {pick(lang, p.field_vi, p.field_en)}
      </p>
      <h1 className="mt-2">{title}</h1>
      {lang === "en" && p.name_en ? (
        <p lang="vi" className="mt-1 text-gray-800">
          {p.name_vi}
        </p>
      ) : null}
      <dl className="mt-5 grid gap-x-6 gap-y-2 rounded-lg bg-gray-50 p-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("procedures.code")}</dt>
        <dd>{p.code}</dd>
        <dt className="font-semibold">{t("common.agency")}</dt>
        <dd>
          <Link to={`/agencies/${p.agency_slug}`}>{pick(lang, p.agency_vi, p.agency_en)}</Link>
        </dd>
        <dt className="font-semibold">{t("procedures.level")}</dt>
        <dd>{t(`procedures.level.${p.level}`)}</dd>
        <dt className="font-semibold">{t("procedures.processing")}</dt>
        <dd>
          {p.processing_days !== null ? t("common.workingDays", { count: p.processing_days }) : null}
          {p.processing_note_vi ? <span lang="vi"> {p.processing_note_vi}</span> : null}
        </dd>
        <dt className="font-semibold">{t("procedures.fee")}</dt>
        <dd lang="vi">{p.fee_vi}</dd>
        <dt className="font-semibold">{t("procedures.online")}</dt>
        <dd>
          <OnlineBadge level={p.online_level} />
        </dd>
        <dt className="font-semibold">{t("procedures.postal.receipt")}</dt>
        <dd>{yesNo(p.postal_receipt)}</dd>
        <dt className="font-semibold">{t("procedures.postal.return")}</dt>
        <dd>{yesNo(p.postal_return)}</dd>
      </dl>
      {p.online_url ? (
        <p className="mt-4 print:hidden">
          <a href={p.online_url} className="btn-primary" rel="noopener">
            {t("procedures.applyOnline")}
          </a>
        </p>
      ) : null}
      <Section id="documents" title={t("procedures.requiredDocuments")} items={p.required_documents_vi} ordered={false} />
      <Section id="steps" title={t("procedures.steps")} items={p.steps_vi} ordered />
      <Section id="legal" title={t("procedures.legalBasis")} items={p.legal_basis_vi} ordered={false} />
      <p className="mt-8 text-sm text-gray-800">{t("common.updated", { date: formatDate(lang, p.updated_on) })}</p>
    </article>
  );
}

function Section({ id, title, items, ordered }: { id: string; title: string; items: string[]; ordered: boolean }) {
  if (!items.length) return null;
  const List = ordered ? "ol" : "ul";
  return (
    <section aria-labelledby={id} className="mt-6">
      <h2 id={id}>{title}</h2>
      {/* The procedure's own text is published in Vietnamese only. */}
      <List lang="vi" className={`mt-2 space-y-1 pl-6 ${ordered ? "list-decimal" : "list-disc"}`}>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </List>
    </section>
  );
}
