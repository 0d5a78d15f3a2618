import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { pick, translator } from "../i18n";
import { getLang } from "../i18n/lang.server";
import { useI18n } from "../i18n/use-t";
import { RouteErrorBoundary } from "../components/ui/error-page";
import { getProvince, listAgenciesWithHotlines } from "../modules/agencies/agencies.queries.server";
import { AgencySlug } from "../modules/agencies/agencies.schema";
import { publicBaseUrl, qrSvg } from "../modules/agencies/poster.server";
import { getDb, getEnv } from "../utils/db.server";
import { notFound, parseParam } from "../utils/http.server";
import { titleMeta } from "../utils/meta";

export const meta = titleMeta;
export const ErrorBoundary = RouteErrorBoundary;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const lang = getLang(request);
  const slug = parseParam(AgencySlug, params.slug);
  const db = await getDb();
  const [[agency], province, env] = await Promise.all([listAgenciesWithHotlines(db, { slug }), getProvince(db), getEnv()]);
  if (!agency) notFound();
  const petitionUrl = `${publicBaseUrl(request, env.PUBLIC_URL)}/petitions/new?agency=${agency.slug}`;
  const t = translator(lang);
  return {
    title: `${t("poster.title")}: ${pick(lang, agency.name_vi, agency.name_en)}`,
    agency,
    provinceName: pick(lang, province.name_vi, province.name_en),
    petitionUrl,
    qr: await qrSvg(petitionUrl),
  };
}

export default function Poster() {
  const { agency, provinceName, petitionUrl, qr } = useLoaderData<typeof loader>();
  const { t, lang } = useI18n();
  const name = pick(lang, agency.name_vi, agency.name_en);
  return (
    <div>
      <p className="mb-4 flex flex-wrap items-center gap-3 print:hidden">
        <Link to={`/agencies/${agency.slug}`}>← {name}</Link>
        <PrintButton label={t("common.print")} />
      </p>
      {/* One A4 sheet: sized in mm for print, scaled down to the screen otherwise. */}
      <article className="poster mx-auto flex max-w-[210mm] flex-col items-center border-[6px] border-brand bg-white p-6 text-center sm:p-10 print:max-w-none print:break-inside-avoid print:border-[3mm] print:px-[10mm] print:py-[8mm]">
        <p className="text-sm font-semibold uppercase tracking-wider sm:text-base print:text-[12pt]">{t("site.province", { province: provinceName })}</p>
        <h1 className="mt-2 text-2xl sm:text-4xl print:text-[24pt]">{name}</h1>
        <p className="mt-6 text-3xl font-extrabold uppercase tracking-wide text-brand sm:text-6xl print:mt-[6mm] print:text-[40pt]">{t("poster.title")}</p>
        <ul className="mt-4 space-y-3">
          {agency.hotlines.map((h) => (
            <li key={h.id}>
              <span className="block text-4xl font-extrabold tabular-nums sm:text-7xl print:text-[44pt]">{h.number}</span>
              <span className="block text-lg sm:text-xl print:text-[13pt]">
                {pick(lang, h.label_vi, h.label_en)}
                {pick(lang, h.hours_vi, h.hours_en) ? ` · ${pick(lang, h.hours_vi, h.hours_en)}` : ""}
              </span>
            </li>
          ))}
        </ul>
        <p className="mt-6 max-w-xl text-lg sm:text-xl print:mt-[5mm] print:max-w-none print:text-[13pt]">
          {t("poster.call")} {pick(lang, agency.description_vi, agency.description_en)}
        </p>
        <div className="mt-8 flex flex-col items-center gap-3 print:mt-[6mm]">
          <div
            role="img"
            aria-label={t("poster.qrAlt", { agency: name })}
            className="h-48 w-48 sm:h-64 sm:w-64 print:h-[55mm] print:w-[55mm] [&>svg]:h-full [&>svg]:w-full"
            dangerouslySetInnerHTML={{ __html: qr }}
          />
          <p className="text-lg font-semibold print:text-[14pt]">{t("poster.scan")}</p>
          <p className="break-all text-sm">
            {t("poster.or")} <span className="font-mono">{petitionUrl}</span>
          </p>
        </div>
        <p className="mt-auto pt-8 text-sm text-gray-800 print:pt-[6mm] print:text-[10pt]">{t("poster.footer", { province: provinceName })}</p>
      </article>
    </div>
  );
}

function PrintButton({ label }: { label: string }) {
  // Needs JavaScript; without it the browser's own Print command does the same.
  return (
    <button type="button" className="btn-secondary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
