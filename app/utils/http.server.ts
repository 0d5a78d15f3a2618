import type { ZodType } from "zod";

/** Throws the 404 that the nearest ErrorBoundary turns into the site's "not found" page. */
export function notFound(): never {
  throw new Response(null, { status: 404, statusText: "Not Found" });
}

/** Parses route params; a malformed param is a 404 (never a 500). */
export function parseParam<T>(schema: ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) notFound();
  return result.data;
}

/** The query string as a plain object for a zod filter schema. */
export function searchParamsOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

/** Throws the site's 429 page, with Retry-After and a message in the reader's language. */
export function tooManyRequests(message: string, retryAfter: number): never {
  throw new Response(message, { status: 429, statusText: "Too Many Requests", headers: { "Retry-After": String(retryAfter), "Content-Type": "text/plain; charset=utf-8" } });
}

/** The client's address from the load context (server.js); "unknown" when the app runs without it. */
export function clientAddressOf(context: { clientAddress?: string } | undefined): string {
  return context?.clientAddress ?? "unknown";
}
