import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { formatDate, pick, translator } from "../i18n";
import { getLang } from "../i18n/lang.server";
import { useI18n } from "../i18n/use-t";
import { getProvince, listAgencyOptions } from "../modules/agencies/agencies.queries.server";
import { latestDocuments } from "../modules/documents/documents.queries.server";
import { getDb } from "../utils/db.server";
import { titleMeta } from "../utils/meta";

export const meta = titleMeta;

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = getLang(request);
  const db = await getDb();
  const [province, agencies, documents] = await Promise.all([getProvince(db), listAgencyOptions(db), latestDocuments(db, 6)]);
  return {
    title: translator(lang)("home.title", { province: pick(lang, province.name_vi, province.name_en) }),
    agencies,
    documents,
  };
}

export default function Home() {
  const { agencies, documents, title } = useLoaderData<typeof loader>();
  const { t, lang } = useI18n();
  return (
    <div className="space-y-10">
      <section aria-labelledby="home-title" className="rounded-lg bg-brand-light p-5 sm:p-8">
        <h1 id="home-title">{title}</h1>
        <p className="mt-2 max-w-3xl text-lg">{t("home.lead")}</p>
        <Form method="get" action="/search" role="search" className="mt-5 flex max-w-2xl flex-col gap-2 sm:flex-row sm:items-end">
          <div className="flex-1">
            <label htmlFor="home-q" className="mb-1 block font-semibold">
              {t("home.searchLabel")}
            </label>
            <input id="home-q" name="q" type="search" className="input" placeholder={t("common.searchPlaceholder")} />
          </div>
          <button type="submit" className="btn-primary">
            {t("common.search")}
          </button>
        </Form>
      </section>

      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="hotline-finder" className="card">
          <h2 id="hotline-finder">{t("home.hotlineFinder")}</h2>
          <Form method="get" action="/hotlines" className="mt-3 space-y-3">
            <div>
              <label htmlFor="hotline-agency" className="mb-1 block font-semibold">
                {t("home.hotlineSelect")}
              </label>
              <p id="hotline-agency-hint" className="mb-1 text-sm text-gray-700">
                {t("home.hotlineFinderHint")}
              </p>
              <select id="hotline-agency" name="agency" className="input" aria-describedby="hotline-agency-hint" defaultValue="">
                <option value="">{t("home.hotlineChoose")}</option>
                {agencies.map((a) => (
                  <option key={a.slug} value={a.slug}>
                    {pick(lang, a.name_vi, a.name_en)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn-primary">
              {t("home.hotlineShow")}
            </button>
          </Form>
          <p className="mt-4">
            <Link to="/hotlines">{t("home.allHotlines")}</Link>
          </p>
        </section>

        <section aria-labelledby="petition-cta" className="card">
          <h2 id="petition-cta">{t("home.petitionTitle")}</h2>
          <p className="mt-2">{t("home.petitionLead")}</p>
          <p className="mt-4 flex flex-wrap gap-3">
            <Link to="/petitions/new" className="btn-primary">
              {t("home.petitionCta")}
            </Link>
            <Link to="/petitions/track" className="btn-secondary">
              {t("home.trackCta")}
            </Link>
          </p>
          <h2 className="mt-6 text-lg">{t("home.quick")}</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            <li>
              <Link to="/agencies">{t("nav.agencies")}</Link>
            </li>
            <li>
              <Link to="/procedures?online=full">{t("procedures.online.full")}: {t("nav.procedures")}</Link>
            </li>
            <li>
              <Link to="/documents?kind=support_policy">{t("documents.kind.support_policy")}</Link>
            </li>
            <li>
              <Link to="/documents?kind=budget">{t("documents.kind.budget")}</Link>
            </li>
          </ul>
        </section>
      </div>

      <section aria-labelledby="latest-docs">
        <h2 id="latest-docs">{t("home.latestDocuments")}</h2>
        <ul className="mt-3 divide-y divide-gray-200 border-y border-gray-200">
          {documents.map((d) => (
            <li key={d.id} className="py-3">
              <Link to={`/documents/${d.id}`} className="font-semibold">
                {pick(lang, d.title_vi, d.title_en)}
              </Link>
              <p className="text-sm text-gray-700">
                {d.number} · {pick(lang, d.agency_vi, d.agency_en)} · {formatDate(lang, d.issued_on)}
              </p>
            </li>
          ))}
        </ul>
        <p className="mt-3">
          <Link to="/documents">{t("common.more")}</Link>
        </p>
      </section>
    </div>
  );
}
