import { describe, expect, it } from "vitest";
import { endOfVietnamDay, escapeXml, open311Path, parsePath, parseW3cDateTime, render, vietnamDateTime } from "./open311.format";
import { open311Messages } from "./open311.messages";
import { bodyWithPlace, fullName, parseRequestsQuery, petitionFormInput, reportedPlace, subjectFrom, MAX_PAGE_SIZE } from "./open311.schema";
import { apiKeyMatches, open311Lang, open311SubmissionKey } from "./open311.server";

const m = open311Messages("en");

describe("parsePath", () => {
  it("reads every GeoReport v2 resource and its format from the path", () => {
    expect(parsePath("discovery.json")).toEqual({ ok: true, route: { kind: "discovery", format: "json" } });
    expect(parsePath("discovery.xml")).toEqual({ ok: true, route: { kind: "discovery", format: "xml" } });
    expect(parsePath("v2/services.xml")).toEqual({ ok: true, route: { kind: "services", format: "xml" } });
    expect(parsePath("v2/services/moi-truong.json")).toEqual({ ok: true, route: { kind: "service", format: "json", code: "moi-truong" } });
    expect(parsePath("v2/requests.json")).toEqual({ ok: true, route: { kind: "requests", format: "json" } });
    expect(parsePath("v2/requests/PA-2026-000123.xml")).toEqual({ ok: true, route: { kind: "request", format: "xml", id: "PA-2026-000123" } });
    expect(parsePath("v2/tokens/PA-2026-000123.json")).toEqual({ ok: true, route: { kind: "token", format: "json", token: "PA-2026-000123" } });
  });

  it("refuses unknown formats and paths, answering in the format asked when it is one of ours", () => {
    expect(parsePath("v2/services.html")).toEqual({ ok: false, format: "xml", reason: "format" });
    expect(parsePath("v2/services")).toEqual({ ok: false, format: "xml", reason: "path" });
    expect(parsePath("v2/nothing.json")).toEqual({ ok: false, format: "json", reason: "path" });
    expect(parsePath("v2/requests/a/b.json")).toEqual({ ok: false, format: "json", reason: "path" });
    expect(parsePath("v3/services.json")).toEqual({ ok: false, format: "json", reason: "path" });
    expect(parsePath("%E0%A4%A.json")).toEqual({ ok: false, format: "xml", reason: "path" });
  });

  it("takes the path under /open311/ from the request URL", () => {
    expect(open311Path("http://x.test/open311/v2/services.json?lang=en")).toBe("v2/services.json");
    expect(open311Path("http://x.test/open311")).toBe("");
  });
});

describe("XML", () => {
  it("escapes markup and drops characters XML 1.0 cannot carry", () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;");
    expect(escapeXml("a\u0000b\u0008c\u001Fd\ttab\nline")).toBe("abcd\ttab\nline");
    expect(escapeXml("lone \uD800 surrogate, ok 😀")).toBe("lone  surrogate, ok 😀");
  });

  it("renders arrays through the spec's wrapper and item elements, empty values as empty elements", () => {
    const xml = render("xml", "service_requests", [{ service_request_id: "PA-2026-000001", account_id: null, lat: null }]);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<service_requests><request><service_request_id>PA-2026-000001</service_request_id><account_id></account_id><lat></lat></request></service_requests>\n',
    );
    expect(render("xml", "discovery", { endpoints: [{ formats: ["text/xml", "application/json"] }] })).toContain(
      "<endpoints><endpoint><formats><format>text/xml</format><format>application/json</format></formats></endpoint></endpoints>",
    );
    expect(render("json", "errors", [{ code: 404, description: "x" }])).toBe('[{"code":404,"description":"x"}]');
  });
});

