import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { periodLabel, periodOptions, ratio } from "../components/charts/figures";
import { formatCount, formatPercent, formatScore } from "../components/charts/format";
import { StatusWord, targetStatus } from "../components/charts/target-chart";
import { RouteErrorBoundary } from "../components/ui/error-page";
import { formatDate, pick, type Lang, type Translate } from "../i18n";
import { useI18n } from "../i18n/use-t";
import { getAgencyBySlug } from "../modules/agencies/agencies.queries.server";
import { parsePeriod } from "../modules/transparency/periods";
import { getReport } from "../modules/transparency/transparency.server";
import type { Rate, TransparencyReport } from "../modules/transparency/transparency.types";
import type { loader as rootLoader } from "../root";
import { notFound } from "../utils/http.server";
import { titleMeta } from "../utils/meta";
import { requestContext } from "../utils/request.server";

export const meta = titleMeta;
export const ErrorBoundary = RouteErrorBoundary;

/** The department that writes the report (its head signs it). */
const REPORTING_AGENCY = "so-thong-tin-va-truyen-thong";

// /reports/2026-H1, /reports/2026-H2 and /reports/2026 (HTML); the .csv and .json of the same path
// are resource routes of their own (reports.$period[.]csv.ts, reports.$period[.]json.ts).
export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const range = parsePeriod(params.period);
  if (!range || range.kind === "quarter") notFound();
  const ctx = await requestContext(request, context);
  const [report, department] = await Promise.all([
    getReport(ctx.db, range.code, { today: ctx.today, cal: ctx.cal, lang: ctx.lang }),
    getAgencyBySlug(ctx.db, REPORTING_AGENCY),
  ]);
  return {
    title: ctx.t("report.title", { period: periodLabel(ctx.t, range.code) }),
    report,
    range: { kind: range.kind, year: range.year, from: range.from, to: range.to },
    signer: department?.head_name ?? null,
    others: periodOptions(ctx.today)
      .flatMap((o) => o.codes)
      .filter((c) => !c.includes("Q") && c !== range.code),
  };
}

// A4 with the margins of Decree 30/2020 (top and bottom 20 mm, left 30 mm, right 15 mm); the site's
// header, nav and footer are already hidden in print (print:hidden).
const PRINT_CSS = "@media print { @page { size: A4; margin: 20mm 15mm 20mm 30mm; } }";

