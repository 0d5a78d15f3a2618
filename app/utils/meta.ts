import type { MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse } from "@remix-run/react";
import { isLang, translator } from "../i18n";

/**
 * `<title>` from the loader's `title` ("Page | Portal"); on an error, the error's own title
 * ("Không tìm thấy trang" …). Routes export it as `meta`.
 */
export const titleMeta: MetaFunction = ({ data, matches, error }) => {
  const rootLang = (matches.find((m) => m.id === "root")?.data as { lang?: string } | undefined)?.lang;
  const t = translator(isLang(rootLang) ? rootLang : "vi");
  let title = (data as { title?: string } | undefined)?.title;
  if (error) {
    const status = isRouteErrorResponse(error) ? error.status : 500;
    title = t(status === 404 ? "error.notFoundTitle" : status === 403 ? "error.forbiddenTitle" : "error.serverTitle");
  }
  return [{ title: title ? `${title} | ${t("site.portal")}` : t("site.portal") }];
};