describe("datetimes", () => {
  it("writes W3C datetimes in Vietnam time with the +07:00 offset", () => {
    expect(vietnamDateTime(new Date("2026-03-01T20:30:15.123Z"))).toBe("2026-03-02T03:30:15+07:00");
    expect(endOfVietnamDay("2026-03-20")).toBe("2026-03-20T23:59:59+07:00");
  });

  it("reads W3C datetimes with Z, an offset, no offset (Vietnam time) or a bare date", () => {
    expect(parseW3cDateTime("2026-03-02T00:00:00Z")?.toISOString()).toBe("2026-03-02T00:00:00.000Z");
    expect(parseW3cDateTime("2026-03-02T07:00:00+07:00")?.toISOString()).toBe("2026-03-02T00:00:00.000Z");
    expect(parseW3cDateTime("2026-03-02T07:00:00-05:00")?.toISOString()).toBe("2026-03-02T12:00:00.000Z");
    expect(parseW3cDateTime("2026-03-02T07:00:00.5+0700")?.toISOString()).toBe("2026-03-02T00:00:00.500Z");
    // "+" decoded as a space from an unencoded query string
    expect(parseW3cDateTime("2026-03-02T07:00:00 07:00")?.toISOString()).toBe("2026-03-02T00:00:00.000Z");
    expect(parseW3cDateTime("2026-03-02T07:00")?.toISOString()).toBe("2026-03-02T00:00:00.000Z");
    expect(parseW3cDateTime("2026-03-02")?.toISOString()).toBe("2026-03-01T17:00:00.000Z");
    expect(parseW3cDateTime("2026-03-02", "end")?.toISOString()).toBe("2026-03-02T16:59:59.999Z");
  });

  it("refuses what is not a datetime, or a day that does not exist", () => {
    for (const bad of ["", "yesterday", "2026-02-30", "2026-13-01", "2026-03-02T25:00:00Z", "1709337600", "2026-03-02T07:00:00+15:00"]) {
      expect(parseW3cDateTime(bad), bad).toBeNull();
    }
  });
});

describe("parseRequestsQuery", () => {
  const now = new Date("2026-03-10T05:00:00Z");
  const parse = (qs: string) => parseRequestsQuery(new URLSearchParams(qs), now, m);

  it("defaults to the last 90 days, page 1 of 50", () => {
    const r = parse("");
    expect(r).toEqual({ ok: true, query: { ids: null, serviceCodes: [], statuses: [], from: new Date(now.getTime() - 90 * 86_400_000), to: null, page: 1, pageSize: 50 } });
  });

  it("reads comma lists and repeated arguments; empty arguments count as absent", () => {
    const r = parse("status=open&status=closed,open&service_code=dat-dai,moi-truong&service_request_id=&start_date=");
    expect(r.ok && r.query).toMatchObject({ statuses: ["open", "closed"], serviceCodes: ["dat-dai", "moi-truong"], ids: null });
  });

  it("keeps a one-sided range to 90 days and serves at most the largest page size", () => {
    const r = parse("start_date=2026-01-01T00:00:00Z&page=3&page_size=1000");
    expect(r.ok && r.query.to?.toISOString()).toBe("2026-04-01T00:00:00.000Z");
    expect(r.ok && [r.query.page, r.query.pageSize]).toEqual([3, MAX_PAGE_SIZE]);
  });

  it("says what is wrong with a bad query", () => {
    expect(parse("status=pending")).toEqual({ ok: false, errors: [m.badStatus] });
    expect(parse("start_date=soon")).toEqual({ ok: false, errors: [m.badDate("start_date")] });
    expect(parse("start_date=2026-01-01&end_date=2025-12-01")).toEqual({ ok: false, errors: [m.rangeReversed] });
    expect(parse("start_date=2025-01-01&end_date=2026-01-01")).toEqual({ ok: false, errors: [m.rangeTooLong(90)] });
    expect(parse("page=0")).toEqual({ ok: false, errors: [m.badPage] });
    expect(parse("page_size=ten")).toEqual({ ok: false, errors: [m.badPageSize] });
    expect(parse(`service_request_id=${Array.from({ length: 201 }, (_, i) => `PA-2026-${String(i).padStart(6, "0")}`).join(",")}`)).toEqual({
      ok: false,
      errors: [m.tooManyIds(200)],
    });
  });
});

