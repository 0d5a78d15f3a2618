import { sql, type Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "../../db/client";
import type { Database } from "../../db/types";
import type { WorkingCalendar } from "../../app/modules/calendar/calendar";
import { loadCalendar } from "../../app/modules/calendar/calendar.server";
import { applyStaffAction } from "../../app/modules/petitions/petitions.server";
import { handleOpen311, OPEN311_POST_LIMIT, type Open311Context } from "../../app/modules/open311/open311.server";
import { hitRateLimit } from "../../app/utils/rate-limit.server";
import { loadEnv } from "../../app/utils/env.server";
import { action as routeAction, loader as routeLoader } from "../../app/routes/open311.$";
import { BASE_URL, DEFAULT_FORM, makePetition, SECRET, seedBasics, TODAY, VALID_TAX_CODE, type World } from "../factories";
import { openTestDatabase } from "../helpers/db";

type Db = Kysely<Database>;

let h: OpenDatabase;
let db: Db;
let w: World;
let cal: WorkingCalendar;

const API_KEY = "open311-test-key-7f3a9c";
const OTHER_KEY = "open311-second-key-19be";
let address = 0;
/** A fresh client address per call, so the POST rate limit of one test never leaks into another. */
const nextAddress = () => `198.51.100.${++address}`;

beforeAll(async () => {
  h = await openTestDatabase();
  db = h.db;
  w = await seedBasics(db);
  cal = await loadCalendar(db);
});

afterAll(async () => {
  await h?.close();
});

function context(over: Partial<Open311Context> = {}): Open311Context {
  return { db, apiKeys: [API_KEY, OTHER_KEY], today: TODAY, cal, secret: SECRET, baseUrl: BASE_URL, ip: nextAddress(), ...over };
}

interface Call {
  method?: string;
  form?: Record<string, string>;
  headers?: Record<string, string>;
  ctx?: Partial<Open311Context>;
}

/** One HTTP exchange with the API, as a client makes it. */
function call(path: string, opts: Call = {}): Promise<Response> {
  const init: RequestInit = { method: opts.method ?? (opts.form ? "POST" : "GET"), headers: { ...opts.headers } };
  if (opts.form) {
    init.body = new URLSearchParams(opts.form).toString();
    (init.headers as Record<string, string>)["Content-Type"] = "application/x-www-form-urlencoded; charset=utf-8";
  }
  const ctx = context(opts.ctx);
  return handleOpen311(new Request(`${BASE_URL}/open311/${path}`, init), async () => ctx);
}

async function json<T = any>(res: Response): Promise<T> {
  expect(res.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
  return (await res.json()) as T;
}

async function xml(res: Response): Promise<XmlNode> {
  expect(res.headers.get("Content-Type")).toBe("text/xml; charset=utf-8");
  return parseXml(await res.text());
}

// ---------------------------------------------------------------------------------------------
// A strict little XML reader: throws on anything that is not well-formed (no DOMParser in Node)
// ---------------------------------------------------------------------------------------------

interface XmlNode {
  name: string;
  children: XmlNode[];
  text: string;
}

const XML_CHAR_OUTSIDE = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function parseXml(src: string): XmlNode {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`XML not well-formed at ${i}: ${why}\n${src.slice(Math.max(0, i - 60), i + 60)}`);
  };
  const at = (re: RegExp) => {
    re.lastIndex = i;
    return re.exec(src);
  };
  const NAME = /[A-Za-z_][\w.-]*/y;
  const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
  const ATTRIBUTE = /\s+[A-Za-z_][\w.-]*\s*=\s*("[^"<&]*"|'[^'<&]*')/y;
  const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  if (XML_CHAR_OUTSIDE.test(src)) fail("a character XML 1.0 does not allow");
  const decl = at(/<\?xml version="1\.0" encoding="UTF-8"\?>/y);
  if (!decl) fail("the XML declaration with encoding UTF-8 must come first");
  i += decl![0].length;
  const skipSpace = () => {
    while (i < src.length && /\s/.test(src[i])) i++;
  };
  const text = () => {
    let out = "";
    while (i < src.length && src[i] !== "<") {
      if (src[i] === "&") {
        const e = at(ENTITY) ?? fail("a bare &");
        out += e[1].startsWith("#") ? String.fromCodePoint(Number(e[1].startsWith("#x") ? `0x${e[1].slice(2)}` : e[1].slice(1))) : ENTITIES[e[1]];
        i += e[0].length;
      } else {
        if (src.startsWith("]]>", i)) fail("]]> in text");
        out += src[i++];
      }
    }
    return out;
  };
  const element = (): XmlNode => {
    if (src[i] !== "<" || /[!?/]/.test(src[i + 1] ?? "")) fail("expected an element");
    i++;
    const name = (at(NAME) ?? fail("an element name"))[0];
    i += name.length;
    for (let a = at(ATTRIBUTE); a; a = at(ATTRIBUTE)) i += a[0].length;
    skipSpace();
    if (src.startsWith("/>", i)) {
      i += 2;
      return { name, children: [], text: "" };
    }
    if (src[i] !== ">") fail(`unterminated <${name}`);
    i++;
    const node: XmlNode = { name, children: [], text: "" };
    for (;;) {
      node.text += text();
      if (i >= src.length) fail(`<${name}> is never closed`);
      if (src.startsWith("</", i)) {
        i += 2;
        const close = at(NAME)?.[0];
        if (close !== name) fail(`</${close}> closes <${name}>`);
        i += name.length;
        skipSpace();
        if (src[i] !== ">") fail("unterminated end tag");
        i++;
        return node;
      }
      node.children.push(element());
    }
  };
  skipSpace();
  const root = element();
  skipSpace();
  if (i !== src.length) fail("content after the root element");
  return root;
}

