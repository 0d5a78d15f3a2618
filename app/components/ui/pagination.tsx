import { Link, useLocation } from "@remix-run/react";
import { useI18n } from "../../i18n/use-t";

/** Previous / next links that keep the current filters; plain links, so they work without JavaScript. */
export function Pagination({ page, pages }: { page: number; pages: number }) {
  const { t } = useI18n();
  const location = useLocation();
  if (pages <= 1) return null;
  const href = (p: number) => {
    const params = new URLSearchParams(location.search);
    params.delete("lang");
    if (p === 1) params.delete("page");
    else params.set("page", String(p));
    const qs = params.toString();
    return qs ? `?${qs}` : location.pathname;
  };
  return (
    <nav aria-label={t("common.pagination")} className="mt-6 flex flex-wrap items-center gap-3 print:hidden">
      {page > 1 ? (
        <Link to={href(page - 1)} rel="prev" className="btn-secondary">
          ← {t("common.prev")}
        </Link>
      ) : null}
      <span aria-current="page">{t("common.page", { page, pages })}</span>
      {page < pages ? (
        <Link to={href(page + 1)} rel="next" className="btn-secondary">
          {t("common.next")} →
        </Link>
      ) : null}
    </nav>
  );
}
