/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) over the petitions:
 * services are petition topics (service_code = topic slug), service requests are petitions
 * (service_request_id = the public code PA-YYYY-NNNNNN). Discovery at /open311/discovery.{xml,json},
 * the API at /open311/v2/. GET answers show what the public petition page shows and nothing more;
 * POST files a petition through the same filePetition as the public form.
 *
 * Extensions a client may use and others ignore: page / page_size on GET requests; a `media`
 * file in a multipart POST (checked like the form's attachments); attribute[submission_key]
 * (16–64 of A-Z a-z 0-9 _ -) makes a POST idempotent per api_key; ?lang=en for English texts.
 * Requests are created at once ("realtime"), so POST returns the service_request_id; the token
 * of GET tokens/<token> is that same code (a client written for "batch" servers still works).
 */
import type { Kysely } from "kysely";
import type { Database } from "../../../db/types";
import { formatDate, isLang, pick, translator, type Lang, type Translate } from "../../i18n";
import { isDatabaseUnavailable } from "../../utils/db.server";
import { hitRateLimit, type RateLimit } from "../../utils/rate-limit.server";
import { safeEqual, sha256 } from "../../utils/secret.server";
import { readForm, TooLarge } from "../../utils/uploads.server";
import { getProvince, listAgencyOptions } from "../agencies/agencies.queries.server";
import type { WorkingCalendar } from "../calendar/calendar";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "../petitions/file-type";
import { getTopicBySlug, listTopics } from "../petitions/petitions.queries.server";
import { OPEN_STATUSES, STATUSES, type PetitionStatus } from "../petitions/petitions.rules";
import { BODY_MAX, fieldErrors, normalizeCode, petitionFormSchema } from "../petitions/petitions.schema";
import { checkAttachments, FieldError, filePetition, newSubmissionKey } from "../petitions/petitions.server";
import { fold } from "../search/normalize";
import {
  endOfVietnamDay,
  errorResponse,
  open311Path,
  parsePath,
  respond,
  vietnamDateTime,
  type Format,
  type Route,
  type Value,
} from "./open311.format";
import { open311Messages, type Open311Messages } from "./open311.messages";
import { agenciesChangedAt, listServiceRequests, petitionExists, type ServiceRequestRow } from "./open311.queries.server";
import {
  AGENCY_UNSURE,
  ATTR,
  bodyWithPlace,
  FIELD_PARAM,
  fieldReader,
  MAX_IDS,
  parseRequestsQuery,
  petitionFormInput,
  reportedPlace,
} from "./open311.schema";

export const SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
/** When this API's shape last changed (the discovery changeset never goes below it). */
export const API_CHANGESET = new Date("2026-11-27T00:00:00+07:00");
/** POSTs per client address: a third-party app's server files for many people, a spammer should not. */
export const OPEN311_POST_LIMIT: RateLimit = { limit: 60, windowSeconds: 3600 };
/** The spec caps description at 4,000 characters. */
const DESCRIPTION_MAX = 4000;
const CLOSED_STATUSES: readonly PetitionStatus[] = STATUSES.filter((s) => !OPEN_STATUSES.includes(s));

/** What the API needs from the app: the route builds it from the request context, tests from a test database. */
export interface Open311Context {
  db: Kysely<Database>;
  /** OPEN311_API_KEYS: a POST needs one of them. */
  apiKeys: readonly string[];
  /** Today in Vietnam (YYYY-MM-DD), the working calendar and the token secret: what filing needs. */
  today: string;
  cal: WorkingCalendar;
  secret: string;
  /** The portal's public origin, no trailing slash. */
  baseUrl: string;
  /** The client's address (for the POST rate limit). */
  ip: string;
  now?: Date;
}

/**
 * Answers one Open311 request (any method, any path under /open311/). The context is loaded only
 * once the path is known to be ours, so a malformed URL costs no database work.
 */
export async function handleOpen311(request: Request, loadContext: () => Promise<Open311Context>): Promise<Response> {
  const lang = open311Lang(request);
  const m = open311Messages(lang);
  const parsed = parsePath(open311Path(request.url));
  if (!parsed.ok) return errorResponse(parsed.format, 404, [parsed.reason === "format" ? m.unknownFormat : m.notFound]);
  const { route } = parsed;
  const format = route.format;

  const method = request.method.toUpperCase();
  const allowed = route.kind === "requests" ? ["GET", "HEAD", "POST"] : ["GET", "HEAD"];
  if (!allowed.includes(method)) {
    return errorResponse(format, 405, [m.methodNotAllowed(allowed.filter((a) => a !== "HEAD").join(", "))], { Allow: allowed.join(", ") });
  }

  try {
    const ctx = await loadContext();
    const env: Env = { ctx, format, lang, m, t: translator(lang), now: ctx.now ?? new Date() };
    if (method === "POST") return await createServiceRequest(request, env);
    return await get(route, new URL(request.url).searchParams, env);
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      console.warn(`[open311] database unavailable: ${(error as Error).message}`);
      return errorResponse(format, 503, [m.unavailable], { "Retry-After": "30" });
    }
    throw error;
  }
}