const kids = (n: XmlNode, name: string) => n.children.filter((c) => c.name === name);
const kid = (n: XmlNode, name: string) => kids(n, name)[0] ?? expect.fail(`<${n.name}> has no <${name}>`);
const textOf = (n: XmlNode, name: string) => kid(n, name).text;

const W3C_VIETNAM = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/;
const isNonNumericString = (v: unknown) => typeof v === "string" && v.length > 0 && !/^\d+$/.test(v);

/** A full, valid POST as a third-party app would send it. */
function postForm(over: Record<string, string> = {}): Record<string, string> {
  return {
    api_key: API_KEY,
    jurisdiction_id: "binhphuoc.gov.vn",
    service_code: "moi-truong",
    lat: "11.5349",
    long: "106.8823",
    address_string: "Cầu suối Rạt, đường Phú Riềng Đỏ, Đồng Xoài",
    email: "tran.thi.mai@example.vn",
    device_id: "device-42",
    account_id: "acct-42",
    first_name: "Thị Mai",
    last_name: "Trần",
    phone: "0987 654 321",
    description: "Nước suối Rạt đổi màu đen và bốc mùi từ sáng nay; gọi tôi ở số 0987 654 321 nếu cần.",
    media_url: "https://images.example.org/suoi-rat.jpg",
    "attribute[agency]": w.agencyA.slug,
    "attribute[public_consent]": "yes",
    ...over,
  };
}

