import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PeriodPicker, interval, periodLabel, periodOptions, quarterLabel, ratio, score } from "../components/charts/figures";
import { formatCount, formatPercent, formatScore } from "../components/charts/format";
import { LineChart } from "../components/charts/line-chart";
import { MethodLine, TrendChart } from "../components/charts/sections";
import { RouteErrorBoundary } from "../components/ui/error-page";
import { type Lang, type Translate } from "../i18n";
import { useI18n } from "../i18n/use-t";
import { AgencySlug } from "../modules/agencies/agencies.schema";
import { listPeriods, parsePeriod } from "../modules/transparency/periods";
import { defaultPeriod, getReport } from "../modules/transparency/transparency.server";
import { COMPONENTS, type AgencyFigures, type Component } from "../modules/transparency/transparency.types";
import { notFound, parseParam } from "../utils/http.server";
import { titleMeta } from "../utils/meta";
import { requestContext } from "../utils/request.server";

export const meta = titleMeta;
export const ErrorBoundary = RouteErrorBoundary;

// Figures from cached reports, drawn the same for every reader: the rendered page is kept 30 s.
export const handle = { pageCacheSeconds: 30 };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const slug = parseParam(AgencySlug, params.slug);
  const ctx = await requestContext(request, context);
  const range = parsePeriod(new URL(request.url).searchParams.get("period")?.trim() || defaultPeriod(ctx.today)) ?? notFound();
  const opts = { today: ctx.today, cal: ctx.cal, lang: ctx.lang };
  const quarters = listPeriods("quarter", 8, range.to < ctx.today ? range.to : ctx.today);
  const [report, ...trend] = await Promise.all([getReport(ctx.db, range.code, opts), ...quarters.map((q) => getReport(ctx.db, q, opts))]);
  const agency = report.agencies.find((a) => a.slug === slug);
  if (!agency) notFound();
  return {
    title: `${ctx.t("tr.title")}: ${agency.name}`,
    agency,
    ranked: report.agencies.filter((a) => a.rank !== null).length,
    report: { period: report.period, methodVersion: report.methodVersion, generatedAt: report.generatedAt, snapshot: report.snapshot, methodWeights: report.methodWeights },
    options: periodOptions(ctx.today),
    trend: quarters.map((q, i) => {
      const a = trend[i].agencies.find((x) => x.slug === slug);
      return { quarter: q, index: a?.index ?? null, response: a?.rates.response.value ?? null, onTime: a?.rates.onTime.value ?? null };
    }),
  };
}

export default function AgencyTransparency() {
  const { agency, ranked, report, options, trend } = useLoaderData<typeof loader>();
  const { t, lang } = useI18n();
  const period = periodLabel(t, report.period);
  const q = `?period=${encodeURIComponent(report.period)}`;
  const last = trend[trend.length - 1];
  return (
    <article>
      <p className="text-sm font-semibold uppercase tracking-wide text-gray-700">{t("tr.title")}</p>
      <h1>{agency.name}</h1>
      <p className="mt-2">{t("tr.agency.lead", { period })}</p>
      <PeriodPicker t={t} options={options} selected={report.period} action={`/transparency/${agency.slug}`} />
      <MethodLine report={report} lang={lang} t={t} />

      <div className="mt-6 flex flex-wrap gap-4">
        <p className="card border-2 border-brand text-xl font-bold">
          {agency.index === null ? (
            <>
              {t("tr.index")}: <span className="italic text-gray-700">{t("tr.notEnough")}</span>
            </>
          ) : (
            t("tr.agency.indexIs", { index: score(lang, t, agency.index) })
          )}
          <span className="block text-base font-semibold">{agency.rank === null ? t("tr.unranked") : t("tr.agency.rankIs", { rank: agency.rank, count: ranked })}</span>
        </p>
      </div>

      <section aria-labelledby="petitions" className="mt-8">
        <h2 id="petitions">{t("tr.agency.petitions")}</h2>
        <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("tr.received")}</dt>
          <dd className="tabular-nums">{formatCount(lang, agency.received)}</dd>
          <dt className="font-semibold">{t("tr.answered")}</dt>
          <dd className="tabular-nums">{formatCount(lang, agency.answered)}</dd>
          <dt className="font-semibold">{t("tr.medianDays")}</dt>
          <dd className="tabular-nums">
            {agency.medianWorkingDays === null ? (
              <span className="italic text-gray-700">{t("tr.notEnough")}</span>
            ) : (
              t("tr.days", { days: formatScore(lang, agency.medianWorkingDays, "", Number.isInteger(agency.medianWorkingDays) ? 0 : 1) })
            )}
          </dd>
          <dt className="font-semibold">{t("tr.overdueOpen")}</dt>
          <dd className="tabular-nums">
            {formatCount(lang, agency.overdueOpen)} <span className="text-sm text-gray-700">({t("tr.overdueOpenHint")})</span>
          </dd>
        </dl>
      </section>

      <section aria-labelledby="components" className="mt-8">
        <h2 id="components">{t("tr.agency.components")}</h2>
        <p className="mt-1 max-w-3xl">{t("tr.agency.componentsLead")}</p>
        <ComponentsTable agency={agency} methodWeights={report.methodWeights} period={period} lang={lang} t={t} />
      </section>

      <section aria-labelledby="trends" className="mt-8">
        <h2 id="trends">{t("tr.agency.trendIndex")}</h2>
        <LineChart
          id="agency-index-trend"
          kind="column"
          showTitle={false}
          title={t("tr.agency.trendIndex")}
          description={t("tr.agency.trendIndexDesc", {
            summary: last ? t("tr.agency.trendIndexSummary", { quarter: quarterLabel(t, last.quarter), value: score(lang, t, last.index) }) : "",
          })}
          categoryHeader={t("tr.quarter")}
          categories={trend.map((p) => quarterLabel(t, p.quarter))}
          series={[{ key: "index", label: t("tr.index"), values: trend.map((p) => p.index) }]}
          min={0}
          max={100}
          format={(v) => formatScore(lang, v)}
          tickFormat={(v) => formatScore(lang, v, "–", 0)}
          missingLabel={t("tr.notEnough")}
        />
        <h2 id="rates-trend" className="mt-8">
          {t("tr.agency.trendRates")}
        </h2>
        <TrendChart id="agency-rates-trend" title={t("tr.agency.trendRates")} trend={trend} lang={lang} t={t} />
      </section>

      <ul className="mt-8 list-disc space-y-1 pl-6 print:hidden">
        <li>
          <Link to={`/transparency${q}`}>{t("tr.agency.all")}</Link>
        </li>
        <li>
          <Link to={`/agencies/${agency.slug}`}>{t("tr.agency.profile")}</Link>
        </li>
        <li>
          <Link to="/transparency/methodology">{t("tr.methodology")}</Link>
        </li>
      </ul>
    </article>
  );
}

