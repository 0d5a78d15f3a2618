/**
 * The wire formats of Open311 GeoReport v2: one value tree rendered as JSON, or as XML through the
 * Spark convention the spec uses (a JSON array is a wrapper element with one child per item, an
 * empty value an empty element). Pure functions: no database, no request.
 */

export type Format = "json" | "xml";
export const FORMATS: readonly Format[] = ["json", "xml"];

export type Scalar = string | number | boolean | null;
export type Value = Scalar | Value[] | { [key: string]: Value };

/** The element each item of an array gets in XML (the spec's wrapper → item names). */
const ITEM_ELEMENT: Record<string, string> = {
  services: "service",
  service_requests: "request",
  errors: "error",
  endpoints: "endpoint",
  formats: "format",
  attributes: "attribute",
  values: "value",
};

export const CONTENT_TYPE: Record<Format, string> = {
  json: "application/json; charset=utf-8",
  xml: "text/xml; charset=utf-8",
};

// XML 1.0 allows tab, newline, carriage return and everything from U+0020 except surrogates and
// U+FFFE/U+FFFF: anything else (a stray control character typed into a petition) would make the
// whole document unreadable, so it is dropped.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text as XML character data: escaped, and without characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML_CHAR, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function element(name: string, value: Value): string {
  if (value === null || value === "") return `<${name}></${name}>`;
  if (Array.isArray(value)) {
    const item = ITEM_ELEMENT[name];
    if (!item) throw new Error(`open311: no item element for the array "${name}"`);
    return `<${name}>${value.map((v) => element(item, v)).join("")}</${name}>`;
  }
  if (typeof value === "object") {
    return `<${name}>${Object.entries(value)
      .map(([k, v]) => element(k, v))
      .join("")}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** The document for `root` (XML root element name; in JSON the value itself). */
export function render(format: Format, root: string, value: Value): string {
  if (format === "json") return JSON.stringify(value);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(root, value)}\n`;
}

const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** A W3C datetime in Vietnam time with its offset, as the spec requires: 2026-03-02T09:15:00+07:00. */
export function vietnamDateTime(date: Date): string {
  return `${new Date(date.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 19)}+07:00`;
}

/** The end of a Vietnamese calendar day ("2026-03-20" → 2026-03-20T23:59:59+07:00): a deadline that day. */
export function endOfVietnamDay(day: string): string {
  return `${day}T23:59:59+07:00`;
}

const W3C_DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2}|\d{2}:\d{2})?)?$/i;

/**
 * Parses a W3C datetime (the spec's start_date / end_date). Forgiving where clients differ: a
 * missing offset means Vietnam time, a bare date means the start of that day (or its end, for
 * `end`), and "+07:00" whose "+" arrived as a space (an unencoded query string) still reads as +07:00.
 * Returns null for anything else, or for a date that does not exist.
 */
export function parseW3cDateTime(input: string, edge: "start" | "end" = "start"): Date | null {
  const m = W3C_DATETIME.exec(input.trim());
  if (!m) return null;
  const [, y, mo, d, hh, mi, ss, frac, zone] = m;
  const dateOnly = hh === undefined;
  const hour = dateOnly ? (edge === "end" ? 23 : 0) : Number(hh);
  const minute = dateOnly ? (edge === "end" ? 59 : 0) : Number(mi);
  const second = dateOnly ? (edge === "end" ? 59 : 0) : Number(ss ?? 0);
  const ms = dateOnly ? (edge === "end" ? 999 : 0) : Math.floor(Number(`0${frac ?? ""}`) * 1000);
  if (hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 7 * 60;
  if (zone && zone.toUpperCase() === "Z") offsetMinutes = 0;
  else if (zone) {
    const z = /^([+-]?)(\d{2}):?(\d{2})$/.exec(zone)!;
    const sign = z[1] === "-" ? -1 : 1;
    if (Number(z[2]) > 14 || Number(z[3]) > 59) return null;
    offsetMinutes = sign * (Number(z[2]) * 60 + Number(z[3]));
  }
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), hour, minute, second, ms);
  // Date.UTC rolls 2026-02-30 over to March: a date that does not exist is an error, not another day.
  const check = new Date(utc);
  if (check.getUTCFullYear() !== Number(y) || check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) return null;
  return new Date(utc - offsetMinutes * 60_000);
}

