import { Link } from "@remix-run/react";
import { formatDate, type Lang, type Translate } from "../../i18n";
import type { Rate, TransparencyReport } from "../../modules/transparency/transparency.types";
import { BarChart } from "./bar-chart";
import { RateCell, pct, periodLabel, quarterLabel, ratio, score } from "./figures";
import { formatCount, formatPercent, formatScore } from "./format";
import { LineChart } from "./line-chart";
import { RankChart } from "./rank-chart";
import { TargetChart, targetStatus } from "./target-chart";

/** The sections of the transparency pages, built from a TransparencyReport (shared by /transparency and /transparency/:slug). */

/** What the overview sections read: the report without each agency's component breakdown (the heavy part). */
export type ReportSummary = Omit<TransparencyReport, "agencies"> & { agencies: Array<Omit<TransparencyReport["agencies"][number], "components">> };
export type Props = { report: ReportSummary; lang: Lang; t: Translate };

/** "Figures for …, method version N (linked), computed at …", and whether they are frozen. */
export function MethodLine({ report, lang, t }: { report: Pick<TransparencyReport, "period" | "methodVersion" | "generatedAt" | "snapshot">; lang: Lang; t: Translate }) {
  return (
    <p className="mt-4 text-sm text-gray-800">
      <strong>{t("tr.showing", { period: periodLabel(t, report.period) })}</strong>
      {" · "}
      <Link to="/transparency/methodology">{t("tr.methodVersion", { version: report.methodVersion })}</Link>
      {" · "}
      {t("tr.generatedAt", { time: `${report.generatedAt.slice(11, 16)} ${formatDate(lang, report.generatedAt.slice(0, 10))}` })}
      {report.snapshot ? <span className="mt-1 block">{t("tr.snapshot")}</span> : null}
    </p>
  );
}

/** One figure of the overview: its value large, what it is made of underneath. */
function Figure({ label, value, detail, missing = false }: { label: string; value: string; detail?: string; missing?: boolean }) {
  return (
    <div className="card">
      <dt className="text-sm font-semibold text-gray-800">{label}</dt>
      <dd className={`mt-1 text-2xl font-bold tabular-nums ${missing ? "text-lg italic text-gray-700" : ""}`}>{value}</dd>
      {detail ? <dd className="text-sm text-gray-700">{detail}</dd> : null}
    </div>
  );
}

function rateDetail(lang: Lang, t: Translate, r: Rate): string {
  const n = ratio(lang, t, r.numerator, r.denominator);
  return r.value === null ? n : `${n} · ${t("tr.interval", { low: formatPercent(lang, r.low), high: formatPercent(lang, r.high) })}`;
}

export function Overview({ report, lang, t }: Props) {
  const p = report.province;
  const rates = p.rates;
  return (
    <section aria-labelledby="overview" className="mt-8">
      <h2 id="overview">
        {t("tr.overview")}: {p.name}
      </h2>
      <p className="mt-1">{t("tr.overviewLead")}</p>
      <dl className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Figure label={t("tr.received")} value={formatCount(lang, p.received)} />
        <Figure label={t("tr.answered")} value={formatCount(lang, p.answered)} />
        <Figure label={t("tr.responseRate")} value={pct(lang, t, rates.response.value)} detail={rateDetail(lang, t, rates.response)} missing={rates.response.value === null} />
        <Figure label={t("tr.onTimeRate")} value={pct(lang, t, rates.onTime.value)} detail={rateDetail(lang, t, rates.onTime)} missing={rates.onTime.value === null} />
        <Figure
          label={t("tr.medianDays")}
          value={p.medianWorkingDays === null ? t("tr.notEnough") : t("tr.days", { days: formatScore(lang, p.medianWorkingDays, "", Number.isInteger(p.medianWorkingDays) ? 0 : 1) })}
          missing={p.medianWorkingDays === null}
        />
        <Figure label={t("tr.overdueOpen")} value={formatCount(lang, p.overdueOpen)} detail={t("tr.overdueOpenHint")} />
        <Figure label={t("tr.publicationRate")} value={pct(lang, t, rates.publication.value)} detail={rateDetail(lang, t, rates.publication)} missing={rates.publication.value === null} />
        <Figure label={t("tr.satisfaction")} value={pct(lang, t, rates.satisfaction.value)} detail={rateDetail(lang, t, rates.satisfaction)} missing={rates.satisfaction.value === null} />
      </dl>
    </section>
  );
}