/** What stands behind a component without a rate: the hotline, the documents published, meetings held. */
function detailText(c: Component, detail: AgencyFigures["components"][Component]["detail"], t: Translate, lang: Lang): string {
  if (!detail) return "–";
  if (c === "hotline") {
    const count = Number(detail.hotlines ?? 0);
    return `${t("tr.detail.hotlines", { count: formatCount(lang, count) })}, ${t(detail.verified ? "tr.detail.verified" : "tr.detail.notVerified")}`;
  }
  if (c === "documentsPublished") {
    return t("tr.detail.documents", { planning: formatCount(lang, Number(detail.planning ?? 0)), plan: formatCount(lang, Number(detail.plan ?? 0)), budget: formatCount(lang, Number(detail.budget ?? 0)) });
  }
  if (c === "consultations" || c === "dialogues") {
    return detail.held === null || detail.held === undefined ? t("tr.detail.notRecorded") : t("tr.detail.held", { count: formatCount(lang, Number(detail.held)) });
  }
  return "–";
}

function ComponentsTable({
  agency,
  methodWeights,
  period,
  lang,
  t,
}: {
  agency: AgencyFigures;
  methodWeights: Record<Component, number>;
  period: string;
  lang: Lang;
  t: Translate;
}) {
  return (
    <div className="mt-4 max-w-full overflow-x-auto">
      <table className="table-basic text-sm">
        <caption className="mb-2 text-left font-semibold">{t("tr.agency.componentsCaption", { period })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("tr.agency.component")}</th>
            <th scope="col" className="text-right">
              {t("tr.agency.score")}
            </th>
            <th scope="col" className="text-right">
              {t("tr.agency.weight")}
            </th>
            <th scope="col" className="text-right">
              {t("tr.agency.rate")}
            </th>
            <th scope="col" className="text-right">
              {t("tr.intervalHeader")}
            </th>
            <th scope="col">{t("tr.agency.basis")}</th>
          </tr>
        </thead>
        <tbody>
          {COMPONENTS.map((c) => {
            const comp = agency.components[c];
            const counted = comp.weight > 0;
            return (
              <tr key={c}>
                <th scope="row" className="min-w-[14rem] max-w-xs !border-b !border-gray-200 !align-top !font-normal">
                  <span className="font-semibold">{t(`tr.component.${c}`)}</span>
                  <span className="block text-xs text-gray-700">{t(`tr.def.${c}`)}</span>
                </th>
                <td className="text-right font-semibold tabular-nums">
                  {comp.score === null ? <span className="font-normal italic text-gray-700">{t("tr.notEnough")}</span> : formatScore(lang, comp.score, "–", 2)}
                </td>
                <td className="text-right tabular-nums">
                  {counted ? `${formatScore(lang, comp.weight, "–", 1)}%` : <span className="text-gray-700">{t("tr.agency.notCounted")}</span>}
                  <span className="block text-xs text-gray-700">
                    {t("method.weight")}: {formatCount(lang, methodWeights[c] ?? 0)}
                  </span>
                </td>
                <td className="text-right tabular-nums">
                  {!comp.rate ? "–" : comp.rate.value === null ? <span className="italic text-gray-700">{t("tr.notEnough")}</span> : formatPercent(lang, comp.rate.value)}
                </td>
                <td className="text-right tabular-nums">{interval(lang, comp.rate)}</td>
                <td className="tabular-nums">{comp.rate ? ratio(lang, t, comp.rate.numerator, comp.rate.denominator) : detailText(c, comp.detail, t, lang)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