interface Env {
  ctx: Open311Context;
  format: Format;
  lang: Lang;
  m: Open311Messages;
  t: Translate;
  now: Date;
}

/**
 * The language of the texts: ?lang=, then the portal's lang cookie, then Accept-Language
 * (API clients send that rather than a cookie), then Vietnamese.
 */
export function open311Lang(request: Request): Lang {
  const query = new URL(request.url).searchParams.get("lang");
  if (isLang(query)) return query;
  const cookie = /(?:^|;\s*)lang=(vi|en)\b/.exec(request.headers.get("Cookie") ?? "");
  if (cookie && isLang(cookie[1])) return cookie[1];
  for (const part of (request.headers.get("Accept-Language") ?? "").split(",")) {
    const tag = part.trim().slice(0, 2).toLowerCase();
    if (isLang(tag)) return tag;
  }
  return "vi";
}

async function get(route: Route, params: URLSearchParams, env: Env): Promise<Response> {
  switch (route.kind) {
    case "discovery":
      return discovery(env);
    case "services":
      return services(env);
    case "service":
      return serviceDefinition(route.code, env);
    case "requests":
      return serviceRequests(params, env);
    case "request":
      return serviceRequest(route.id, env);
    case "token":
      return token(route.token, env);
  }
}

// ---------------------------------------------------------------------------------------------
// Discovery, services, service definitions
// ---------------------------------------------------------------------------------------------

/** The discovery document (the spec's Service Discovery). */
async function discovery({ ctx, format, lang, m }: Env): Promise<Response> {
  const [province, changed] = await Promise.all([getProvince(ctx.db), agenciesChangedAt(ctx.db)]);
  const changeset = vietnamDateTime(changed && changed > API_CHANGESET ? changed : API_CHANGESET);
  const value = {
    changeset,
    contact: m.contact(pick(lang, province.portal_name_vi, province.portal_name_en), province.email, province.hotline),
    key_service: m.keyService(province.email),
    endpoints: [
      {
        specification: SPECIFICATION,
        url: `${ctx.baseUrl}/open311/v2`,
        changeset,
        type: "production",
        formats: ["text/xml", "application/json"],
      },
    ],
  };
  return respond(format, "discovery", value, { maxAge: 300 });
}

/** Search words for a topic: its names and the Vietnamese without diacritics ("dat dai"). */
function keywordsOf(topic: { name_vi: string; name_en: string }): string {
  const words = [topic.name_vi, fold(topic.name_vi), topic.name_en].flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean);
  return [...new Set(words)].join(", ");
}

