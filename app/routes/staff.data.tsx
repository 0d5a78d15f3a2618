import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, NavLink, useLoaderData, useOutlet, type ShouldRevalidateFunction } from "@remix-run/react";
import { formatNumber } from "../i18n";
import { useI18n } from "../i18n/use-t";
import { formatScore, quarterLabel } from "../modules/statistics/format";
import { dataEntryOverview } from "../modules/statistics/statistics.server";
import { requireStaff } from "../modules/staff/session.server";
import { requestContext } from "../utils/request.server";

/**
 * The data-entry section: a sub-navigation for its pages and, at /staff/data itself, the index
 * (administrators only: officers enter only their agency's e-document figures, at /staff/data/edocs).
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requestContext(request, context);
  const { user } = await requireStaff(request, ctx.db, ctx.env);
  const isAdmin = user.role === "admin";
  const isIndex = new URL(request.url).pathname.replace(/\/+$/, "") === "/staff/data";
  if (isIndex && !isAdmin) throw new Response(null, { status: 403, statusText: "Forbidden" });
  return {
    title: ctx.t("data.title"),
    isAdmin,
    overview: isIndex ? await dataEntryOverview(ctx.db, ctx.today) : null,
  };
}

// The index is admin-only: check again when moving between the index and a page of the section,
// which a parent loader would otherwise not be asked about.
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname !== nextUrl.pathname || defaultShouldRevalidate;

function linkClass({ isActive }: { isActive: boolean }) {
  return `inline-block rounded-t-md border-b-4 px-3 py-2 font-semibold no-underline hover:underline ${isActive ? "border-brand text-brand-dark" : "border-transparent text-gray-900"}`;
}

export default function DataEntry() {
  const { isAdmin, overview } = useLoaderData<typeof loader>();
  const outlet = useOutlet();
  const { t, lang } = useI18n();
  return (
    <div>
      {isAdmin ? (
        <nav aria-label={t("data.subnav")} className="mb-6 border-b border-gray-300">
          <ul className="flex flex-wrap gap-x-2">
            <li>
              <NavLink to="/staff/data" end className={linkClass}>
                {t("data.overview")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/staff/data/procedures" className={linkClass}>
                {t("data.procedures.nav")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/staff/data/edocs" className={linkClass}>
                {t("data.edocs.nav")}
              </NavLink>
            </li>
            <li>
              <NavLink to="/staff/data/pci" className={linkClass}>
                {t("data.pci.nav")}
              </NavLink>
            </li>
          </ul>
        </nav>
      ) : null}
      {outlet ??
        (overview ? (
          <div className="max-w-4xl">
            <h1>{t("data.title")}</h1>
            <p className="mt-2">{t("data.lead")}</p>
            <ul className="mt-6 grid gap-4 md:grid-cols-3">
              <li className="card">
                <h2 className="text-lg">
                  <Link to="/staff/data/procedures">{t("data.procedures.nav")}</Link>
                </h2>
                <p className="mt-2 text-sm">{t("data.procedures.card")}</p>
                <p className="mt-3 font-semibold">
                  {t("data.overview.procedures", {
                    quarter: quarterLabel(lang, overview.quarter),
                    reported: formatNumber(lang, overview.procedures.reported),
                    procedures: formatNumber(lang, overview.procedures.procedures),
                  })}
                </p>
              </li>
              <li className="card">
                <h2 className="text-lg">
                  <Link to="/staff/data/edocs">{t("data.edocs.nav")}</Link>
                </h2>
                <p className="mt-2 text-sm">{t("data.edocs.card")}</p>
                <p className="mt-3 font-semibold">
                  {t("data.overview.edocs", {
                    quarter: quarterLabel(lang, overview.quarter),
                    reported: formatNumber(lang, overview.edocs.reported),
                    agencies: formatNumber(lang, overview.edocs.agencies),
                  })}
                </p>
              </li>
              <li className="card">
                <h2 className="text-lg">
                  <Link to="/staff/data/pci">{t("data.pci.nav")}</Link>
                </h2>
                <p className="mt-2 text-sm">{t("data.pci.card")}</p>
                <p className="mt-3 font-semibold">
                  {overview.latestPci
                    ? t("data.overview.pci", {
                        year: overview.latestPci.year,
                        score: formatScore(lang, overview.latestPci.transparency_score),
                        rank: overview.latestPci.transparency_rank,
                        provinces: overview.latestPci.provinces,
                      })
                    : t("data.overview.pciNone")}
                </p>
              </li>
            </ul>
          </div>
        ) : null)}
    </div>
  );
}