export default function Report() {
  const { report, range, signer, others } = useLoaderData<typeof loader>();
  const root = useRouteLoaderData<typeof rootLoader>("root");
  const { t, lang } = useI18n();
  const provinceName = pick(lang, root?.province?.name_vi ?? report.province.name, root?.province?.name_en);
  const periodWords = t(range.kind === "year" ? "report.period.year" : `report.period.${report.period.slice(5) as "H1" | "H2"}`, { year: range.year });
  const dataQuery = lang === "en" ? "?lang=en" : "";
  return (
    <div>
      <style>{PRINT_CSS}</style>
      <div className="mb-6 rounded-lg bg-gray-50 p-4 print:hidden">
        <p>{t("report.screenNote")}</p>
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
          <li>
            <a href={`/reports/${report.period}.csv${dataQuery}`} download>
              {t("report.downloadCsv")}
            </a>
          </li>
          <li>
            <a href={`/reports/${report.period}.json${dataQuery}`}>{t("report.downloadJson")}</a>
          </li>
          <li>
            <Link to={`/transparency?period=${report.period}`}>{t("tr.title")}</Link>
          </li>
          <li>
            <Link to="/transparency/methodology">{t("tr.methodology")}</Link>
          </li>
        </ul>
        {others.length ? (
          <nav aria-labelledby="other-reports" className="mt-3">
            <p id="other-reports" className="font-semibold">
              {t("report.other")}
            </p>
            <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
              {others.map((c) => (
                <li key={c}>
                  <Link to={`/reports/${c}`}>{periodLabel(t, c)}</Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>

      <article className="admin-report mx-auto max-w-[210mm] bg-white font-['Times_New_Roman',Times,serif] text-[17px] leading-relaxed text-black print:max-w-none print:text-[13pt]">
        <ReportHeader report={report} provinceName={provinceName} lang={lang} t={t} />

        <h1 className="mt-8 text-center font-['Times_New_Roman',Times,serif] text-xl font-bold leading-snug print:text-[14pt]">
          <span className="block">{t("report.kind")}</span>
          <span className="mx-auto mt-1 block max-w-[150mm] text-lg print:text-[14pt]">{t("report.heading", { period: periodWords })}</span>
        </h1>
        <hr aria-hidden="true" className="mx-auto mt-2 w-32 border-t border-black" />

        <div className="mt-6 space-y-3 text-justify [&_h2]:mt-6 [&_h2]:font-['Times_New_Roman',Times,serif] [&_h2]:text-[1em] [&_h2]:font-bold [&_h3]:mt-4 [&_h3]:font-['Times_New_Roman',Times,serif] [&_h3]:text-[1em] [&_h3]:font-bold [&_p]:indent-8">
          <p>
            {t("report.intro", {
              target: report.province.pci[0]?.targetRank ?? 20,
              period: periodWords,
              from: formatDate(lang, range.from),
              to: formatDate(lang, range.to),
              version: report.methodVersion,
            })}
          </p>
          <Hotlines report={report} lang={lang} t={t} />
          <Procedures report={report} lang={lang} t={t} period={periodWords} />
          <Documents report={report} lang={lang} t={t} />
          <Petitions report={report} lang={lang} t={t} period={periodWords} />
          <Consultations report={report} t={t} />
          <Results report={report} lang={lang} t={t} />
          <h2>{t("report.s7")}</h2>
          <p>1. {t("report.s7.p1")}</p>
          <p>2. {t("report.s7.p2")}</p>
          <p>3. {t("report.s7.p3")}</p>
          <p>{t("report.s7.p4")}</p>
        </div>

        <Closing signer={signer} t={t} />
        <p className="mt-10 text-sm italic print:text-[10pt]">
          {t("report.source", { province: provinceName, time: `${report.generatedAt.slice(11, 16)} ${formatDate(lang, report.generatedAt.slice(0, 10))}` })}
        </p>
      </article>
    </div>
  );
}

type Props = { report: TransparencyReport; lang: Lang; t: Translate };

/** "Bình Phước, ngày 05 tháng 02 năm 2026" (days under 10 and months 1–2 get a leading zero, as Decree 30/2020 asks). */
function placeDate(t: Translate, lang: Lang, place: string, isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split("-").map(Number);
  const monthName = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][month - 1];
  return t("report.placeDate", {
    place,
    day: lang === "vi" && day < 10 ? `0${day}` : String(day),
    month: lang === "vi" && month < 3 ? `0${month}` : String(month),
    monthName,
    year,
  });
}

/** The two-column header of an administrative document: the issuing bodies, the nation and motto, number, place and date. */
function ReportHeader({ report, provinceName, lang, t }: Props & { provinceName: string }) {
  // The place is the province's name as written in Vietnamese, without "Tỉnh".
  const place = provinceName;
  return (
    <header className="grid grid-cols-[2fr_3fr] gap-4 text-center leading-snug">
      <div>
        <p className="uppercase">{t("report.org.parent", { province: provinceName.toLocaleUpperCase(lang === "vi" ? "vi-VN" : "en-GB") })}</p>
        <p className="font-bold">{t("report.org.self")}</p>
        <hr aria-hidden="true" className="mx-auto mt-1 w-24 border-t border-black" />
        <p className="mt-3">{t("report.number", { number: report.period })}</p>
      </div>
      <div>
        <p className="font-bold">{t("report.nation")}</p>
        <p className="font-bold">{t("report.motto")}</p>
        <hr aria-hidden="true" className="mx-auto mt-1 w-48 border-t border-black" />
        <p className="mt-3 italic">{placeDate(t, lang, place, report.generatedAt)}</p>
      </div>
    </header>
  );
}

/** A rate as a report writes it: "85,3% (35/41)", or "chưa đủ dữ liệu (3/4)". */
function rateText(lang: Lang, t: Translate, r: Rate | undefined): string {
  if (!r) return "–";
  return `${r.value === null ? t("tr.notEnough") : formatPercent(lang, r.value)} (${ratio(lang, t, r.numerator, r.denominator)})`;
}

/** A bordered table as printed reports have them. */
function ReportTable({ caption, head, children }: { caption: string; head: ReactNode[]; children: ReactNode }) {
  return (
    <div className="max-w-full overflow-x-auto">
      <table className="my-3 w-full border-collapse text-[15px] leading-snug print:text-[11pt] [&_td]:border [&_td]:border-black [&_td]:px-1.5 [&_td]:py-1 [&_th]:border [&_th]:border-black [&_th]:px-1.5 [&_th]:py-1">
        <caption className="mb-1 text-left font-semibold italic">{caption}</caption>
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col" className="text-center align-middle font-bold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

function Hotlines({ report, t }: Props) {
  const verified = report.agencies.filter((a) => a.components.hotline.detail?.verified === true);
  const missing = report.agencies.filter((a) => a.components.hotline.detail?.verified !== true);
  return (
    <>
      <h2>{t("report.s1")}</h2>
      <p>{t("report.s1.text", { verified: verified.length, total: report.agencies.length })}</p>
      <p>{missing.length ? t("report.s1.missing", { agencies: missing.map((a) => a.name).join("; ") }) : t("report.s1.all")}</p>
    </>
  );
}

function TargetRows({ report, lang, t, keys }: Props & { keys: string[] }) {
  return (
    <>
      {report.province.targets
        .filter((x) => keys.includes(x.key))
        .map((x) => (
          <tr key={x.key}>
            <th scope="row" className="text-left font-normal">
              {t(`tr.target.${x.key}`)}
            </th>
            <td className="text-right tabular-nums">≥ {formatPercent(lang, x.target, "–", 0)}</td>
            <td className="text-right tabular-nums">{rateText(lang, t, x.actual)}</td>
            <td className="text-center">
              <StatusWord status={targetStatus({ target: x.target, value: x.actual.value })} labels={{ met: t("tr.met"), notMet: t("tr.notMet"), missing: t("tr.notEnough") }} />
            </td>
          </tr>
        ))}
    </>
  );
}

function Procedures({ report, lang, t, period }: Props & { period: string }) {
  return (
    <>
      <h2>{t("report.s2")}</h2>
      <p>{t("report.s2.text")}</p>
      <ReportTable caption={t("tr.targets")} head={[t("tr.targetItem"), t("tr.target"), t("tr.actual"), t("tr.status")]}>
        <TargetRows report={report} lang={lang} t={t} keys={["onlineUsed", "postalUsed", "postalReceived", "postalReturned"]} />
      </ReportTable>
      <ReportTable caption={t("report.s2.tableCaption", { period })} head={[t("tr.agency"), t("report.s2.complete"), t("report.s2.online"), t("report.s2.postal")]}>
        {report.agencies.map((a) => (
          <tr key={a.slug}>
            <th scope="row" className="text-left font-normal">
              {a.name}
            </th>
            <td className="text-right tabular-nums">{rateText(lang, t, a.components.proceduresComplete.rate)}</td>
            <td className="text-right tabular-nums">{rateText(lang, t, a.components.proceduresOnline.rate)}</td>
            <td className="text-right tabular-nums">{rateText(lang, t, a.components.proceduresPostal.rate)}</td>
          </tr>
        ))}
      </ReportTable>
    </>
  );
}

function Documents({ report, lang, t }: Props) {
  const kinds = (a: TransparencyReport["agencies"][number]) => Number(a.components.documentsPublished.detail?.kinds ?? 0);
  return (
    <>
      <h2>{t("report.s3")}</h2>
      <p>
        {t("report.s3.text", {
          all: report.agencies.filter((a) => kinds(a) === 3).length,
          total: report.agencies.length,
          none: report.agencies.filter((a) => kinds(a) === 0).length,
        })}
      </p>
      <ReportTable caption={t("report.s3.tableCaption")} head={[t("tr.agency"), t("report.s3.planning"), t("report.s3.plan"), t("report.s3.budget")]}>
        {report.agencies.map((a) => {
          const d = a.components.documentsPublished.detail ?? {};
          return (
            <tr key={a.slug}>
              <th scope="row" className="text-left font-normal">
                {a.name}
              </th>
              <td className="text-right tabular-nums">{formatCount(lang, Number(d.planning ?? 0))}</td>
              <td className="text-right tabular-nums">{formatCount(lang, Number(d.plan ?? 0))}</td>
              <td className="text-right tabular-nums">{formatCount(lang, Number(d.budget ?? 0))}</td>
            </tr>
          );
        })}
      </ReportTable>
    </>
  );
}

function Petitions({ report, lang, t, period }: Props & { period: string }) {
  const p = report.province;
  const pct = (v: number | null) => formatPercent(lang, v, t("tr.notEnough"));
  return (
    <>
      <h2>{t("report.s4")}</h2>
      <p>
        {t("report.s4.text", {
          received: formatCount(lang, p.received),
          answered: formatCount(lang, p.answered),
          response: rateText(lang, t, p.rates.response),
          onTime: rateText(lang, t, p.rates.onTime),
          median: p.medianWorkingDays === null ? t("tr.notEnough") : t("tr.days", { days: formatScore(lang, p.medianWorkingDays, "", Number.isInteger(p.medianWorkingDays) ? 0 : 1) }),
          publication: rateText(lang, t, p.rates.publication),
          satisfaction: rateText(lang, t, p.rates.satisfaction),
          overdue: formatCount(lang, p.overdueOpen),
        })}
      </p>
      <ReportTable
        caption={t("report.s4.tableCaption", { period })}
        head={[t("tr.agency"), t("tr.received"), t("tr.answered"), t("tr.responseRate"), t("tr.onTimeRate"), t("tr.publicationRate"), t("tr.satisfaction"), t("tr.overdueOpen")]}
      >
        {report.agencies.map((a) => (
          <tr key={a.slug}>
            <th scope="row" className="text-left font-normal">
              {a.name}
            </th>
            <td className="text-right tabular-nums">{formatCount(lang, a.received)}</td>
            <td className="text-right tabular-nums">{formatCount(lang, a.answered)}</td>
            <td className="text-right tabular-nums">{pct(a.responseRate)}</td>
            <td className="text-right tabular-nums">{pct(a.onTimeRate)}</td>
            <td className="text-right tabular-nums">{pct(a.publicationRate)}</td>
            <td className="text-right tabular-nums">{pct(a.satisfaction)}</td>
            <td className="text-right tabular-nums">{formatCount(lang, a.overdueOpen)}</td>
          </tr>
        ))}
      </ReportTable>
    </>
  );
}

function Consultations({ report, t }: Pick<Props, "report" | "t">) {
  // Until the consultations and dialogues features record them, every agency's count is null.
  const sum = (c: "consultations" | "dialogues") =>
    report.agencies.reduce<number | null>((s, a) => {
      const held = a.components[c].detail?.held;
      return typeof held === "number" ? (s ?? 0) + held : s;
    }, null);
  const consultations = sum("consultations");
  const dialogues = sum("dialogues");
  return (
    <>
      <h2>{t("report.s5")}</h2>
      <p>{consultations === null && dialogues === null ? t("report.s5.none") : t("report.s5.some", { consultations: consultations ?? 0, dialogues: dialogues ?? 0 })}</p>
    </>
  );
}

function Results({ report, lang, t }: Props) {
  const pci = report.province.pci;
  return (
    <>
      <h2>{t("report.s6")}</h2>
      <h3>{t("report.s6.targets")}</h3>
      <ReportTable caption={t("tr.targets")} head={[t("tr.targetItem"), t("tr.target"), t("tr.actual"), t("tr.status")]}>
        <TargetRows report={report} lang={lang} t={t} keys={report.province.targets.map((x) => x.key)} />
      </ReportTable>
      <h3>{t("report.s6.pci")}</h3>
      {pci.length ? (
        <ReportTable caption={t("tr.pciChart")} head={[t("tr.pciYear"), t("tr.pciScore"), t("tr.pciRank"), t("tr.pciTarget"), t("tr.status")]}>
          {pci.map((y) => (
            <tr key={y.year}>
              <th scope="row" className="font-normal">
                {y.year}
              </th>
              <td className="text-right tabular-nums">{formatScore(lang, y.transparencyScore, "–", 2)}</td>
              <td className="text-right tabular-nums">
                {y.transparencyRank}/{y.provinces}
              </td>
              <td className="text-right tabular-nums">
                {y.targetRank}/{y.provinces}
              </td>
              <td className="text-center">
                <StatusWord status={y.transparencyRank <= y.targetRank ? "met" : "notMet"} labels={{ met: t("tr.met"), notMet: t("tr.notMet"), missing: t("tr.notEnough") }} />
              </td>
            </tr>
          ))}
        </ReportTable>
      ) : (
        <p>{t("tr.pciNone")}</p>
      )}
      <h3>{t("report.s6.index")}</h3>
      <p>{t("report.s6.indexText", { version: report.methodVersion })}</p>
      <ReportTable caption={t("tr.rankingCaption", { period: periodLabel(t, report.period) })} head={[t("tr.rank"), t("tr.agency"), t("tr.index")]}>
        {report.agencies.map((a) => (
          <tr key={a.slug}>
            <td className="text-center tabular-nums">{a.rank ?? "–"}</td>
            <th scope="row" className="text-left font-normal">
              {a.name}
            </th>
            <td className="text-right tabular-nums">{formatScore(lang, a.index, t("tr.notEnough"))}</td>
          </tr>
        ))}
      </ReportTable>
    </>
  );
}

/** "Nơi nhận" on the left, the signature block on the right. */
function Closing({ signer, t }: { signer: string | null; t: Translate }) {
  return (
    <footer className="mt-10 grid grid-cols-2 gap-6 break-inside-avoid">
      <div className="text-[15px] leading-snug print:text-[11pt]">
        <p className="font-bold italic">{t("report.recipients")}</p>
        <ul>
          {(["report.recipient1", "report.recipient2", "report.recipient3", "report.recipient4", "report.recipient5"] as const).map((k) => (
            <li key={k}>- {t(k)}</li>
          ))}
        </ul>
      </div>
      <div className="text-center">
        <p className="font-bold">{t("report.signTitle")}</p>
        <p className="text-sm italic print:text-[11pt]">{t("report.signNote")}</p>
        <p className="mt-24 font-bold">{signer ?? ""}</p>
      </div>
    </footer>
  );
}