/** GET services: the active petition topics, in their order. */
async function services({ ctx, format, lang, m }: Env): Promise<Response> {
  const topics = await listTopics(ctx.db);
  const value = topics.map((topic) => {
    const name = pick(lang, topic.name_vi, topic.name_en);
    return {
      service_code: topic.slug,
      service_name: name,
      description: m.serviceDescription(name, topic.answer_days),
      metadata: true,
      type: "realtime",
      keywords: keywordsOf(topic),
      group: m.group,
    };
  });
  return respond(format, "services", value, { maxAge: 300 });
}

interface Attribute {
  variable: boolean;
  code: string;
  datatype: "string" | "number" | "datetime" | "text" | "singlevaluelist" | "multivaluelist";
  required: boolean;
  datatype_description: string | null;
  order: number;
  description: string;
  values: Array<{ key: string; name: string }>;
}

/** GET services/<code>: what a client asks besides the standard fields, to file a full petition. */
async function serviceDefinition(code: string, { ctx, format, lang, m, t }: Env): Promise<Response> {
  const topic = await getTopicBySlug(ctx.db, code);
  if (!topic) return errorResponse(format, 404, [m.serviceNotFound(code)]);
  const agencies = await listAgencyOptions(ctx.db);
  const attribute = (a: Omit<Attribute, "order" | "variable" | "required" | "datatype_description" | "values"> & Partial<Attribute>): Omit<Attribute, "order"> => ({
    variable: true,
    required: false,
    datatype_description: null,
    values: [],
    ...a,
  });
  const attributes: Attribute[] = [
    attribute({ code: ATTR.notice, variable: false, datatype: "text", description: m.noticeAttribute }),
    attribute({
      code: ATTR.filerType,
      datatype: "singlevaluelist",
      description: m.filerType,
      values: [
        { key: "citizen", name: t("petition.filer.citizen") },
        { key: "business", name: t("petition.filer.business") },
      ],
    }),
    attribute({
      code: ATTR.agency,
      datatype: "singlevaluelist",
      description: m.agency,
      values: [{ key: AGENCY_UNSURE, name: m.agencyUnsure }, ...agencies.map((a) => ({ key: a.slug, name: pick(lang, a.name_vi, a.name_en) }))],
    }),
    attribute({ code: ATTR.subject, datatype: "string", description: m.subject }),
    attribute({ code: ATTR.businessName, datatype: "string", description: m.businessName }),
    attribute({ code: ATTR.taxCode, datatype: "string", description: m.taxCode, datatype_description: m.taxCodeType }),
    attribute({ code: ATTR.filerAddress, datatype: "string", description: m.filerAddress }),
    attribute({
      code: ATTR.publicConsent,
      datatype: "singlevaluelist",
      description: m.consent,
      values: [
        { key: "yes", name: m.yes },
        { key: "no", name: m.no },
      ],
    }),
  ].map((a, i) => ({ ...a, order: i + 1 }));
  // The spec's field order within an attribute.
  const ordered = attributes.map((a) => ({
    variable: a.variable,
    code: a.code,
    datatype: a.datatype,
    required: a.required,
    datatype_description: a.datatype_description,
    order: a.order,
    description: a.description,
    values: a.values,
  }));
  return respond(format, "service_definition", { service_code: topic.slug, attributes: ordered }, { maxAge: 300 });
}

// ---------------------------------------------------------------------------------------------
// Service requests (read)
// ---------------------------------------------------------------------------------------------

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A petition as a service request: what its public page shows. Description and answer only once
 * published (masked and redacted at publication); the filer's details never.
 */
