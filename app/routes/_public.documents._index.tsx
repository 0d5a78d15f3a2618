import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { formatDate, pick, translator } from "../i18n";
import { getLang } from "../i18n/lang.server";
import { useI18n } from "../i18n/use-t";
import { SelectField, TextField } from "../components/forms/fields";
import { Pagination } from "../components/ui/pagination";
import { listAgencyOptions } from "../modules/agencies/agencies.queries.server";
import { DOCUMENT_KINDS, DocumentFilters } from "../modules/documents/documents.schema";
import { listDocuments, listDocumentYears } from "../modules/documents/documents.queries.server";
import { getDb } from "../utils/db.server";
import { searchParamsOf } from "../utils/http.server";
import { titleMeta } from "../utils/meta";

export const meta = titleMeta;

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = getLang(request);
  const filters = DocumentFilters.parse(searchParamsOf(request));
  const db = await getDb();
  const [result, agencies, years] = await Promise.all([listDocuments(db, filters), listAgencyOptions(db), listDocumentYears(db)]);
  return { title: translator(lang)("documents.title"), filters, result, agencies, years };
}

export default function Documents() {
  const { filters, result, agencies, years, title } = useLoaderData<typeof loader>();
  const { t, lang } = useI18n();
  return (
    <div>
      <h1>{title}</h1>
      <p className="mt-2 max-w-3xl">{t("documents.lead")}</p>
      <Form method="get" role="search" className="mt-4 grid gap-3 rounded-lg bg-gray-50 p-4 sm:grid-cols-2 lg:grid-cols-4">
        <TextField id="q" name="q" type="search" label={t("documents.q")} value={filters.q} className="sm:col-span-2 lg:col-span-4" />
        <SelectField
          id="kind"
          name="kind"
          label={t("documents.kind")}
          value={filters.kind}
          allLabel={t("common.all")}
          options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documents.kind.${k}`) }))}
        />
        <SelectField
          id="agency"
          name="agency"
          label={t("common.agency")}
          value={filters.agency}
          allLabel={t("common.all")}
          options={agencies.map((a) => ({ value: a.slug, label: pick(lang, a.name_vi, a.name_en) }))}
        />
        <SelectField
          id="year"
          name="year"
          label={t("common.year")}
          value={filters.year ? String(filters.year) : undefined}
          allLabel={t("common.all")}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <div className="flex items-end gap-3">
          <button type="submit" className="btn-primary">
            {t("common.filter")}
          </button>
          <Link to="/documents">{t("common.clear")}</Link>
        </div>
      </Form>
      <p className="mt-6 font-semibold" role="status">
        {t("common.results", { count: result.total })}
      </p>
      {result.relaxed ? <p className="mt-1 text-gray-800">{t("search.relaxed")}</p> : null}
      {result.items.length ? (
        <ol className="mt-3 divide-y divide-gray-200 border-y border-gray-200">
          {result.items.map((d) => (
            <li key={d.id} className="py-3">
              <Link to={`/documents/${d.id}`} className="font-semibold">
                {pick(lang, d.title_vi, d.title_en)}
              </Link>
              <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-gray-800">
                <span className="badge bg-gray-200 text-gray-900">{t(`documents.kind.${d.kind}`)}</span>
                <span>{d.number}</span>
                <span>{pick(lang, d.agency_vi, d.agency_en)}</span>
                <span>{formatDate(lang, d.issued_on)}</span>
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-3">{t("common.noResults")}</p>
      )}
      <Pagination page={result.page} pages={result.pages} />
    </div>
  );
}