async function petitionCount(): Promise<number> {
  const r = await db.selectFrom("petitions").select(sql<number>`count(*)`.as("n")).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Sets a petition's filing time and status (fixtures for the filters). */
async function setPetition(code: string, set: { filedAt: string; status?: string }) {
  await sql`update petitions set filed_at = ${set.filedAt}::timestamptz, status = coalesce(${set.status ?? null}, status) where code = ${code}`.execute(db);
}

// ---------------------------------------------------------------------------------------------
// Discovery, services, definitions
// ---------------------------------------------------------------------------------------------

describe("discovery", () => {
  it("describes the v2 endpoint in JSON", async () => {
    const res = await call("discovery.json");
    expect(res.status).toBe(200);
    expect(res.headers.get("Access-Control-Allow-Origin")).toBe("*");
    const doc = await json(res);
    expect(doc.changeset).toMatch(W3C_VIETNAM);
    expect(typeof doc.contact).toBe("string");
    expect(typeof doc.key_service).toBe("string");
    expect(doc.endpoints).toEqual([
      {
        specification: "http://wiki.open311.org/GeoReport_v2",
        url: `${BASE_URL}/open311/v2`,
        changeset: doc.changeset,
        type: "production",
        formats: ["text/xml", "application/json"],
      },
    ]);
  });

  it("describes the same endpoint in well-formed XML", async () => {
    const root = await xml(await call("discovery.xml"));
    expect(root.name).toBe("discovery");
    expect(textOf(root, "changeset")).toMatch(W3C_VIETNAM);
    const endpoint = kid(kid(root, "endpoints"), "endpoint");
    expect(textOf(endpoint, "specification")).toBe("http://wiki.open311.org/GeoReport_v2");
    expect(textOf(endpoint, "url")).toBe(`${BASE_URL}/open311/v2`);
    expect(kids(kid(endpoint, "formats"), "format").map((f) => f.text)).toEqual(["text/xml", "application/json"]);
  });
});

describe("services", () => {
  it("lists the petition topics with non-numeric service codes (JSON)", async () => {
    const res = await call("v2/services.json");
    expect(res.status).toBe(200);
    const services = await json<Array<Record<string, unknown>>>(res);
    expect(services.length).toBeGreaterThan(5);
    for (const s of services) {
      expect(Object.keys(s)).toEqual(["service_code", "service_name", "description", "metadata", "type", "keywords", "group"]);
      expect(isNonNumericString(s.service_code)).toBe(true);
      expect(s).toMatchObject({ metadata: true, type: "realtime" });
    }
    expect(services.find((s) => s.service_code === "moi-truong")).toMatchObject({ service_name: "Môi trường" });
    expect(String(services.find((s) => s.service_code === "dat-dai")?.keywords)).toContain("dat dai");
  });

  it("lists the same services in well-formed XML, in English on ?lang=en", async () => {
    const root = await xml(await call("v2/services.xml?lang=en"));
    expect(root.name).toBe("services");
    const all = kids(root, "service");
    const json = (await (await call("v2/services.json")).json()) as unknown[];
    expect(all).toHaveLength(json.length);
    const env = all.find((s) => textOf(s, "service_code") === "moi-truong")!;
    expect(textOf(env, "service_name")).toBe("Environment");
    expect(textOf(env, "metadata")).toBe("true");
    expect(textOf(env, "type")).toBe("realtime");
  });

  it("defines the attributes a client needs to file a full petition", async () => {
    const res = await call("v2/services/moi-truong.json");
    expect(res.status).toBe(200);
    const def = await json(res);
    expect(def.service_code).toBe("moi-truong");
    const byCode = Object.fromEntries(def.attributes.map((a: any) => [a.code, a]));
    expect(Object.keys(byCode)).toEqual(expect.arrayContaining(["filer_type", "agency", "subject", "business_name", "tax_code", "filer_address", "public_consent"]));
    for (const a of def.attributes) {
      expect(Object.keys(a)).toEqual(["variable", "code", "datatype", "required", "datatype_description", "order", "description", "values"]);
    }
    expect(def.attributes.map((a: any) => a.order)).toEqual(def.attributes.map((_: unknown, i: number) => i + 1));
    expect(byCode.agency.datatype).toBe("singlevaluelist");
    expect(byCode.agency.values).toEqual(
      expect.arrayContaining([
        { key: "unsure", name: "Không rõ cơ quan nào" },
        { key: w.agencyA.slug, name: w.agencyA.name_vi },
        { key: w.agencyB.slug, name: w.agencyB.name_vi },
      ]),
    );
    expect(byCode.filer_type.values.map((v: any) => v.key)).toEqual(["citizen", "business"]);
    expect(byCode.public_consent.values.map((v: any) => v.key)).toEqual(["yes", "no"]);

    const root = await xml(await call("v2/services/moi-truong.xml"));
    expect(root.name).toBe("service_definition");
    const agency = kids(kid(root, "attributes"), "attribute").find((a) => textOf(a, "code") === "agency")!;
    expect(kids(kid(agency, "values"), "value").map((v) => textOf(v, "key"))).toContain(w.agencyB.slug);
  });

  it("answers 404 for an unknown service code, in the requested format", async () => {
    const res = await call("v2/services/khong-co.json");
    expect(res.status).toBe(404);
    const errors = await json(res);
    expect(errors).toEqual([{ code: 404, description: expect.stringContaining("khong-co") }]);

    const resXml = await call("v2/services/khong-co.xml");
    expect(resXml.status).toBe(404);
    const root = await xml(resXml);
    expect(root.name).toBe("errors");
    expect(textOf(kid(root, "error"), "code")).toBe("404");
  });
});

describe("paths and formats", () => {
  it("answers an unknown format or resource with 404", async () => {
    for (const path of ["v2/services.html", "v2/requests.csv", "v2/services", "v2/nothing.json", "v1/services.json", ""]) {
      const res = await call(path);
      expect(res.status, path).toBe(404);
    }
    const res = await call("v2/nothing.json");
    expect(await json(res)).toEqual([{ code: 404, description: expect.any(String) }]);
    expect((await xml(await call("v2/requests.html"))).name).toBe("errors");
  });

  it("refuses methods a resource does not take", async () => {
    const res = await call("v2/services.json", { method: "POST", form: { api_key: API_KEY } });
    expect(res.status).toBe(405);
    expect(res.headers.get("Allow")).toBe("GET, HEAD");
    expect((await json(res))[0].code).toBe(405);
    expect((await call("v2/requests.xml", { method: "DELETE" })).headers.get("Allow")).toBe("GET, HEAD, POST");
  });
});

// ---------------------------------------------------------------------------------------------
// POST requests
// ---------------------------------------------------------------------------------------------

describe("POST requests", () => {
  it("refuses a missing or wrong api_key with 403, in JSON and in XML, and files nothing", async () => {
    const before = await petitionCount();
    const { api_key: _omit, ...noKey } = postForm();
    const missing = await call("v2/requests.json", { form: noKey });
    expect(missing.status).toBe(403);
    expect(await json(missing)).toEqual([{ code: 403, description: expect.stringContaining("api_key") }]);

    const wrong = await call("v2/requests.xml", { form: postForm({ api_key: "not-a-key" }) });
    expect(wrong.status).toBe(403);
    const root = await xml(wrong);
    expect(root.name).toBe("errors");
    expect(textOf(kid(root, "error"), "code")).toBe("403");
    expect(textOf(kid(root, "error"), "description")).toContain("api_key");

    // No keys configured: nobody can file.
    expect((await call("v2/requests.json", { form: postForm(), ctx: { apiKeys: [] } })).status).toBe(403);
    expect(await petitionCount()).toBe(before);
  });

  it("files a petition and returns its code as service_request_id at once", async () => {
    const res = await call("v2/requests.json", { form: postForm() });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body).toEqual([{ service_request_id: expect.stringMatching(/^PA-2026-\d{6}$/), service_notice: expect.any(String), account_id: null }]);
    const id = body[0].service_request_id;
    expect(isNonNumericString(id)).toBe(true);
    expect(body[0].service_notice).toContain(id);

    const p = await db.selectFrom("petitions").selectAll().where("code", "=", id).executeTakeFirstOrThrow();
    expect(p).toMatchObject({
      filer_type: "citizen",
      filer_name: "Trần Thị Mai",
      filer_email: "tran.thi.mai@example.vn",
      filer_phone: "0987654321",
      agency_id: w.agencyA.id,
      public_consent: true,
      status: "received",
      subject: "Nước suối Rạt đổi màu đen và bốc mùi từ sáng nay; gọi tôi ở số 0987 654 321 nếu cần.",
    });
    // The place a GeoReport client sends stays with the petition, for the agency.
    expect(p.body).toContain("Cầu suối Rạt, đường Phú Riềng Đỏ, Đồng Xoài");
    expect(p.body).toContain("11.5349, 106.8823");
    expect(p.body).toContain("https://images.example.org/suoi-rat.jpg");
    // The filer gets the same receipt as through the form.
    const mail = await db.selectFrom("outbox").select(["to_address"]).where("petition_id", "=", p.id).execute();
    expect(mail.map((m) => m.to_address)).toContain("tran.thi.mai@example.vn");
  });

  it("answers the POST in XML too", async () => {
    const res = await call("v2/requests.xml", { form: postForm({ "attribute[agency]": "unsure" }) });
    expect(res.status).toBe(200);
    const root = await xml(res);
    expect(root.name).toBe("service_requests");
    const request = kid(root, "request");
    const id = textOf(request, "service_request_id");
    expect(id).toMatch(/^PA-2026-\d{6}$/);
    expect(textOf(request, "account_id")).toBe("");
    const p = await db.selectFrom("petitions").select(["agency_id"]).where("code", "=", id).executeTakeFirstOrThrow();
    expect(p.agency_id).toBeNull(); // "not sure": the province triage queue
  });

  it("files a business petition with the definition's attributes", async () => {
    const res = await call("v2/requests.json", {
      form: postForm({
        "attribute[filer_type]": "business",
        "attribute[business_name]": "Công ty TNHH Điều Bình Phước",
        "attribute[tax_code]": VALID_TAX_CODE,
        "attribute[subject]": "Xả thải ra suối Rạt",
        "attribute[filer_address]": "Số 5 Hùng Vương, Đồng Xoài",
      }),
    });
    expect(res.status).toBe(200);
    const [{ service_request_id: id }] = await json(res);
    const p = await db.selectFrom("petitions").selectAll().where("code", "=", id).executeTakeFirstOrThrow();
    expect(p).toMatchObject({ filer_type: "business", business_name: "Công ty TNHH Điều Bình Phước", tax_code: VALID_TAX_CODE, subject: "Xả thải ra suối Rạt", filer_address: "Số 5 Hùng Vương, Đồng Xoài" });
  });

  it("files one petition when a client repeats a POST with the same submission key", async () => {
    const form = postForm({ "attribute[submission_key]": "retry-key-000000000001" });
    const before = await petitionCount();
    const a = await json(await call("v2/requests.json", { form }));
    const b = await json(await call("v2/requests.json", { form }));
    expect(b[0].service_request_id).toBe(a[0].service_request_id);
    expect(await petitionCount()).toBe(before + 1);
    // Another client (another key) with the same submission key files its own petition.
    const c = await json(await call("v2/requests.json", { form: { ...form, api_key: OTHER_KEY } }));
    expect(c[0].service_request_id).not.toBe(a[0].service_request_id);
  });

  it("takes a photo sent as a multipart `media` file, checked by content like the form's attachments", async () => {
    const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe]);
    const multipart = (file: File) => {
      const body = new FormData();
      for (const [k, v] of Object.entries(postForm())) body.append(k, v);
      body.append("media", file);
      const ctx = context();
      return handleOpen311(new Request(`${BASE_URL}/open311/v2/requests.json`, { method: "POST", body }), async () => ctx);
    };
    const ok = await multipart(new File([PNG], "suoi.png", { type: "image/png" }));
    expect(ok.status).toBe(200);
    const [{ service_request_id: id }] = await json(ok);
    const files = await db
      .selectFrom("petition_attachments as pa")
      .innerJoin("petitions as p", "p.id", "pa.petition_id")
      .innerJoin("files as f", "f.id", "pa.file_id")
      .select(["f.filename", "f.content_type"])
      .where("p.code", "=", id)
      .execute();
    expect(files).toEqual([{ filename: "suoi.png", content_type: "image/png" }]);

    const before = await petitionCount();
    const bad = await multipart(new File(["not an image"], "suoi.png", { type: "image/png" }));
    expect(bad.status).toBe(400);
    expect((await json(bad))[0].description).toMatch(/^media: /);
    expect(await petitionCount()).toBe(before);
  });

  it("answers 400 with what to fix, naming the GeoReport argument", async () => {
    const res = await call("v2/requests.json", { form: postForm({ email: "", description: "ngắn" }) });
    expect(res.status).toBe(400);
    const errors = await json<Array<{ code: number; description: string }>>(res);
    expect(errors.every((e) => e.code === 400)).toBe(true);
    expect(errors.map((e) => e.description)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^email: Nhập/), expect.stringMatching(/^description: /)]),
    );

    const business = await json(await call("v2/requests.json", { form: postForm({ "attribute[filer_type]": "business" }), headers: { "Accept-Language": "en" } }));
    expect(business.map((e: any) => e.description)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^attribute\[business_name\]: /), expect.stringMatching(/^attribute\[tax_code\]: /)]),
    );

    const coords = await xml(await call("v2/requests.xml", { form: postForm({ lat: "north", long: "" }) }));
    expect(textOf(kid(coords, "error"), "code")).toBe("400");

    const badAgency = await json(await call("v2/requests.json", { form: postForm({ "attribute[agency]": "so-khong-ton-tai" }) }));
    expect(badAgency[0].description).toMatch(/^attribute\[agency\]: /);

    const notForm = await call("v2/requests.json", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      ctx: {},
    });
    expect(notForm.status).toBe(400);
  });

  it("answers 400 without a service_code and 404 for an unknown one", async () => {
    const missing = await call("v2/requests.json", { form: postForm({ service_code: "" }) });
    expect(missing.status).toBe(400);
    expect((await json(missing))[0].description).toContain("service_code");
    const unknown = await call("v2/requests.xml", { form: postForm({ service_code: "khong-co" }) });
    expect(unknown.status).toBe(404);
    expect(textOf(kid(await xml(unknown), "error"), "description")).toContain("khong-co");
  });

  it("limits POSTs per client address with a 429 in the requested format", async () => {
    const ip = "192.0.2.77";
    const now = new Date();
    for (let n = 0; n < OPEN311_POST_LIMIT.limit; n++) await hitRateLimit(db, `open311:post:${ip}`, OPEN311_POST_LIMIT, now);
    const before = await petitionCount();
    const res = await call("v2/requests.xml", { form: postForm(), ctx: { ip, now } });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(textOf(kid(await xml(res), "error"), "code")).toBe("429");
    expect(await petitionCount()).toBe(before);
    // Another address is not affected.
    expect((await call("v2/requests.json", { form: postForm(), ctx: { now } })).status).toBe(200);
  });
});