export function Targets({ report, lang, t, id = "targets-chart" }: Props & { id?: string }) {
  const rows = report.province.targets.map((x) => ({
    key: x.key,
    label: t(`tr.target.${x.key}`),
    target: x.target,
    value: x.actual.value,
    numerator: x.actual.numerator,
    denominator: x.actual.denominator,
  }));
  const met = rows.filter((r) => targetStatus(r) === "met").length;
  return (
    <TargetChart
      id={id}
      title={t("tr.targets")}
      description={t("tr.targetsDesc", { summary: t("tr.metSummary", { met, total: rows.length }) })}
      rows={rows}
      showTitle={false}
      format={(v) => formatPercent(lang, v, "–", 0)}
      labels={{
        item: t("tr.targetItem"),
        target: t("tr.target"),
        actual: t("tr.actual"),
        counts: t("tr.counts"),
        status: t("tr.status"),
        met: t("tr.met"),
        notMet: t("tr.notMet"),
        missing: t("tr.notEnough"),
        ratio: (a, b) => ratio(lang, t, a, b),
      }}
    />
  );
}

export function Pci({ report, lang, t, id = "pci-chart" }: Props & { id?: string }) {
  const years = report.province.pci;
  if (!years.length) return <p className="mt-3">{t("tr.pciNone")}</p>;
  const latest = years[years.length - 1];
  const rankOf = (rank: number, of: number) => `${rank}/${of}`;
  return (
    <RankChart
      id={id}
      title={t("tr.pciChart")}
      description={t("tr.pciDesc", {
        target: rankOf(latest.targetRank, 63),
        summary: t("tr.pciLatest", { year: latest.year, score: formatScore(lang, latest.transparencyScore, "–", 2), rank: rankOf(latest.transparencyRank, latest.provinces) }),
      })}
      years={years.map((y) => ({ year: y.year, score: y.transparencyScore, rank: y.transparencyRank, of: y.provinces, targetRank: y.targetRank }))}
      target={latest.targetRank}
      formatScore={(v) => formatScore(lang, v, "–", 2)}
      labels={{
        year: t("tr.pciYear"),
        score: t("tr.pciScore"),
        rank: t("tr.pciRank"),
        target: t("tr.pciTarget"),
        status: t("tr.status"),
        met: t("tr.met"),
        notMet: t("tr.notMet"),
        missing: t("tr.notEnough"),
        rankOf,
        targetLine: t("tr.pciTargetLine", { rank: latest.targetRank, of: 63 }),
      }}
    />
  );
}