export function toServiceRequest(row: ServiceRequestRow, lang: Lang, t: Translate) {
  const open = OPEN_STATUSES.includes(row.status);
  const published = row.status === "published";
  const label = t(`petition.status.${row.status}`);
  const description = published ? cut([row.published_subject, row.published_body].filter(Boolean).join("\n\n"), DESCRIPTION_MAX) : "";
  return {
    service_request_id: row.code,
    status: open ? "open" : "closed",
    status_notes: published && row.published_answer ? `${label}\n\n${row.published_answer}` : label,
    service_name: pick(lang, row.topic_vi, row.topic_en),
    service_code: row.topic_slug,
    description: description || null,
    agency_responsible: row.agency_vi ? pick(lang, row.agency_vi, row.agency_en) : t("petition.triage"),
    service_notice: null,
    requested_datetime: vietnamDateTime(row.filed_at),
    updated_datetime: vietnamDateTime(row.updated_at),
    expected_datetime: open ? endOfVietnamDay(row.due_on) : null,
    // Petitions carry no geocoded place: what a filer wrote about it is private until published.
    address: null,
    address_id: null,
    zipcode: null,
    lat: null,
    long: null,
    media_url: null,
  };
}

function statusesOf(wanted: Array<"open" | "closed">): PetitionStatus[] {
  if (wanted.length !== 1) return []; // none, or both: every status
  return [...(wanted[0] === "open" ? OPEN_STATUSES : CLOSED_STATUSES)];
}

/** GET requests: filtered, newest first, a page at a time (page / page_size). */
async function serviceRequests(params: URLSearchParams, { ctx, format, lang, m, t, now }: Env): Promise<Response> {
  const parsed = parseRequestsQuery(params, now, m);
  if (!parsed.ok) return errorResponse(format, 400, parsed.errors);
  const q = parsed.query;
  const codes = q.ids ? q.ids.map(normalizeCode).filter((c): c is string => c !== null) : null;
  const rows = await listServiceRequests(ctx.db, {
    codes,
    topicSlugs: q.serviceCodes,
    statuses: statusesOf(q.statuses),
    from: q.from,
    to: q.to,
    limit: codes ? MAX_IDS : q.pageSize,
    offset: codes ? 0 : (q.page - 1) * q.pageSize,
  });
  const headers: Record<string, string> = {};
  if (!codes && rows.length === q.pageSize) {
    const next = new URL(`${ctx.baseUrl}/open311/v2/requests.${format}`);
    params.forEach((v, k) => next.searchParams.append(k, v));
    next.searchParams.set("page", String(q.page + 1));
    next.searchParams.set("page_size", String(q.pageSize));
    headers.Link = `<${next.toString()}>; rel="next"`;
  }
  return respond(format, "service_requests", rows.map((r) => toServiceRequest(r, lang, t)), { maxAge: 60, headers });
}

/** GET requests/<id>: one petition, or 404. */
async function serviceRequest(id: string, { ctx, format, lang, m, t }: Env): Promise<Response> {
  const code = normalizeCode(id);
  const rows = code ? await listServiceRequests(ctx.db, { codes: [code], topicSlugs: [], statuses: [], from: new Date(0), to: null, limit: 1, offset: 0 }) : [];
  if (!rows[0]) return errorResponse(format, 404, [m.requestNotFound(id)]);
  return respond(format, "service_requests", [toServiceRequest(rows[0], lang, t)], { maxAge: 60 });
}

/** GET tokens/<token>: the token is the petition code itself (requests are created at once). */
async function token(value: string, { ctx, format, m }: Env): Promise<Response> {
  const code = normalizeCode(value);
  if (!code || !(await petitionExists(ctx.db, code))) return errorResponse(format, 404, [m.tokenNotFound(value)]);
  return respond(format, "service_requests", [{ service_request_id: code, token: value }], { maxAge: 60 });
}

// ---------------------------------------------------------------------------------------------
// Service requests (create)
// ---------------------------------------------------------------------------------------------

/** True when `given` is one of the configured keys (compared in constant time, each of them). */
export function apiKeyMatches(keys: readonly string[], given: string): boolean {
  let ok = false;
  for (const key of keys) if (safeEqual(key, given)) ok = true;
  return ok;
}

/**
 * The petition's submission key. A client's own key is scoped to its api_key, so two clients that
 * both count from "0000000000000001" never get each other's petition back.
 */