// ---------------------------------------------------------------------------------------------
// GET requests
// ---------------------------------------------------------------------------------------------

const PERSONAL = [
  "Trần Thị Mai",
  "Thị Mai",
  "tran.thi.mai@example.vn",
  "0987 654 321",
  "0987654321",
  "Cầu suối Rạt",
  "Nước suối Rạt đổi màu",
  DEFAULT_FORM.name,
  DEFAULT_FORM.email,
  DEFAULT_FORM.phone,
  "0912345678",
  DEFAULT_FORM.address,
  DEFAULT_FORM.businessName,
  VALID_TAX_CODE,
];

function expectNoPersonalData(text: string) {
  for (const value of PERSONAL) expect(text, `leaked: ${value}`).not.toContain(value);
}

describe("GET one request", () => {
  it("shows status, service, agency and dates, and none of the filer's data (JSON and XML)", async () => {
    const [{ service_request_id: id }] = await json(await call("v2/requests.json", { form: postForm() }));
    const res = await call(`v2/requests/${id}.json`);
    expect(res.status).toBe(200);
    const text = await res.clone().text();
    expectNoPersonalData(text);
    const [r] = await json(res);
    expect(Object.keys(r)).toEqual([
      "service_request_id",
      "status",
      "status_notes",
      "service_name",
      "service_code",
      "description",
      "agency_responsible",
      "service_notice",
      "requested_datetime",
      "updated_datetime",
      "expected_datetime",
      "address",
      "address_id",
      "zipcode",
      "lat",
      "long",
      "media_url",
    ]);
    expect(r).toMatchObject({
      service_request_id: id,
      status: "open",
      status_notes: "Đã tiếp nhận",
      service_name: "Môi trường",
      service_code: "moi-truong",
      description: null,
      agency_responsible: w.agencyA.name_vi,
      lat: null,
      long: null,
    });
    expect(isNonNumericString(r.service_request_id)).toBe(true);
    expect(isNonNumericString(r.service_code)).toBe(true);
    expect(r.requested_datetime).toMatch(W3C_VIETNAM);
    expect(r.updated_datetime).toMatch(W3C_VIETNAM);
    const p = await db.selectFrom("petitions").select(["filed_at", "due_on"]).where("code", "=", id).executeTakeFirstOrThrow();
    expect(new Date(r.requested_datetime).getTime()).toBe(Math.floor(p.filed_at.getTime() / 1000) * 1000);
    expect(r.expected_datetime).toBe(`${p.due_on}T23:59:59+07:00`);

    const xmlRes = await call(`v2/requests/${id}.xml`);
    const xmlText = await xmlRes.clone().text();
    expectNoPersonalData(xmlText);
    const request = kid(await xml(xmlRes), "request");
    expect(textOf(request, "service_request_id")).toBe(id);
    expect(textOf(request, "status")).toBe("open");
    expect(textOf(request, "description")).toBe("");
    expect(textOf(request, "requested_datetime")).toMatch(W3C_VIETNAM);
  });

  it("shows the masked published text and the answer once published, still without personal data", async () => {
    const { code } = await makePetition(db, {
      subject: "Khói bụi từ lò gạch, liên hệ 0912 345 678",
      body: `Lò gạch gần nhà tôi (${DEFAULT_FORM.address}) đốt <rác> & bốc khói \u0001 suốt đêm, ảnh hưởng sức khỏe cả xóm.`,
    });
    const ctx = { today: TODAY, cal, baseUrl: BASE_URL, secret: SECRET };
    await applyStaffAction(db, code, w.officerA, { intent: "acknowledge", message: "" }, ctx);
    await applyStaffAction(db, code, w.officerA, { intent: "answer", message: "Sở đã kiểm tra và yêu cầu lò gạch ngừng đốt rác từ ngày 05/03." }, ctx);
    await applyStaffAction(db, code, w.officerA, { intent: "publish", redactions: [] }, ctx);
    const p = await db.selectFrom("petitions").select(["published_subject", "published_body", "published_answer"]).where("code", "=", code).executeTakeFirstOrThrow();
    expect(p.published_body).toContain("\u0001"); // what the XML must leave out to stay well-formed

    const res = await call(`v2/requests/${code}.json`);
    const text = await res.clone().text();
    expectNoPersonalData(text);
    const [r] = await json(res);
    expect(r.status).toBe("closed");
    expect(r.description).toBe(`${p.published_subject}\n\n${p.published_body}`);
    expect(r.status_notes).toBe(`Đã trả lời và công khai\n\n${p.published_answer}`);
    expect(r.expected_datetime).toBeNull();

    // Markup and control characters in the text still give well-formed XML, with the text intact.
    const request = kid(await xml(await call(`v2/requests/${code}.xml`)), "request");
    expect(textOf(request, "description")).toContain("<rác> & bốc khói");
    expect(textOf(request, "status")).toBe("closed");
  });

  it("answers 404 for an unknown or malformed id, in the requested format", async () => {
    for (const id of ["PA-2099-999999", "123456", "khong-co"]) {
      const res = await call(`v2/requests/${id}.json`);
      expect(res.status, id).toBe(404);
      expect(await json(res)).toEqual([{ code: 404, description: expect.stringContaining(id) }]);
    }
    const res = await call("v2/requests/PA-2099-999999.xml");
    expect(res.status).toBe(404);
    expect(textOf(kid(await xml(res), "error"), "code")).toBe("404");
  });
});