export function RankingTable({ report, lang, t }: Props) {
  const caption = t("tr.rankingCaption", { period: periodLabel(t, report.period) });
  const q = `?period=${encodeURIComponent(report.period)}`;
  return (
    <div className="mt-4 max-w-full overflow-x-auto">
      <table className="table-basic text-sm" id="ranking-table">
        <caption className="mb-2 text-left font-semibold">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="text-right">
              {t("tr.rank")}
            </th>
            <th scope="col">{t("tr.agency")}</th>
            <th scope="col" className="text-right">
              {t("tr.index")}
            </th>
            <th scope="col" className="text-right">
              {t("tr.responseRate")}
            </th>
            <th scope="col" className="text-right">
              {t("tr.onTimeRate")}
            </th>
            <th scope="col" className="text-right">
              {t("tr.publicationRate")}
            </th>
            <th scope="col" className="text-right">
              {t("tr.satisfaction")}
            </th>
            <th scope="col" className="text-right">
              {t("tr.received")}
            </th>
            <th scope="col" className="text-right">
              {t("tr.overdueOpen")}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.agencies.map((a) => (
            <tr key={a.slug}>
              <td className="text-right tabular-nums">{a.rank ?? <span className="text-gray-700">{t("tr.unranked")}</span>}</td>
              <th scope="row" className="min-w-[12rem] !border-b !border-gray-200 !align-top !font-normal">
                <Link to={`/transparency/${a.slug}${q}`}>{a.name}</Link>
              </th>
              <td className="text-right font-semibold tabular-nums">{a.index === null ? <span className="whitespace-nowrap font-normal italic text-gray-700">{t("tr.notEnough")}</span> : score(lang, t, a.index)}</td>
              <td className="text-right tabular-nums">
                <RateCell lang={lang} t={t} rate={a.rates.response} />
              </td>
              <td className="text-right tabular-nums">
                <RateCell lang={lang} t={t} rate={a.rates.onTime} />
              </td>
              <td className="text-right tabular-nums">
                <RateCell lang={lang} t={t} rate={a.rates.publication} />
              </td>
              <td className="text-right tabular-nums">
                <RateCell lang={lang} t={t} rate={a.rates.satisfaction} />
              </td>
              <td className="text-right tabular-nums">{formatCount(lang, a.received)}</td>
              <td className="text-right tabular-nums">{formatCount(lang, a.overdueOpen)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function IndexChart({ report, lang, t }: Props) {
  const ranked = report.agencies.filter((a) => a.index !== null);
  const top = ranked[0];
  const bottom = ranked[ranked.length - 1];
  const missing = report.agencies.length - ranked.length;
  const period = periodLabel(t, report.period);
  const q = `?period=${encodeURIComponent(report.period)}`;
  const summary = top
    ? t("tr.indexSummary", { top: top.name, topValue: score(lang, t, top.index), bottom: bottom.name, bottomValue: score(lang, t, bottom.index), missing })
    : t("tr.notEnough");
  return (
    <BarChart
      id="index-chart"
      title={t("tr.indexChart", { period })}
      description={t("tr.indexChartDesc", { summary })}
      labelHeader={t("tr.agency")}
      valueHeader={t("tr.index")}
      data={report.agencies.map((a) => ({ key: a.slug, label: a.name, value: a.index, href: `/transparency/${a.slug}${q}` }))}
      max={100}
      format={(v) => formatScore(lang, v)}
      missingLabel={t("tr.notEnough")}
    />
  );
}

/** The response and on-time rates over 8 quarters (province or one agency). */
export function TrendChart({
  id,
  title,
  trend,
  lang,
  t,
  showTitle = false,
}: {
  id: string;
  title: string;
  trend: Array<{ quarter: string; response: number | null; onTime: number | null }>;
  lang: Lang;
  t: Translate;
  showTitle?: boolean;
}) {
  const last = trend[trend.length - 1];
  const summary = last ? t("tr.trendSummary", { quarter: quarterLabel(t, last.quarter), response: pct(lang, t, last.response), onTime: pct(lang, t, last.onTime) }) : "";
  return (
    <LineChart
      id={id}
      title={title}
      showTitle={showTitle}
      description={t("tr.trendDesc", { summary })}
      categoryHeader={t("tr.quarter")}
      categories={trend.map((p) => quarterLabel(t, p.quarter))}
      series={[
        { key: "response", label: t("tr.responseRate"), values: trend.map((p) => p.response) },
        { key: "onTime", label: t("tr.onTimeRate"), values: trend.map((p) => p.onTime) },
      ]}
      min={0}
      max={1}
      format={(v) => formatPercent(lang, v)}
      tickFormat={(v) => formatPercent(lang, v, "–", 0)}
      missingLabel={t("tr.notEnough")}
    />
  );
}

