import { Link, NavLink, useLocation, useRouteLoaderData } from "@remix-run/react";
import { useI18n } from "../../i18n/use-t";
import type { loader as rootLoader } from "../../root";
import type { MessageKey } from "../../i18n";

const NAV: Array<{ to: string; key: MessageKey }> = [
  { to: "/agencies", key: "nav.agencies" },
  { to: "/hotlines", key: "nav.hotlines" },
  { to: "/procedures", key: "nav.procedures" },
  { to: "/documents", key: "nav.documents" },
  { to: "/petitions/new", key: "nav.petition" },
  { to: "/petitions/track", key: "nav.track" },
  { to: "/resolutions", key: "nav.resolutions" },
  { to: "/transparency", key: "nav.transparency" },
];

/** The same page in the other language (the choice is remembered by a cookie). */
function useOtherLanguageHref(): string {
  const { lang } = useI18n();
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  params.set("lang", lang === "vi" ? "en" : "vi");
  return `${location.pathname}?${params.toString()}`;
}

export function SiteHeader() {
  const { t, lang } = useI18n();
  const root = useRouteLoaderData<typeof rootLoader>("root");
  const province = root?.province;
  const otherHref = useOtherLanguageHref();
  const provinceName = lang === "en" ? province?.name_en : province?.name_vi;
  return (
    <header className="print:hidden">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-3">
        {t("site.skip")}
      </a>
      <div className="bg-brand text-white">
        <div className="container-page flex flex-wrap items-center justify-between gap-2 py-3">
          <Link to="/" className="flex items-center gap-3 text-white no-underline hover:text-white">
            <span aria-hidden="true" className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-gold-light text-xl text-brand">
              ★
            </span>
            <span className="leading-tight">
              <span className="block text-lg font-bold">{t("site.portal")}</span>
              {provinceName ? <span className="block text-sm">{t("site.province", { province: provinceName })}</span> : null}
            </span>
          </Link>
          <a
            href={otherHref}
            lang={lang === "vi" ? "en" : "vi"}
            hrefLang={lang === "vi" ? "en" : "vi"}
            aria-label={t("lang.switchLabel")}
            className="rounded border border-white px-3 py-1.5 text-sm font-semibold text-white no-underline hover:bg-brand-dark hover:text-white"
          >
            {t("lang.switch")}
          </a>
        </div>
      </div>
      <nav aria-label={t("site.nav")} className="border-b border-gray-300 bg-gray-50">
        <ul className="container-page flex flex-wrap gap-x-1 gap-y-0 py-1 text-[15px]">
          {NAV.map((item) => (
            <li key={item.to}>
              <NavLink
                to={item.to}
                prefetch="intent"
                className={({ isActive }) =>
                  `inline-block px-2 py-2 font-medium no-underline hover:underline ${isActive ? "text-brand-dark underline" : "text-gray-900"}`
                }
              >
                {t(item.key)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

export function SiteFooter() {
  const { t, lang } = useI18n();
  const root = useRouteLoaderData<typeof rootLoader>("root");
  const province = root?.province;
  const demo = root?.demo ?? false;
  const provinceName = (lang === "en" ? province?.name_en : province?.name_vi) ?? "";
  return (
    <footer className="mt-12 border-t-4 border-brand bg-gray-100 text-sm print:hidden">
      <div className="container-page grid gap-4 py-6 sm:grid-cols-2">
        <div>
          <p className="font-semibold">{t("site.portal")}</p>
          <p className="mt-1 text-gray-800">{t("footer.about", { province: provinceName })}</p>
          {province?.hotline ? <p className="mt-2">{t("footer.hotline", { hotline: province.hotline })}</p> : null}
        </div>
        <ul className="space-y-1 sm:text-right">
          <li>
            <Link to="/hotlines">{t("nav.hotlines")}</Link>
          </li>
          <li>
            <Link to="/search">{t("common.search")}</Link>
          </li>
          <li>
            <a href="/feeds/resolutions.atom">{t("footer.feed")}</a>
          </li>
          <li>
            <Link to="/staff">{t("footer.staff")}</Link>
          </li>
          {demo ? (
            <li>
              <Link to="/demo/mailbox">{t("mailbox.title")}</Link>
            </li>
          ) : null}
          <li>
            <a href="/sitemap.xml">{t("footer.sitemap")}</a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
