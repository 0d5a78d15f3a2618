import { useRouteLoaderData } from "@remix-run/react";
import { translator, type Lang, type Translate } from "./index";

/** The current language and its t(), from the root loader. */
export function useI18n(): { lang: Lang; t: Translate } {
  const data = useRouteLoaderData<{ lang: Lang }>("root");
  const lang = data?.lang ?? "vi";
  return { lang, t: translator(lang) };
}
