import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { pick, translator } from "../i18n";
import { getLang } from "../i18n/lang.server";
import { useI18n } from "../i18n/use-t";
import { Pagination } from "../components/ui/pagination";
import { parseSearch } from "../modules/search/search.server";
import { searchEverything, type SearchHitType } from "../modules/search/search.queries.server";
import { getDb } from "../utils/db.server";
import { PageParam } from "../utils/pagination";
import { searchParamsOf } from "../utils/http.server";
import { titleMeta } from "../utils/meta";

export const meta = titleMeta;

const SearchParams = z.object({
  q: z.string().transform((s) => s.normalize("NFC").trim().slice(0, 200)).catch(""),
  type: z.enum(["agency", "procedure", "document"]).optional().catch(undefined),
  page: PageParam,
});

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = getLang(request);
  const params = SearchParams.parse({ q: "", ...searchParamsOf(request) });
  const query = parseSearch(params.q);
  const t = translator(lang);
  if (!query) return { title: t("search.title"), params, result: null };
  const result = await searchEverything(await getDb(), query, { type: params.type, page: params.page });
  return { title: `${t("search.title")}: ${params.q}`, params, result };
}

const HREF: Record<SearchHitType, (key: string) => string> = {
  agency: (k) => `/agencies/${k}`,
  procedure: (k) => `/procedures/${k}`,
  document: (k) => `/documents/${k}`,
};

export default function Search() {
  const { params, result } = useLoaderData<typeof loader>();
  const { t, lang } = useI18n();
  const typeHref = (type?: SearchHitType) => `/search?${new URLSearchParams({ q: params.q, ...(type ? { type } : {}) })}`;
  return (
    <div>
      <h1>{t("search.title")}</h1>
      <p className="mt-2">{t("search.lead")}</p>
      <Form method="get" role="search" className="mt-4 flex max-w-2xl flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex-1">
          <label htmlFor="q" className="mb-1 block font-semibold">
            {t("search.q")}
          </label>
          <input id="q" name="q" type="search" defaultValue={params.q} className="input" placeholder={t("common.searchPlaceholder")} />
        </div>
        {params.type ? <input type="hidden" name="type" value={params.type} /> : null}
        <button type="submit" className="btn-primary">
          {t("common.search")}
        </button>
      </Form>
      {!result ? (
        <p className="mt-6">{t("search.empty")}</p>
      ) : (
        <>
          <nav aria-label={t("search.type")} className="mt-6">
            <ul className="flex flex-wrap gap-2">
              {([undefined, "procedure", "document", "agency"] as const).map((type) => {
                const count = type ? result.counts[type] : result.counts.agency + result.counts.procedure + result.counts.document;
                const current = params.type === type;
                return (
                  <li key={type ?? "all"}>
                    <Link
                      to={typeHref(type)}
                      aria-current={current ? "page" : undefined}
                      className={`inline-block rounded-full border-2 px-3 py-1 no-underline ${current ? "border-brand bg-brand text-white hover:text-white" : "border-gray-400 text-gray-900"}`}
                    >
                      {t(`search.type.${type ?? "all"}`)} ({count})
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
          <p className="mt-4 font-semibold" role="status">
            {t("search.resultsFor", { count: result.total, q: params.q })}
          </p>
          {result.relaxed ? <p className="mt-1 text-gray-800">{t("search.relaxed")}</p> : null}
          {result.items.length ? (
            <ol className="mt-3 divide-y divide-gray-200 border-y border-gray-200">
              {result.items.map((hit) => (
                <li key={`${hit.type}-${hit.key}`} className="py-3">
                  <span className="badge mr-2 bg-gray-200 text-gray-900">{t(`search.type.${hit.type}`)}</span>
                  <Link to={HREF[hit.type](hit.key)} className="font-semibold">
                    {pick(lang, hit.title_vi, hit.title_en)}
                  </Link>
                  {hit.detail || hit.agency_vi ? (
                    <p className="mt-1 text-sm text-gray-800">
                      {[hit.detail, hit.agency_vi ? pick(lang, hit.agency_vi, hit.agency_en) : null].filter(Boolean).join(" · ")}
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : (
            <p className="mt-3">{t("common.noResults")}</p>
          )}
          <Pagination page={result.page} pages={result.pages} />
        </>
      )}
    </div>
  );
}
