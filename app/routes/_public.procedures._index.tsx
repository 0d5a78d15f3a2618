import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { pick, translator } from "../i18n";
import { getLang } from "../i18n/lang.server";
import { useI18n } from "../i18n/use-t";
import { SelectField, TextField } from "../components/forms/fields";
import { Pagination } from "../components/ui/pagination";
import { OnlineBadge } from "../components/ui/badges";
import { listAgencyOptions } from "../modules/agencies/agencies.queries.server";
import { ProcedureFilters } from "../modules/procedures/procedures.schema";
import { listFields, listProcedures } from "../modules/procedures/procedures.queries.server";
import { getDb } from "../utils/db.server";
import { searchParamsOf } from "../utils/http.server";
import { titleMeta } from "../utils/meta";

export const meta = titleMeta;

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = getLang(request);
  const filters = ProcedureFilters.parse(searchParamsOf(request));
  const db = await getDb();
  const [result, agencies, fields] = await Promise.all([listProcedures(db, filters), listAgencyOptions(db), listFields(db)]);
  return { title: translator(lang)("procedures.title"), filters, result, agencies, fields };
}

export default function Procedures() {
  const { filters, result, agencies, fields, title } = useLoaderData<typeof loader>();
  const { t, lang } = useI18n();
  return (
    <div>
      <h1>{title}</h1>
      <p className="mt-2">{t("procedures.lead")}</p>
      <Form method="get" role="search" className="mt-4 grid gap-3 rounded-lg bg-gray-50 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <TextField id="q" name="q" type="search" label={t("procedures.q")} value={filters.q} className="sm:col-span-2 lg:col-span-3" inputProps={{ placeholder: t("common.searchPlaceholder") }} />
        <SelectField
          id="agency"
          name="agency"
          label={t("common.agency")}
          value={filters.agency}
          allLabel={t("common.all")}
          options={agencies.map((a) => ({ value: a.slug, label: pick(lang, a.name_vi, a.name_en) }))}
        />
        <SelectField
          id="field"
          name="field"
          label={t("procedures.field")}
          value={filters.field}
          allLabel={t("common.all")}
          options={fields.map((f) => ({ value: f.slug, label: pick(lang, f.name_vi, f.name_en) }))}
        />
        <SelectField
          id="online"
          name="online"
          label={t("procedures.online")}
          value={filters.online}
          allLabel={t("common.all")}
          options={[
            { value: "full", label: t("procedures.online.full") },
            { value: "partial", label: t("procedures.online.partial") },
            { value: "none", label: t("procedures.online.none") },
          ]}
        />
        <SelectField
          id="postal"
          name="postal"
          label={t("procedures.postal")}
          value={filters.postal}
          allLabel={t("common.all")}
          options={[
            { value: "receipt", label: t("procedures.postal.receipt") },
            { value: "return", label: t("procedures.postal.return") },
            { value: "any", label: t("procedures.postal.any") },
          ]}
        />
        <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-1">
          <button type="submit" className="btn-primary">
            {t("common.filter")}
          </button>
          <Link to="/procedures">{t("common.clear")}</Link>
        </div>
      </Form>

      <p className="mt-6 font-semibold" role="status">
        {t("common.results", { count: result.total })}
      </p>
      {result.relaxed ? <p className="mt-1 text-gray-800">{t("search.relaxed")}</p> : null}
      {result.items.length ? (
        <ol className="mt-3 divide-y divide-gray-200 border-y border-gray-200">
          {result.items.map((p) => (
            <li key={p.code} className="py-3">
              <Link to={`/procedures/${p.code}`} className="font-semibold">
                {pick(lang, p.name_vi, p.name_en)}
              </Link>
              <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-gray-800">
                <span>{p.code}</span>
                <span>{pick(lang, p.agency_vi, p.agency_en)}</span>
                <span>{pick(lang, p.field_vi, p.field_en)}</span>
                <OnlineBadge level={p.online_level} />
                {p.postal_receipt || p.postal_return ? <span className="badge bg-gold-light text-gray-900">{t("procedures.postal")}</span> : null}
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

