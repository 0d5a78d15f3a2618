import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { PeriodPicker, periodLabel, periodOptions } from "../components/charts/figures";
import { IndexChart, MethodLine, Overview, Pci, RankingTable, Targets, TrendChart } from "../components/charts/sections";
import { RouteErrorBoundary } from "../components/ui/error-page";
import { useI18n } from "../i18n/use-t";
import { listPeriods, parsePeriod } from "../modules/transparency/periods";
import { PCI_TARGET_RANK, defaultPeriod, getReport } from "../modules/transparency/transparency.server";
import { notFound } from "../utils/http.server";
import { titleMeta } from "../utils/meta";
import { requestContext } from "../utils/request.server";

export const meta = titleMeta;
export const ErrorBoundary = RouteErrorBoundary;

// Figures from cached reports, drawn the same for every reader: the rendered page is kept 30 s.
export const handle = { pageCacheSeconds: 30 };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requestContext(request, context);
  // ?period= (default: the current year); a period that does not exist is a 404.
  const range = parsePeriod(new URL(request.url).searchParams.get("period")?.trim() || defaultPeriod(ctx.today)) ?? notFound();
  const opts = { today: ctx.today, cal: ctx.cal, lang: ctx.lang };
  // The trend: the 8 quarters ending with the chosen period (or today, while it runs).
  const quarters = listPeriods("quarter", 8, range.to < ctx.today ? range.to : ctx.today);
  // Each quarter is its own report; the figures module caches them (and freezes ended ones).
  const [report, ...trend] = await Promise.all([getReport(ctx.db, range.code, opts), ...quarters.map((q) => getReport(ctx.db, q, opts))]);
  return {
    title: ctx.t("tr.title"),
    // The page shows each agency's rates, not its component breakdown: leave that out of the payload.
    report: { ...report, agencies: report.agencies.map(({ components: _components, ...agency }) => agency) },
    options: periodOptions(ctx.today),
    // A value of a .server module: the browser bundle does not have it, so it travels with the data.
    pciTarget: PCI_TARGET_RANK,
    trend: quarters.map((q, i) => ({ quarter: q, response: trend[i].province.rates.response.value, onTime: trend[i].province.rates.onTime.value })),
  };
}

export default function TransparencyIndex() {
  const { title, report, options, trend, pciTarget } = useLoaderData<typeof loader>();
  const { t, lang } = useI18n();
  const q = `period=${encodeURIComponent(report.period)}`;
  const reportPeriod = /^\d{4}(-H[12])?$/.test(report.period) ? report.period : report.period.slice(0, 4);
  return (
    <div>
      <h1>{title}</h1>
      <p className="mt-2 max-w-3xl">{t("tr.lead")}</p>
      <PeriodPicker t={t} options={options} selected={report.period} action="/transparency" />
      <MethodLine report={report} lang={lang} t={t} />

      <Overview report={report} lang={lang} t={t} />

      <section aria-labelledby="targets" className="mt-10">
        <h2 id="targets">{t("tr.targets")}</h2>
        <p className="mt-1 max-w-3xl">{t("tr.targetsLead")}</p>
        <Targets report={report} lang={lang} t={t} />
      </section>

      <section aria-labelledby="pci" className="mt-10">
        <h2 id="pci">{t("tr.pci")}</h2>
        <p className="mt-1 max-w-3xl">{t("tr.pciLead", { target: `${pciTarget}/63` })}</p>
        <Pci report={report} lang={lang} t={t} />
      </section>

      <section aria-labelledby="ranking" className="mt-10">
        <h2 id="ranking">{t("tr.ranking")}</h2>
        <p className="mt-1 max-w-3xl">{t("tr.rankingLead")}</p>
        <RankingTable report={report} lang={lang} t={t} />
        <IndexChart report={report} lang={lang} t={t} />
      </section>

      <section aria-labelledby="trend" className="mt-10">
        <h2 id="trend">{t("tr.trend")}</h2>
        <TrendChart id="trend-chart" title={t("tr.trend")} trend={trend} lang={lang} t={t} />
      </section>

      <section aria-labelledby="data" className="mt-10 print:hidden">
        <h2 id="data">{t("tr.data")}</h2>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          <li>
            <a href={`/transparency.csv?${q}${lang === "en" ? "&lang=en" : ""}`} download>
              {t("tr.csv")}
            </a>
          </li>
          <li>
            <a href={`/transparency.json?${q}${lang === "en" ? "&lang=en" : ""}`}>{t("tr.json")}</a>
          </li>
          <li>
            <Link to={`/reports/${reportPeriod}`}>{t("tr.report", { period: periodLabel(t, reportPeriod) })}</Link>
          </li>
          <li>
            <Link to="/transparency/methodology">{t("tr.methodology")}</Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