export type Route =
  | { kind: "discovery"; format: Format }
  | { kind: "services"; format: Format }
  | { kind: "service"; format: Format; code: string }
  | { kind: "requests"; format: Format }
  | { kind: "request"; format: Format; id: string }
  | { kind: "token"; format: Format; token: string };

export type ParsedPath = { ok: true; route: Route } | { ok: false; format: Format; reason: "format" | "path" };

const PATHS: Array<[RegExp, (m: RegExpExecArray, format: Format) => Route]> = [
  [/^discovery$/, (_m, format) => ({ kind: "discovery", format })],
  [/^v2\/services$/, (_m, format) => ({ kind: "services", format })],
  [/^v2\/services\/([^/]+)$/, (m, format) => ({ kind: "service", format, code: m[1] })],
  [/^v2\/requests$/, (_m, format) => ({ kind: "requests", format })],
  [/^v2\/requests\/([^/]+)$/, (m, format) => ({ kind: "request", format, id: m[1] })],
  [/^v2\/tokens\/([^/]+)$/, (m, format) => ({ kind: "token", format, token: m[1] })],
];

/**
 * What a path under /open311/ asks for ("v2/services/moi-truong.json" → the service definition of
 * moi-truong, as JSON). The format is the extension; an unknown path or format is not found, and
 * the error then goes out as XML, the format every GeoReport client reads.
 */
export function parsePath(path: string): ParsedPath {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return { ok: false, format: "xml", reason: "path" };
  }
  const m = /^(.*)\.([A-Za-z0-9]+)$/.exec(decoded.replace(/^\/+/, ""));
  if (!m) return { ok: false, format: "xml", reason: "path" };
  const ext = m[2].toLowerCase();
  if (ext !== "json" && ext !== "xml") return { ok: false, format: "xml", reason: "format" };
  for (const [re, build] of PATHS) {
    const hit = re.exec(m[1]);
    if (hit) return { ok: true, route: build(hit, ext) };
  }
  return { ok: false, format: ext, reason: "path" };
}

/** The path under /open311/ of a request URL ("" for /open311 itself). */
export function open311Path(url: string): string {
  const { pathname } = new URL(url);
  return pathname.replace(/^\/open311(?:\/|$)/, "");
}

export interface Open311Error {
  code: number;
  description: string;
}

const COMMON_HEADERS = {
  // Third-party apps run in browsers too: the data is public and POST needs a key, not a cookie.
  "Access-Control-Allow-Origin": "*",
  "Cross-Origin-Resource-Policy": "cross-origin",
  "X-Content-Type-Options": "nosniff",
  // Messages follow ?lang=, the lang cookie or Accept-Language.
  Vary: "Cookie, Accept-Language",
};

/** A response in the requested format. */
export function respond(format: Format, root: string, value: Value, init: { status?: number; headers?: Record<string, string>; maxAge?: number } = {}): Response {
  return new Response(render(format, root, value), {
    status: init.status ?? 200,
    headers: {
      ...COMMON_HEADERS,
      "Content-Type": CONTENT_TYPE[format],
      "Cache-Control": init.maxAge ? `public, max-age=${init.maxAge}` : "no-store",
      ...init.headers,
    },
  });
}

/** The spec's error document: [{code, description}] / <errors><error>…, with the HTTP status of the first. */
export function errorResponse(format: Format, status: number, descriptions: string[], headers?: Record<string, string>): Response {
  const errors: Open311Error[] = descriptions.map((description) => ({ code: status, description }));
  return respond(format, "errors", errors as unknown as Value, { status, headers });
}
