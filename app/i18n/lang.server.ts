import { isLang, type Lang } from "./index";

const COOKIE = "lang";
const ONE_YEAR = 60 * 60 * 24 * 365;

/** The request's language: ?lang= first (and remembered), then the cookie, then Vietnamese. */
export function resolveLang(request: Request): { lang: Lang; setCookie?: string } {
  const fromQuery = new URL(request.url).searchParams.get("lang");
  if (isLang(fromQuery)) {
    return { lang: fromQuery, setCookie: `${COOKIE}=${fromQuery}; Path=/; Max-Age=${ONE_YEAR}; SameSite=Lax` };
  }
  return { lang: langFromCookie(request) };
}

/** The language without side effects, for actions and resource routes. */
export function getLang(request: Request): Lang {
  const fromQuery = new URL(request.url).searchParams.get("lang");
  return isLang(fromQuery) ? fromQuery : langFromCookie(request);
}

function langFromCookie(request: Request): Lang {
  const cookie = request.headers.get("Cookie") ?? "";
  const match = /(?:^|;\s*)lang=(vi|en)\b/.exec(cookie);
  return match && isLang(match[1]) ? match[1] : "vi";
}
