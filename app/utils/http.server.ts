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
