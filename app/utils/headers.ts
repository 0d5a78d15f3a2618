import type { HeadersFunction } from "@remix-run/node";

/** Keeps the Retry-After of a thrown 429 on the rendered error page (Remix passes only Set-Cookie by itself). */
export const retryAfterHeaders: HeadersFunction = ({ errorHeaders }) => {
  const headers = new Headers();
  const retryAfter = errorHeaders?.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
};