export function open311SubmissionKey(apiKey: string, clientKey: string): string {
  return /^[A-Za-z0-9_-]{16,64}$/.test(clientKey) ? `open311:${sha256(apiKey).slice(0, 16)}:${clientKey}` : newSubmissionKey();
}

/** POST requests: checks the key, maps the GeoReport fields onto the petition form, files it. */
async function createServiceRequest(request: Request, { ctx, format, lang, m, t, now }: Env): Promise<Response> {
  // Counted before the key is checked, so guessing keys is limited too.
  const limit = await hitRateLimit(ctx.db, `open311:post:${ctx.ip}`, OPEN311_POST_LIMIT, now);
  if (!limit.allowed) return errorResponse(format, 429, [m.tooMany(Math.ceil(limit.retryAfter / 60))], { "Retry-After": String(limit.retryAfter) });

  let form: FormData;
  let files: Array<{ filename: string; bytes: Uint8Array | null }>;
  try {
    ({ form, files } = await readForm(request, { fileField: "media", maxFileBytes: MAX_ATTACHMENT_BYTES, maxFiles: MAX_ATTACHMENTS, maxFieldBytes: 200_000 }));
  } catch (error) {
    return errorResponse(format, 400, [error instanceof TooLarge ? m.tooLarge : m.badBody]);
  }
  const field = fieldReader(form);

  const apiKey = field("api_key") || new URL(request.url).searchParams.get("api_key") || "";
  if (!apiKey) return errorResponse(format, 403, [m.apiKeyMissing]);
  if (!apiKeyMatches(ctx.apiKeys, apiKey)) return errorResponse(format, 403, [m.apiKeyInvalid]);

  const serviceCode = field("service_code").trim();
  if (!serviceCode) return errorResponse(format, 400, [m.serviceCodeMissing]);
  const topic = await getTopicBySlug(ctx.db, serviceCode);
  if (!topic) return errorResponse(format, 404, [m.serviceNotFound(serviceCode)]);

  const parsed = petitionFormSchema(t).safeParse(petitionFormInput(field, topic.slug));
  const { place, errors: placeErrors } = reportedPlace(field, m);
  const checked = checkAttachments(files, t);
  const errors: string[] = [];
  if (!parsed.success) for (const [name, message] of Object.entries(fieldErrors(parsed.error))) errors.push(`${FIELD_PARAM[name] ?? name}: ${message}`);
  errors.push(...placeErrors);
  if (checked.error) errors.push(`${FIELD_PARAM.attachments}: ${checked.error}`);
  if (!parsed.success || errors.length) return errorResponse(format, 400, errors);

  const body = bodyWithPlace(parsed.data.body, place, m);
  if (body.length > BODY_MAX) return errorResponse(format, 400, [m.bodyTooLong(BODY_MAX - (body.length - parsed.data.body.length))]);

  let code: string;
  try {
    ({ code } = await filePetition(ctx.db, {
      form: { ...parsed.data, body },
      attachments: checked.attachments,
      submissionKey: open311SubmissionKey(apiKey, field(`attribute[${ATTR.submissionKey}]`).trim()),
      lang,
      secret: ctx.secret,
      today: ctx.today,
      cal: ctx.cal,
      baseUrl: ctx.baseUrl,
    }));
  } catch (error) {
    if (error instanceof FieldError) {
      if (error.field === "topic") return errorResponse(format, 404, [m.serviceNotFound(serviceCode)]);
      return errorResponse(format, 400, [`${FIELD_PARAM.agency}: ${t("petition.error.agency")}`]);
    }
    throw error;
  }
  const due = ctx.cal.addWorkingDays(ctx.today, topic.answer_days);
  const value: Value = [{ service_request_id: code, service_notice: m.postNotice(code, topic.answer_days, formatDate(lang, due)), account_id: null }];
  return respond(format, "service_requests", value);
}