describe("POST mapping", () => {
  const reader = (fields: Record<string, string>) => (name: string) => fields[name] ?? "";

  it("writes the name family-name first, as Vietnamese names are written", () => {
    expect(fullName("Văn Khiêm", "Phạm")).toBe("Phạm Văn Khiêm");
    expect(fullName("  Lan  ", "")).toBe("Lan");
  });

  it("takes the subject from the first line of the description when none is sent", () => {
    expect(subjectFrom("Ổ gà trên đường Phú Riềng Đỏ\nSâu khoảng 20 cm")).toBe("Ổ gà trên đường Phú Riềng Đỏ");
    const long = subjectFrom(`${"Đường ".repeat(40)}hỏng`);
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long.endsWith("…")).toBe(true);
  });

  it("maps the GeoReport arguments and attributes onto the petition form", () => {
    const form = petitionFormInput(
      reader({
        first_name: "Văn Khiêm",
        last_name: "Phạm",
        email: "khiem@example.vn",
        phone: "0912 345 678",
        description: "Nước thải chảy ra suối",
        "attribute[filer_type]": "Business",
        "attribute[agency]": "unsure",
        "attribute[business_name]": "Công ty A",
        "attribute[tax_code]": "0100109106",
        "attribute[public_consent]": "yes",
      }),
      "moi-truong",
    );
    expect(form).toMatchObject({
      filerType: "business",
      name: "Phạm Văn Khiêm",
      agency: "",
      topic: "moi-truong",
      subject: "Nước thải chảy ra suối",
      body: "Nước thải chảy ra suối",
      businessName: "Công ty A",
      taxCode: "0100109106",
      publicConsent: "on",
    });
    expect(petitionFormInput(reader({ "attribute[public_consent]": "no" }), "x").publicConsent).toBeUndefined();
  });

  it("keeps the reported place for the agency and checks coordinates and media URLs", () => {
    const ok = reportedPlace(reader({ lat: "11.53", long: "106.88", address_string: "Đường Phú Riềng Đỏ, Đồng Xoài", media_url: "https://img.example/1.jpg" }), m);
    expect(ok.errors).toEqual([]);
    expect(bodyWithPlace("Mô tả", ok.place, m)).toBe(
      "Mô tả\n\nDetails sent through Open311:\nLocation: Đường Phú Riềng Đỏ, Đồng Xoài\nCoordinates (WGS84): 11.53, 106.88\nMedia: https://img.example/1.jpg",
    );
    expect(reportedPlace(reader({ lat: "11.53" }), m).errors).toEqual([m.badLatLong]);
    expect(reportedPlace(reader({ lat: "91", long: "0" }), m).errors).toEqual([m.badLatLong]);
    expect(reportedPlace(reader({ media_url: "javascript:alert(1)" }), m).errors).toEqual([m.badMediaUrl]);
    expect(bodyWithPlace("Mô tả", reportedPlace(reader({}), m).place, m)).toBe("Mô tả");
  });

  it("scopes a client's idempotency key to its api_key and ignores a weak one", () => {
    const a = open311SubmissionKey("key-a", "client-key-0000000001");
    expect(a).toBe(open311SubmissionKey("key-a", "client-key-0000000001"));
    expect(a).not.toBe(open311SubmissionKey("key-b", "client-key-0000000001"));
    expect(open311SubmissionKey("key-a", "1")).not.toBe(open311SubmissionKey("key-a", "1"));
  });

  it("accepts only a configured api_key", () => {
    expect(apiKeyMatches(["k1", "k2"], "k2")).toBe(true);
    expect(apiKeyMatches(["k1", "k2"], "k3")).toBe(false);
    expect(apiKeyMatches([], "")).toBe(false);
  });
});

describe("open311Lang", () => {
  const req = (url: string, headers: Record<string, string> = {}) => new Request(url, { headers });
  it("follows ?lang=, then the lang cookie, then Accept-Language, then Vietnamese", () => {
    expect(open311Lang(req("http://x.test/open311/v2/services.json?lang=en", { Cookie: "lang=vi" }))).toBe("en");
    expect(open311Lang(req("http://x.test/open311/v2/services.json", { Cookie: "lang=en", "Accept-Language": "vi" }))).toBe("en");
    expect(open311Lang(req("http://x.test/open311/v2/services.json", { "Accept-Language": "fr-FR, en-US;q=0.8" }))).toBe("en");
    expect(open311Lang(req("http://x.test/open311/v2/services.json"))).toBe("vi");
  });
});
