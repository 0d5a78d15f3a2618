import type { MetaFunction } from "@remix-run/node";

/** `<title>` from the loader's `title` ("Page | Portal"); routes export it as `meta`. */
export const titleMeta: MetaFunction = ({ data, matches }) => {
  const root = matches.find((m) => m.id === "root")?.data as { lang?: string } | undefined;
  const portal = root?.lang === "en" ? "Transparency Portal" : "Cổng minh bạch";
  const title = (data as { title?: string } | undefined)?.title;
  return [{ title: title ? `${title} | ${portal}` : portal }];
};