describe("tokens", () => {
  it("gives the service_request_id for a token (the code itself), 404 for an unknown one", async () => {
    const [{ service_request_id: id }] = await json(await call("v2/requests.json", { form: postForm() }));
    expect(await json(await call(`v2/tokens/${id}.json`))).toEqual([{ service_request_id: id, token: id }]);
    const request = kid(await xml(await call(`v2/tokens/${id}.xml`)), "request");
    expect([textOf(request, "service_request_id"), textOf(request, "token")]).toEqual([id, id]);
    expect((await call("v2/tokens/PA-2099-000001.json")).status).toBe(404);
    expect((await call("v2/tokens/abc.xml")).status).toBe(404);
  });
});

describe("GET requests: filters and pages", () => {
  // Fixtures filed in June 2025 (Vietnam time), apart from everything else the tests file "now".
  const f: Record<string, string> = {};
  const JUNE = "start_date=2025-06-01T00:00:00%2B07:00&end_date=2025-06-30T23:59:59%2B07:00";

  beforeAll(async () => {
    const make = async (name: string, topic: string, filedAt: string, status?: string) => {
      f[name] = (await makePetition(db, { topic })).code;
      await setPetition(f[name], { filedAt, status });
    };
    await make("f1", "moi-truong", "2025-06-02T08:00:00+07:00");
    await make("f2", "dat-dai", "2025-06-10T09:00:00+07:00", "rejected");
    await make("f3", "moi-truong", "2025-06-20T10:00:00+07:00", "in_progress");
    await make("f4", "giao-thong", "2025-06-28T11:00:00+07:00", "answered");
    await make("f5", "moi-truong", "2025-01-15T08:00:00+07:00");
  });

  const ids = async (query: string, ctx?: Partial<Open311Context>) => {
    const res = await call(`v2/requests.json?${query}`, { ctx });
    expect(res.status, query).toBe(200);
    return (await json<Array<{ service_request_id: string }>>(res)).map((r) => r.service_request_id);
  };

  it("filters by date range, newest first, with datetimes in +07:00", async () => {
    expect(await ids(JUNE)).toEqual([f.f4, f.f3, f.f2, f.f1]);
    const [r] = await json(await call(`v2/requests/${f.f1}.json`));
    expect(r.requested_datetime).toBe("2025-06-02T08:00:00+07:00");
    // "+" sent unencoded arrives as a space: still read as +07:00.
    expect(await ids("start_date=2025-06-02T08:00:00+07:00&end_date=2025-06-10T09:00:00+07:00")).toEqual([f.f2, f.f1]);
    expect(await ids("start_date=2025-06-15")).toEqual([f.f4, f.f3]);
  });

  it("filters by status and service code", async () => {
    expect(await ids(`${JUNE}&status=open`)).toEqual([f.f3, f.f1]);
    expect(await ids(`${JUNE}&status=closed`)).toEqual([f.f4, f.f2]);
    expect(await ids(`${JUNE}&status=open,closed`)).toEqual([f.f4, f.f3, f.f2, f.f1]);
    expect(await ids(`${JUNE}&service_code=moi-truong`)).toEqual([f.f3, f.f1]);
    expect(await ids(`${JUNE}&service_code=moi-truong,dat-dai&status=open`)).toEqual([f.f3, f.f1]);
    expect(await ids(`${JUNE}&service_code=khong-co`)).toEqual([]);
  });

  it("pages with page and page_size, linking to the next page", async () => {
    const first = await call(`v2/requests.json?${JUNE}&page_size=3`);
    expect((await json<any[]>(first)).map((r) => r.service_request_id)).toEqual([f.f4, f.f3, f.f2]);
    const next = first.headers.get("Link");
    expect(next).toMatch(/rel="next"$/);
    expect(next).toContain("page=2");
    const second = await call(`v2/requests.json?${JUNE}&page_size=3&page=2`);
    expect((await json<any[]>(second)).map((r) => r.service_request_id)).toEqual([f.f1]);
    expect(second.headers.get("Link")).toBeNull();
    expect(await ids(`${JUNE}&page_size=3&page=3`)).toEqual([]);
  });

  it("defaults to the last 90 days", async () => {
    const got = await ids("", { now: new Date("2025-07-15T00:00:00+07:00") });
    expect(got).toEqual(expect.arrayContaining([f.f1, f.f2, f.f3, f.f4]));
    expect(got).not.toContain(f.f5);
  });

  it("returns the requests named by service_request_id, whatever the other arguments say", async () => {
    expect(await ids(`service_request_id=${f.f5},${f.f1},PA-2099-000001&status=closed&${JUNE}`)).toEqual([f.f1, f.f5]);
  });

  it("lists in well-formed XML with no personal data", async () => {
    const res = await call(`v2/requests.xml?${JUNE}`);
    const text = await res.clone().text();
    expectNoPersonalData(text);
    const root = await xml(res);
    expect(root.name).toBe("service_requests");
    const requests = kids(root, "request");
    expect(requests.map((r) => textOf(r, "service_request_id"))).toEqual([f.f4, f.f3, f.f2, f.f1]);
    for (const r of requests) {
      expect(textOf(r, "requested_datetime")).toMatch(W3C_VIETNAM);
      expect(["open", "closed"]).toContain(textOf(r, "status"));
    }
    expect(textOf(requests[0], "expected_datetime")).toBe(""); // answered: nothing more expected
    expect(textOf(requests[1], "expected_datetime")).toMatch(/T23:59:59\+07:00$/);
  });

  it("lists in JSON with no personal data either", async () => {
    const res = await call(`v2/requests.json?${JUNE}`);
    expectNoPersonalData(await res.text());
  });

  it("answers 400 for a bad filter, in the requested format", async () => {
    for (const q of ["status=pending", "start_date=yesterday", "start_date=2025-01-01&end_date=2025-12-31", "page=0", "page_size=-1"]) {
      const res = await call(`v2/requests.json?${q}`);
      expect(res.status, q).toBe(400);
      expect((await json(res))[0].code).toBe(400);
    }
    const res = await call("v2/requests.xml?status=pending");
    expect(res.status).toBe(400);
    expect(textOf(kid(await xml(res), "error"), "code")).toBe("400");
  });
});

