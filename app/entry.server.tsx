import { Transform } from "node:stream";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { getLang } from "./i18n/lang.server";
import { translator } from "./i18n";
import { isDatabaseUnavailable } from "./utils/db.server";
import { NonceProvider } from "./utils/nonce";

export { startup, shutdown } from "./utils/startup.server";

const ABORT_DELAY = 10_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const errors = Object.values(remixContext.staticHandlerContext.errors ?? {});
  if (errors.some(isDatabaseUnavailable)) return unavailablePage(request);

  const nonce = typeof loadContext.nonce === "string" ? loadContext.nonce : "";
  const cacheKey = pageCacheKey(request, responseStatusCode, responseHeaders, remixContext);
  const cached = cacheKey ? pageCache.get(cacheKey) : undefined;
  if (cached && cached.expires > Date.now()) {
    // The same page for every reader of this language: only the CSP nonce is this response's own.
    responseHeaders.set("Content-Type", "text/html; charset=utf-8");
    return new Response(cached.html.split(cached.nonce).join(nonce), { headers: responseHeaders, status: responseStatusCode });
  }
  // Wait for the whole page: server-rendered HTML for phones and for browsers without JavaScript.
  return new Promise<Response>((resolve, reject) => {
    let failed = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        onAllReady() {
          const body = withoutNulBytes();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          if (cacheKey && !failed && nonce) {
            const chunks: Buffer[] = [];
            body.on("data", (chunk: Buffer) => chunks.push(chunk));
            body.on("end", () => {
              const html = Buffer.concat(chunks).toString("utf8");
              storePage(cacheKey, { html, nonce, expires: Date.now() + pageCacheSeconds(remixContext) * 1000 });
              resolve(new Response(html, { headers: responseHeaders, status: responseStatusCode }));
            });
            body.on("error", reject);
            pipe(body);
            return;
          }
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: failed ? 500 : responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          failed = true;
          console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY + 1000);
  });
}

// Rendered pages of routes that opt in with `handle: { pageCacheSeconds }` (figures that change at
// most every few seconds and cost a lot to draw): kept per URL and language, in this process.
const pageCache = new Map<string, { html: string; nonce: string; expires: number }>();
const PAGE_CACHE_MAX = 200;

function pageCacheSeconds(context: EntryContext): number {
  const leaf = context.staticHandlerContext.matches.at(-1);
  const handle = leaf ? (context.routeModules[leaf.route.id]?.handle as { pageCacheSeconds?: number } | undefined) : undefined;
  return handle?.pageCacheSeconds ?? 0;
}

/** The cache key of a page anyone may share, or null (a POST, an error, a cookie being set, a route that did not opt in). */
function pageCacheKey(request: Request, status: number, headers: Headers, context: EntryContext): string | null {
  if (request.method !== "GET" || status !== 200 || headers.has("Set-Cookie")) return null;
  if (context.staticHandlerContext.actionData || context.staticHandlerContext.errors) return null;
  if (pageCacheSeconds(context) <= 0) return null;
  const lang = (context.staticHandlerContext.loaderData.root as { lang?: string } | undefined)?.lang ?? "vi";
  return `${lang} ${request.url}`;
}

function storePage(key: string, entry: { html: string; nonce: string; expires: number }) {
  if (pageCache.size >= PAGE_CACHE_MAX) {
    const now = Date.now();
    for (const [k, v] of pageCache) if (v.expires <= now) pageCache.delete(k);
    if (pageCache.size >= PAGE_CACHE_MAX) pageCache.delete(pageCache.keys().next().value!);
  }
  pageCache.set(key, entry);
}

/**
 * React 18.3's Node renderer writes its whole 2 KB buffer when a multi-byte character does not fit
 * at the end of it (react-dom-server.node: `writeToDestination(destination, currentView)` after a
 * short `encodeInto`), so Vietnamese pages got stray NUL bytes at 2 KB boundaries. HTML never
 * carries a NUL, so dropping them restores exactly what React meant to send.
 */
function withoutNulBytes(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      if (!chunk.includes(0)) return callback(null, chunk);
      const out = Buffer.allocUnsafe(chunk.length);
      let n = 0;
      for (const byte of chunk) if (byte !== 0) out[n++] = byte;
      callback(null, out.subarray(0, n));
    },
  });
}

/** A plain 503 page in the reader's language; the app recovers by itself once the database answers. */
function unavailablePage(request: Request): Response {
  const lang = getLang(request);
  const t = translator(lang);
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${t("error.unavailableTitle")}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5"><h1>${t("error.unavailableTitle")}</h1><p>${t("error.unavailable")}</p><p><a href="/">${t("error.home")}</a></p></body></html>`;
  return new Response(html, {
    status: 503,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": "30", "Cache-Control": "no-store" },
  });
}

export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  if (isDatabaseUnavailable(error)) {
    console.warn(`[db] unavailable: ${(error as Error).message}`);
    return;
  }
  console.error(error);
};
