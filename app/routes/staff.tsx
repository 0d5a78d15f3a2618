import type { HeadersFunction, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, NavLink, Outlet, isRouteErrorResponse, useLocation, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { SiteFooter } from "../components/ui/site-chrome";
import { ErrorPage } from "../components/ui/error-page";
import type { MessageKey } from "../i18n";
import { useI18n } from "../i18n/use-t";
import { getStaff, type StaffUser } from "../modules/staff/session.server";
import { getDb, getEnv } from "../utils/db.server";

// Staff pages show personal data and carry anti-forgery tokens: never store them in a shared cache.
export const headers: HeadersFunction = () => ({ "Cache-Control": "private, no-store" });

/** The signed-in user (null on the login page) and their session's anti-forgery token. */
export async function loader({ request }: LoaderFunctionArgs) {
  const [db, env] = await Promise.all([getDb(), getEnv()]);
  const staff = await getStaff(request, db, env);
  return { user: staff?.user ?? null, csrf: staff?.csrf ?? null };
}

/** The staff layout's data, for child routes (`useStaffLayout().csrf` in their forms). */
export function useStaffLayout(): { user: StaffUser | null; csrf: string | null } {
  return useRouteLoaderData<typeof loader>("routes/staff") ?? { user: null, csrf: null };
}

/** The same page in the other language (remembered by a cookie), as in the public header. */
function useOtherLanguageHref(): string {
  const { lang } = useI18n();
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  params.set("lang", lang === "vi" ? "en" : "vi");
  return `${location.pathname}?${params.toString()}`;
}

/** The staff area's sections, as far as the signed-in user may use them. */
function staffNav(user: StaffUser | null): Array<{ to: string; label: MessageKey; end?: boolean }> {
  if (!user) return [];
  const items: Array<{ to: string; label: MessageKey; end?: boolean }> = [{ to: "/staff", label: "staff.nav.inbox", end: true }];
  if (user.agencyId) items.push({ to: "/staff/agency", label: "agencyEdit.nav" });
  items.push(user.role === "admin" ? { to: "/staff/data", label: "data.nav" } : { to: "/staff/data/edocs", label: "data.edocs.nav" });
  if (user.role === "admin") items.push({ to: "/staff/methodology", label: "methodAdmin.nav" });
  return items;
}

function StaffHeader() {
  const { t, lang } = useI18n();
  const { user, csrf } = useStaffLayout();
  const otherHref = useOtherLanguageHref();
  const root = useRouteLoaderData<{ province?: { name_vi: string; name_en: string } | null }>("root");
  const provinceName = lang === "en" ? root?.province?.name_en : root?.province?.name_vi;
  return (
    <header className="print:hidden">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-3">
        {t("site.skip")}
      </a>
      <div className="bg-brand text-white">
        <div className="container-page flex flex-wrap items-center justify-between gap-2 py-3">
          <Link to={user ? "/staff" : "/"} className="flex items-center gap-3 text-white no-underline hover:text-white">
            <span aria-hidden="true" className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-gold-light text-xl text-brand">
              ★
            </span>
            <span className="leading-tight">
              <span className="block text-lg font-bold">{t("site.portal")}</span>
              <span className="block text-sm">
                {t("staff.area")}
                {provinceName ? ` · ${t("site.province", { province: provinceName })}` : null}
              </span>
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
      <div className="border-b border-gray-300 bg-gray-50">
        <div className="container-page flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-1">
          <nav aria-label={t("staff.nav")}>
            <ul className="flex flex-wrap gap-x-1 text-[15px]">
              {staffNav(user).map((item) => (
                <li key={item.to}>
                  <NavLink
                    to={item.to}
                    end={item.end}
                    className={({ isActive }) =>
                      `inline-block px-2 py-2 font-medium no-underline hover:underline ${isActive ? "text-brand-dark underline" : "text-gray-900"}`
                    }
                  >
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
              <li>
                <Link to="/" className="inline-block px-2 py-2 font-medium text-gray-900 no-underline hover:underline">
                  {t("staff.nav.public")}
                </Link>
              </li>
            </ul>
          </nav>
          {user && csrf ? (
            <section aria-label={t("staff.account")} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-1 text-sm">
              <p className="leading-tight">
                <span className="block font-semibold">{user.name}</span>
                <span className="block text-gray-800" lang={user.agencyName ? "vi" : undefined}>
                  {user.agencyName ?? t(user.role === "admin" ? "staff.role.admin" : "staff.role.officer")}
                </span>
              </p>
              <Form method="post" action="/staff/logout">
                <input type="hidden" name="csrf" value={csrf} />
                <button type="submit" className="btn-secondary min-h-[40px] py-1.5 text-sm">
                  {t("staff.logout")}
                </button>
              </Form>
            </section>
          ) : null}
        </div>
      </div>
    </header>
  );
}

export default function StaffLayout() {
  return (
    <>
      <StaffHeader />
      <main id="main" tabIndex={-1} className="container-page flex-1 py-6 outline-none">
        <Outlet />
      </main>
      <SiteFooter />
    </>
  );
}

/** Errors of staff pages without their own boundary: the staff header stays, with the site's error page. */
export function ErrorBoundary() {
  const error = useRouteError();
  const { lang } = useI18n();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // Our own 403s (anti-forgery) carry a plain message, a Vietnamese line then an English one: show the reader's.
  const lines = isRouteErrorResponse(error) && status === 403 && typeof error.data === "string" ? error.data.split("\n").filter(Boolean) : [];
  const message = lines.length ? (lines.length === 2 && lang === "en" ? lines[1] : lines[0]) : undefined;
  return (
    <>
      <StaffHeader />
      <main id="main" tabIndex={-1} className="container-page flex-1 py-6 outline-none">
        <ErrorPage status={status} message={message} />
      </main>
      <SiteFooter />
    </>
  );
}
