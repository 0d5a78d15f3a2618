import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatDate, pick, type MessageKey } from "../i18n";
import { getLang } from "../i18n/lang.server";
import { useI18n } from "../i18n/use-t";
import { HotlineList } from "../components/ui/hotlines";
import { RouteErrorBoundary } from "../components/ui/error-page";
import { AgencySlug } from "../modules/agencies/agencies.schema";
import { getAgencyBySlug } from "../modules/agencies/agencies.queries.server";
import { withHotlineStatus } from "../modules/agencies/agencies.server";
import { todayInVietnam } from "../modules/calendar/calendar";
import { listDocuments } from "../modules/documents/documents.queries.server";
import { listProcedures } from "../modules/procedures/procedures.queries.server";
import { getDb } from "../utils/db.server";
import { notFound, parseParam } from "../utils/http.server";
import { titleMeta } from "../utils/meta";

export const meta = titleMeta;
export const ErrorBoundary = RouteErrorBoundary;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = getLang(request);
  const slug = parseParam(AgencySlug, params.slug);
  const db = await getDb();
  const agency = await getAgencyBySlug(db, slug);
  if (!agency) notFound();
  const [procedures, documents] = await Promise.all([
    listProcedures(db, { agency: slug, page: 1 }, 10),
    listDocuments(db, { agency: slug, page: 1 }, 8),
  ]);
  const [withStatus] = withHotlineStatus([agency], todayInVietnam());
  return {
    title: pick(lang, agency.name_vi, agency.name_en),
    agency: withStatus,
    procedures: procedures.items,
    documents: documents.items,
  };
}

export default function AgencyPage() {
  const { agency, procedures, documents, title } = useLoaderData<typeof loader>();
  const { t, lang } = useI18n();
  return (
    <article>
      <p className="text-sm font-semibold uppercase tracking-wide text-gray-700">{t(`kind.${agency.kind}` as MessageKey)}</p>
      <h1>{title}</h1>
      {lang === "en" && agency.name_en ? (
        <p lang="vi" className="text-gray-800">
          {agency.name_vi}
        </p>
      ) : null}
      <p className="mt-3 max-w-3xl">{pick(lang, agency.description_vi, agency.description_en)}</p>

      <div className="mt-6 grid gap-6 md:grid-cols-3">
        <section aria-labelledby="hotlines" className="card border-2 border-brand md:col-span-1">
          <h2 id="hotlines">{t("agencies.hotlines")}</h2>
          <div className="mt-3">
            <HotlineList hotlines={agency.hotlines} large />
          </div>
          <p className="mt-4 flex flex-col gap-2 print:hidden">
            <Link to={`/petitions/new?agency=${agency.slug}`} className="btn-primary">
              {t("agencies.petition")}
            </Link>
            <Link to={`/agencies/${agency.slug}/poster`} className="btn-secondary">
              {t("agencies.poster")}
            </Link>
          </p>
        </section>
        <section aria-labelledby="contact" className="card md:col-span-2">
          <h2 id="contact">{t("agencies.contact")}</h2>
          <dl className="mt-3 grid gap-x-4 gap-y-2 sm:grid-cols-[max-content_1fr]">
            <dt className="font-semibold">{t("common.address")}</dt>
            <dd>{agency.address}</dd>
            <dt className="font-semibold">{t("common.email")}</dt>
            <dd>
              <a href={`mailto:${agency.email}`}>{agency.email}</a>
            </dd>
            {agency.website ? (
              <>
                <dt className="font-semibold">{t("common.website")}</dt>
                <dd>
                  <a href={agency.website} rel="noopener">
                    {agency.website}
                  </a>
                </dd>
              </>
            ) : null}
            <dt className="font-semibold">{t("common.officeHours")}</dt>
            <dd>{pick(lang, agency.office_hours_vi, agency.office_hours_en)}</dd>
            {agency.head_name ? (
              <>
                <dt className="font-semibold">{t("common.head")}</dt>
                <dd>
                  {agency.head_name}
                  {agency.head_title_vi ? `, ${agency.head_title_vi}` : ""}
                </dd>
              </>
            ) : null}
          </dl>
        </section>
      </div>

      <section aria-labelledby="procedures" className="mt-8">
        <h2 id="procedures">{t("agencies.procedures", { count: agency.procedureCount })}</h2>
        <ul className="mt-3 divide-y divide-gray-200 border-y border-gray-200">
          {procedures.map((p) => (
            <li key={p.code} className="py-2">
              <Link to={`/procedures/${p.code}`}>{pick(lang, p.name_vi, p.name_en)}</Link>
              <span className="ml-2 text-sm text-gray-700">{p.code}</span>
            </li>
          ))}
        </ul>
        {agency.procedureCount > procedures.length ? (
          <p className="mt-2">
            <Link to={`/procedures?agency=${agency.slug}`}>{t("agencies.allProcedures")}</Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="documents" className="mt-8">
        <h2 id="documents">{t("agencies.documents", { count: agency.documentCount })}</h2>
        <ul className="mt-3 divide-y divide-gray-200 border-y border-gray-200">
          {documents.map((d) => (
            <li key={d.id} className="py-2">
              <Link to={`/documents/${d.id}`}>{pick(lang, d.title_vi, d.title_en)}</Link>
              <span className="block text-sm text-gray-700">
                {d.number} · {formatDate(lang, d.issued_on)}
              </span>
            </li>
          ))}
        </ul>
        {agency.documentCount > documents.length ? (
          <p className="mt-2">
            <Link to={`/documents?agency=${agency.slug}`}>{t("agencies.allDocuments")}</Link>
          </p>
        ) : null}
      </section>
    </article>
  );
}
