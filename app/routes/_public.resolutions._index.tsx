import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { formatDate, pick, translator } from "../i18n";
import { getLang } from "../i18n/lang.server";
import { useI18n } from "../i18n/use-t";
import { SelectField, TextField } from "../components/forms/fields";
import { Pagination } from "../components/ui/pagination";
import { getProvince, listAgencyOptions } from "../modules/agencies/agencies.queries.server";
import { ResolutionFilters } from "../modules/resolutions/resolutions.schema";
import { listResolutions, listResolutionYears } from "../modules/resolutions/resolutions.queries.server";
import { answerExcerpt, withAnswerDays } from "../modules/resolutions/resolutions.server";
import { getDb } from "../utils/db.server";
import { searchParamsOf } from "../utils/http.server";
import { titleMeta } from "../utils/meta";

const FEED_PATH = "/feeds/resolutions.atom";

// The page title, plus the feed for browsers and readers that discover it from the page.
export const meta: MetaFunction<typeof loader> = (args) => [
  ...titleMeta(args),
  ...(args.data ? [{ tagName: "link", rel: "alternate", type: "application/atom+xml", href: FEED_PATH, title: args.data.feedTitle }] : []),
];

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = getLang(request);
  const t = translator(lang);
  const filters = ResolutionFilters.parse(searchParamsOf(request));
  const db = await getDb();
  const [result, agencies, years, province] = await Promise.all([
    listResolutions(db, filters),
    listAgencyOptions(db),
    listResolutionYears(db),
    getProvince(db),
  ]);
  const items = (await withAnswerDays(db, result.items)).map(({ answer_excerpt, ...r }) => ({ ...r, excerpt: answerExcerpt(answer_excerpt) }));
  return {
    title: t("resolutions.title"),
    feedTitle: t("resolutions.feedTitle", { portal: pick(lang, province.portal_name_vi, province.portal_name_en) }),
    filtered: Boolean(filters.q || filters.agency || filters.year),
    filters,
    result: { ...result, items },
    agencies,
    years,
  };
}

export default function Resolutions() {
  const { filters, result, agencies, years, title, filtered } = useLoaderData<typeof loader>();
  const { t, lang } = useI18n();
  return (
    <div>
      <h1>{title}</h1>
      <p className="mt-2 max-w-3xl">{t("resolutions.lead")}</p>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <a href={FEED_PATH} type="application/atom+xml">
          {t("resolutions.feed")}
        </a>
        <Link to="/petitions/new">{t("resolutions.fileOne")}</Link>
      </p>
      <Form method="get" role="search" className="mt-4 grid gap-3 rounded-lg bg-gray-50 p-4 sm:grid-cols-2 lg:grid-cols-3">
        <TextField
          id="q"
          name="q"
          type="search"
          label={t("resolutions.q")}
          hint={t("resolutions.qHint")}
          value={filters.q}
          className="sm:col-span-2 lg:col-span-3"
        />
        <SelectField
          id="agency"
          name="agency"
          label={t("resolutions.agency")}
          value={filters.agency}
          allLabel={t("common.all")}
          options={agencies.map((a) => ({ value: a.slug, label: pick(lang, a.name_vi, a.name_en) }))}
        />
        <SelectField
          id="year"
          name="year"
          label={t("resolutions.year")}
          value={filters.year ? String(filters.year) : undefined}
          allLabel={t("common.all")}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <div className="flex items-end gap-3">
          <button type="submit" className="btn-primary">
            {t("common.filter")}
          </button>
          <Link to="/resolutions">{t("common.clear")}</Link>
        </div>
      </Form>
      <p className="mt-6 font-semibold" role="status">
        {t("common.results", { count: result.total })}
      </p>
      {result.relaxed ? <p className="mt-1 text-gray-800">{t("search.relaxed")}</p> : null}
      {result.items.length ? (
        <ol className="mt-3 divide-y divide-gray-200 border-y border-gray-200">
          {result.items.map((r) => (
            <li key={r.code} className="py-4">
              <p className="text-sm text-gray-800">
                <span className="font-mono">{r.code}</span>
                {" · "}
                {pick(lang, r.topic_vi, r.topic_en)}
              </p>
              <h2 className="mt-1 text-lg">
                <Link to={`/resolutions/${r.code}`} lang="vi">
                  {r.published_subject ?? r.code}
                </Link>
              </h2>
              {r.excerpt ? (
                <p className="mt-1 text-gray-900" lang="vi">
                  {r.excerpt}
                </p>
              ) : null}
              <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-gray-800">
                <span>{r.agency_vi ? pick(lang, r.agency_vi, r.agency_en) : t("resolutions.noAgency")}</span>
                <span>
                  {t("resolutions.received")}: {formatDate(lang, r.received_on)}
                </span>
                {r.answered_on ? (
                  <span>
                    {t("resolutions.answered")}: {formatDate(lang, r.answered_on)}
                  </span>
                ) : null}
                {r.published_on ? (
                  <span>
                    {t("resolutions.published")}: {formatDate(lang, r.published_on)}
                  </span>
                ) : null}
                {r.answerWorkingDays !== null ? (
                  <span className="badge bg-gray-200 text-gray-900">{t("resolutions.answeredIn", { count: r.answerWorkingDays })}</span>
                ) : null}
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-3">{filtered ? t("resolutions.emptyFiltered") : t("resolutions.empty")}</p>
      )}
      <Pagination page={result.page} pages={result.pages} />
    </div>
  );
}
