import type { MetaFunction } from "@remix-run/node";
import { isRouteErrorResponse, useMatches, useRouteError } from "@remix-run/react";
import { useContext } from "react";
import { UNSAFE_DataRouterStateContext } from "react-router-dom";
import { isLang, translator } from "../i18n";

/**
 * Kept for the routes that export it: the document title is now rendered by the root Layout
 * (useDocumentTitle), because meta functions cannot see an action's result and a form that came
 * back with errors must say so in its title.
 */
export const titleMeta: MetaFunction = () => [];

/**
 * The page's `<title>`: "Page | Portal" from the deepest loader's `title`; the error's own title on
 * an error page; "Lỗi: " / "Error: " in front when a form came back with errors.
 */
export function useDocumentTitle(): string {
  const matches = useMatches();
  const state = useContext(UNSAFE_DataRouterStateContext);
  // The Layout sees only the root's own error; a nested route's error is in the router state.
  const error = useRouteError() ?? Object.values(state?.errors ?? {})[0];
  const rootLang = (matches.find((m) => m.id === "root")?.data as { lang?: string } | undefined)?.lang;
  const t = translator(isLang(rootLang) ? rootLang : "vi");
  let title: string | undefined;
  for (const m of matches) {
    const own = (m.data as { title?: unknown } | undefined)?.title;
    if (typeof own === "string") title = own;
  }
  if (error) {
    const status = isRouteErrorResponse(error) ? error.status : 500;
    title = t(
      status === 404 ? "error.notFoundTitle" : status === 403 ? "error.forbiddenTitle" : status === 429 ? "error.tooManyTitle" : status === 409 ? "error.conflictTitle" : "error.serverTitle",
    );
  }
  const failed = Object.values(state?.actionData ?? {}).some((d) => {
    const errors = (d as { errors?: Record<string, unknown> } | null)?.errors;
    return !!errors && Object.values(errors).some(Boolean);
  });
  const full = title ? `${title} | ${t("site.portal")}` : t("site.portal");
  return failed ? `${t("form.errorPrefix")}${full}` : full;
}