// ---------------------------------------------------------------------------------------------
// The route file itself: loader and action with a Remix request and load context
// ---------------------------------------------------------------------------------------------

describe("the /open311/* route", () => {
  const g = globalThis as typeof globalThis & { __portal?: Promise<unknown> };

  beforeAll(() => {
    // The app's process state, pointed at this test database (appState() reuses it).
    g.__portal = Promise.resolve({ env: loadEnv({ NODE_ENV: "test", OPEN311_API_KEYS: ` ${API_KEY} , other `, SESSION_SECRET: SECRET }), handle: h });
  });
  afterAll(() => {
    delete g.__portal;
  });

  const args = (request: Request, splat: string) => ({ request, params: { "*": splat }, context: { clientAddress: "203.0.113.250" } });

  it("serves discovery and the API through the loader", async () => {
    const res = await routeLoader(args(new Request("http://portal.example/open311/discovery.json"), "discovery.json"));
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { endpoints: Array<{ url: string }> };
    expect(doc.endpoints[0].url).toBe("http://portal.example/open311/v2");
    const services = await routeLoader(args(new Request("http://portal.example/open311/v2/services.xml"), "v2/services.xml"));
    expect(parseXml(await services.text()).name).toBe("services");
  });

  it("files through the action with a key from OPEN311_API_KEYS, and refuses others", async () => {
    const post = (form: Record<string, string>) =>
      routeAction(
        args(
          new Request("http://portal.example/open311/v2/requests.json", {
            method: "POST",
            headers: { "Content-Type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams(form).toString(),
          }),
          "v2/requests.json",
        ),
      );
    const ok = await post(postForm());
    expect(ok.status).toBe(200);
    const [{ service_request_id: id }] = (await ok.json()) as Array<{ service_request_id: string }>;
    expect(id).toMatch(/^PA-\d{4}-\d{6}$/);
    expect((await post(postForm({ api_key: OTHER_KEY }))).status).toBe(403);
    const limited = await db.selectFrom("rate_limits").select("count").where("key", "=", "open311:post:203.0.113.250").executeTakeFirst();
    expect(limited?.count).toBe(2);
  });
});
