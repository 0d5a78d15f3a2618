import { z } from "zod";
import type { Open311Messages } from "./open311.messages";
import { parseW3cDateTime } from "./open311.format";

/** page_size when the client sends none (pagination is the spec's most common extension). */
export const DEFAULT_PAGE_SIZE = 50;
/** A larger page_size is served as this many (clients written for other servers ask for 500 or 1000). */
export const MAX_PAGE_SIZE = 200;
export const MAX_PAGE = 10_000;
/** The spec: a start_date–end_date range "may not span more than 90 days"; no range = the last 90 days. */
export const MAX_SPAN_DAYS = 90;
export const MAX_IDS = 200;
const DAY_MS = 86_400_000;

export type Open311Status = "open" | "closed";

/** What GET requests.[format] asks for, checked. */
export interface RequestsQuery {
  /** service_request_id: when given, it overrides every other argument (the spec). */
  ids: string[] | null;
  serviceCodes: string[];
  statuses: Open311Status[];
  from: Date;
  /** null: up to now (no upper bound, so a request filed a moment ago is never cut off). */
  to: Date | null;
  page: number;
  pageSize: number;
}

/** A comma-delimited argument that may also be repeated (status=open&status=closed): its items. */
function listParam(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .join(",")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** An argument sent empty is the same as one not sent (the spec's "Optional Arguments"). */
function optionalParam(params: URLSearchParams, name: string): string | undefined {
  const v = params.get(name)?.trim();
  return v ? v : undefined;
}

function wholeNumber(message: string, min: number, max: number) {
  return z
    .string()
    .regex(/^\d{1,9}$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message));
}

/** The query of GET requests.[format], or every problem with it as a message for the client. */
export function parseRequestsQuery(params: URLSearchParams, now: Date, m: Open311Messages): { ok: true; query: RequestsQuery } | { ok: false; errors: string[] } {
  const schema = z
    .object({
      ids: z.array(z.string()).max(MAX_IDS, m.tooManyIds(MAX_IDS)),
      serviceCodes: z.array(z.string()),
      statuses: z.array(z.enum(["open", "closed"], { message: m.badStatus })),
      start: z
        .string()
        .optional()
        .transform((v, ctx) => {
          if (v === undefined) return null;
          const d = parseW3cDateTime(v, "start");
          if (!d) ctx.addIssue({ code: "custom", message: m.badDate("start_date") });
          return d;
        }),
      end: z
        .string()
        .optional()
        .transform((v, ctx) => {
          if (v === undefined) return null;
          const d = parseW3cDateTime(v, "end");
          if (!d) ctx.addIssue({ code: "custom", message: m.badDate("end_date") });
          return d;
        }),
      page: wholeNumber(m.badPage, 1, MAX_PAGE).default(1),
      pageSize: wholeNumber(m.badPageSize, 1, 1_000_000)
        .transform((n) => Math.min(n, MAX_PAGE_SIZE))
        .default(DEFAULT_PAGE_SIZE),
    })
    .superRefine((v, ctx) => {
      if (v.ids.length || !v.start || !v.end) return;
      if (v.end.getTime() < v.start.getTime()) ctx.addIssue({ code: "custom", message: m.rangeReversed });
      else if (v.end.getTime() - v.start.getTime() > MAX_SPAN_DAYS * DAY_MS) ctx.addIssue({ code: "custom", message: m.rangeTooLong(MAX_SPAN_DAYS) });
    });

  const parsed = schema.safeParse({
    ids: listParam(params, "service_request_id"),
    serviceCodes: listParam(params, "service_code"),
    statuses: [...new Set(listParam(params, "status").map((s) => s.toLowerCase()))],
    start: optionalParam(params, "start_date"),
    end: optionalParam(params, "end_date"),
    page: optionalParam(params, "page"),
    pageSize: optionalParam(params, "page_size"),
  });
  if (!parsed.success) return { ok: false, errors: [...new Set(parsed.error.issues.map((i) => i.message))] };

  const v = parsed.data;
  const span = MAX_SPAN_DAYS * DAY_MS;
  let from: Date;
  let to: Date | null;
  if (v.start && v.end) [from, to] = [v.start, v.end];
  else if (v.start) [from, to] = [v.start, new Date(v.start.getTime() + span)];
  else if (v.end) [from, to] = [new Date(v.end.getTime() - span), v.end];
  else [from, to] = [new Date(now.getTime() - span), null];
  return {
    ok: true,
    query: {
      ids: v.ids.length ? [...new Set(v.ids)] : null,
      serviceCodes: [...new Set(v.serviceCodes)],
      statuses: v.statuses,
      from,
      to,
      page: v.page,
      pageSize: v.pageSize,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// POST requests.[format] → the petition form
// ---------------------------------------------------------------------------------------------

/** The service definition's attribute codes (attribute[code]=value in a POST). */
export const ATTR = {
  notice: "notice",
  filerType: "filer_type",
  subject: "subject",
  agency: "agency",
  businessName: "business_name",
  taxCode: "tax_code",
  filerAddress: "filer_address",
  publicConsent: "public_consent",
  /** Not in the definition: a client's idempotency key (the same key twice files one petition). */
  submissionKey: "submission_key",
} as const;

/** The agency attribute's value for "not sure which agency" (the province triage queue). */
export const AGENCY_UNSURE = "unsure";

/** Which Open311 argument carries each petition form field (to name it in a 400). */
export const FIELD_PARAM: Record<string, string> = {
  filerType: `attribute[${ATTR.filerType}]`,
  name: "first_name, last_name",
  email: "email",
  phone: "phone",
  address: `attribute[${ATTR.filerAddress}]`,
  businessName: `attribute[${ATTR.businessName}]`,
  taxCode: `attribute[${ATTR.taxCode}]`,
  agency: `attribute[${ATTR.agency}]`,
  topic: "service_code",
  subject: `attribute[${ATTR.subject}]`,
  body: "description",
  attachments: "media",
  form: "request",
};

/** Reads one argument of a POST: the first value, "" when absent; attribute[x] also as attribute[x][]. */
export type FieldReader = (name: string) => string;

/** The FieldReader of a posted form. */
export function fieldReader(form: FormData): FieldReader {
  return (name) => {
    const v = form.get(name) ?? form.get(`${name}[]`);
    return typeof v === "string" ? v : "";
  };
}

const attr = (get: FieldReader, code: string) => get(`attribute[${code}]`).trim();

const SUBJECT_CUT = 120;

/**
 * A subject from the description when the client sends none (GeoReport has no title field): its
 * first line, cut at a word near 120 characters.
 */
export function subjectFrom(description: string): string {
  const text = description.normalize("NFC");
  const firstLine = text.split(/\r?\n/).map((l) => l.replace(/\s+/g, " ").trim()).find(Boolean) ?? "";
  const line = firstLine.length >= 5 ? firstLine : text.replace(/\s+/g, " ").trim();
  if (line.length <= SUBJECT_CUT) return line;
  const cut = line.slice(0, SUBJECT_CUT - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > 60 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, "")}…`;
}

/** The full name in Vietnamese order: family name (last_name) first, then the given name. */
export function fullName(firstName: string, lastName: string): string {
  return [lastName, firstName]
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join(" ");
}

const YES = new Set(["yes", "true", "on", "1", "co", "có"]);

/** The petition form (as the public form would post it) from the GeoReport arguments. */
export function petitionFormInput(get: FieldReader, serviceCode: string): Record<string, string | undefined> {
  const agency = attr(get, ATTR.agency);
  return {
    filerType: attr(get, ATTR.filerType).toLowerCase() || "citizen",
    name: fullName(get("first_name"), get("last_name")),
    email: get("email"),
    phone: get("phone"),
    address: attr(get, ATTR.filerAddress),
    businessName: attr(get, ATTR.businessName),
    taxCode: attr(get, ATTR.taxCode),
    agency: agency === AGENCY_UNSURE ? "" : agency,
    topic: serviceCode,
    subject: attr(get, ATTR.subject) || subjectFrom(get("description")),
    body: get("description"),
    publicConsent: YES.has(attr(get, ATTR.publicConsent).toLowerCase()) ? "on" : undefined,
  };
}

/** Where and what the client reported beyond the form: kept with the petition for the agency. */
export interface ReportedPlace {
  address: string;
  addressId: string;
  lat: number | null;
  long: number | null;
  mediaUrl: string;
}

/** lat/long, address_string, address_id and media_url, checked; messages for what is wrong. */
export function reportedPlace(get: FieldReader, m: Open311Messages): { place: ReportedPlace; errors: string[] } {
  const errors: string[] = [];
  const latText = get("lat").trim();
  const longText = get("long").trim();
  let lat: number | null = null;
  let long: number | null = null;
  if (latText || longText) {
    lat = Number(latText);
    long = Number(longText);
    if (!latText || !longText || !Number.isFinite(lat) || !Number.isFinite(long) || Math.abs(lat) > 90 || Math.abs(long) > 180) {
      errors.push(m.badLatLong);
      lat = long = null;
    }
  }
  const mediaUrl = get("media_url").trim();
  if (mediaUrl && (!/^https?:\/\/\S+$/i.test(mediaUrl) || mediaUrl.length > 1000)) errors.push(m.badMediaUrl);
  const clean = (s: string, max: number) => s.normalize("NFC").replace(/\s+/g, " ").trim().slice(0, max);
  return {
    place: { address: clean(get("address_string"), 500), addressId: clean(get("address_id"), 100), lat, long, mediaUrl: errors.includes(m.badMediaUrl) ? "" : mediaUrl },
    errors,
  };
}

/** The petition body: the description, then what the client sent about the place, for the agency. */
export function bodyWithPlace(description: string, place: ReportedPlace, m: Open311Messages): string {
  const lines: string[] = [];
  if (place.address) lines.push(`${m.location}: ${place.address}`);
  if (place.lat !== null && place.long !== null) lines.push(`${m.coordinates}: ${place.lat}, ${place.long}`);
  if (place.addressId) lines.push(`${m.addressId}: ${place.addressId}`);
  if (place.mediaUrl) lines.push(`${m.mediaUrl}: ${place.mediaUrl}`);
  return lines.length ? `${description}\n\n${m.locationHeading}:\n${lines.join("\n")}` : description;
}
