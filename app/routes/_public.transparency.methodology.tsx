import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatCount, formatScore } from "../components/charts/format";
import { RouteErrorBoundary } from "../components/ui/error-page";
import { formatDate, translator } from "../i18n";
import { getLang } from "../i18n/lang.server";
import { useI18n } from "../i18n/use-t";
import { getCurrentMethod, listMethods } from "../modules/transparency/transparency.method.server";
import { COMPONENTS } from "../modules/transparency/transparency.types";
import { getDb } from "../utils/db.server";
import { titleMeta } from "../utils/meta";

export const meta = titleMeta;
export const ErrorBoundary = RouteErrorBoundary;

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = getLang(request);
  const db = await getDb();
  const [current, versions] = await Promise.all([getCurrentMethod(db), listMethods(db)]);
  return { title: translator(lang)("method.title"), current, versions };
}

export default function Methodology() {
  const { title, current, versions } = useLoaderData<typeof loader>();
  const { t, lang } = useI18n();
  const total = COMPONENTS.reduce((s, c) => s + (current.weights[c] ?? 0), 0);
  const dateOf = (iso: string) => formatDate(lang, new Date(iso));
  return (
    <article className="max-w-4xl">
      <h1>{title}</h1>
      <p className="mt-2">{t("method.lead")}</p>
      <p className="mt-3 font-semibold">{t("method.current", { version: current.version, date: dateOf(current.createdAt) })}</p>
      <nav aria-labelledby="method-toc" className="mt-4 rounded-lg bg-gray-50 p-4 print:hidden">
        <h2 id="method-toc" className="text-base">
          {t("site.menu")}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>
            <a href="#figures">{t("method.figures")}</a>
          </li>
          <li>
            <a href="#interval">{t("method.interval")}</a>
          </li>
          <li>
            <a href="#min-cases">{t("method.minCases")}</a>
          </li>
          <li>
            <a href="#index">{t("method.index")}</a>
          </li>
          <li>
            <a href="#weights">{t("method.weights", { version: current.version })}</a>
          </li>
          <li>
            <a href="#recompute">{t("method.recompute")}</a>
          </li>
          <li>
            <a href="#history">{t("method.history")}</a>
          </li>
        </ul>
      </nav>

      <section aria-labelledby="figures" className="mt-8">
        <h2 id="figures">{t("method.figures")}</h2>
        <p className="mt-2">{t("method.figuresLead")}</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>{t("method.def.received")}</li>
          <li>{t("method.def.answered")}</li>
          <li>{t("method.def.onTime")}</li>
          <li>{t("method.def.median")}</li>
          <li>{t("method.def.overdue")}</li>
          <li>{t("method.def.publication")}</li>
          <li>{t("method.def.satisfaction")}</li>
          <li>{t("method.def.disclosure")}</li>
        </ul>
        <p className="mt-3">{t("method.targets")}</p>
        <p className="mt-2">{t("method.pci")}</p>
      </section>

      <section aria-labelledby="interval" className="mt-8">
        <h2 id="interval">{t("method.interval")}</h2>
        <p className="mt-2">{t("method.intervalLead")}</p>
        <p className="mt-2 overflow-x-auto rounded bg-gray-100 p-3 font-mono text-sm">{t("method.intervalFormula")}</p>
        <p className="mt-2">{t("method.intervalExample")}</p>
      </section>

      <section aria-labelledby="min-cases" className="mt-8">
        <h2 id="min-cases">{t("method.minCases")}</h2>
        <p className="mt-2">{t("method.minCasesText", { min: current.minCases })}</p>
      </section>

      <section aria-labelledby="index" className="mt-8">
        <h2 id="index">{t("method.index")}</h2>
        <p className="mt-2">{t("method.indexText")}</p>
      </section>

      <section aria-labelledby="weights" className="mt-8">
        <h2 id="weights">{t("method.weights", { version: current.version })}</h2>
        <p className="mt-2">{t("method.minCasesRow", { min: current.minCases })}</p>
        <table className="table-basic mt-3 text-sm">
          <caption className="mb-2 text-left font-semibold">{t("method.weightsCaption", { version: current.version })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("tr.agency.component")}</th>
              <th scope="col" className="text-right">
                {t("method.weight")}
              </th>
              <th scope="col" className="text-right">
                {t("method.share")}
              </th>
            </tr>
          </thead>
          <tbody>
            {COMPONENTS.map((c) => (
              <tr key={c}>
                <th scope="row" className="!border-b !border-gray-200 !align-top !font-normal">
                  <span className="font-semibold">{t(`tr.component.${c}`)}</span>
                  <span className="block text-xs text-gray-700">{t(`tr.def.${c}`)}</span>
                </th>
                <td className="text-right tabular-nums">{formatCount(lang, current.weights[c])}</td>
                <td className="text-right tabular-nums">{total > 0 && current.weights[c] > 0 ? `${formatScore(lang, (100 * current.weights[c]) / total)}%` : t("tr.agency.notCounted")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="recompute" className="mt-8">
        <h2 id="recompute">{t("method.recompute")}</h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          <li>{t("method.recomputeSteps1")}</li>
          <li>{t("method.recomputeSteps2")}</li>
          <li>{t("method.recomputeSteps3")}</li>
          <li>{t("method.recomputeSteps4")}</li>
        </ol>
        <p className="mt-3">{t("method.snapshots")}</p>
        <p className="mt-2 print:hidden">
          <a href="/transparency.csv" download>
            {t("tr.csv")}
          </a>
          {" · "}
          <Link to="/transparency">{t("tr.title")}</Link>
        </p>
      </section>

      <section aria-labelledby="history" className="mt-8">
        <h2 id="history">{t("method.history")}</h2>
        <table className="table-basic mt-3 text-sm">
          <caption className="mb-2 text-left font-semibold">{t("method.historyCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("method.version")}</th>
              <th scope="col">{t("method.date")}</th>
              <th scope="col" className="text-right">
                {t("method.minCasesShort")}
              </th>
              <th scope="col">{t("method.note")}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((m) => (
              <tr key={m.version}>
                <th scope="row" className="!border-b !border-gray-200 !align-top tabular-nums">
                  {m.version}
                </th>
                <td className="whitespace-nowrap">{dateOf(m.createdAt)}</td>
                <td className="text-right tabular-nums">{m.minCases}</td>
                {lang === "en" && !m.noteEn ? <td lang="vi">{m.noteVi}</td> : <td>{lang === "en" ? m.noteEn : m.noteVi}</td>}
              </tr>
            ))}
          </tbody>
        </table>
        {versions.length > 1 ? (
          <>
            <h3 className="mt-6">{t("method.historyWeights")}</h3>
            <div className="mt-2 max-w-full overflow-x-auto">
              <table className="table-basic text-sm">
                <caption className="mb-2 text-left font-semibold">{t("method.historyWeightsCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("tr.agency.component")}</th>
                    {versions.map((m) => (
                      <th key={m.version} scope="col" className="text-right">
                        {t("method.version")} {m.version}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {COMPONENTS.map((c) => (
                    <tr key={c}>
                      <th scope="row" className="!border-b !border-gray-200 !align-top !font-normal">
                        {t(`tr.component.${c}`)}
                      </th>
                      {versions.map((m) => (
                        <td key={m.version} className="text-right tabular-nums">
                          {formatCount(lang, m.weights[c])}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        ) : null}
      </section>
    </article>
  );
}
