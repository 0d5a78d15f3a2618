import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "../../db/client";
import type { PetitionsTable } from "../../db/types";
import type { Insertable } from "kysely";
import { insertAgency } from "../../app/modules/agencies/agencies.queries.server";
import { agencySearchText } from "../../app/modules/agencies/agencies.server";
import { fold, foldAll } from "../../app/modules/search/normalize";
import {
  getResolution,
  latestResolutions,
  listResolutions,
  listResolutionYears,
} from "../../app/modules/resolutions/resolutions.queries.server";
import { ResolutionCode, ResolutionFilters } from "../../app/modules/resolutions/resolutions.schema";
import { buildResolutionsFeed, FEED_SIZE, withAnswerDays } from "../../app/modules/resolutions/resolutions.server";
import { openTestDatabase } from "../helpers/db";

let h: OpenDatabase;

// What the filer typed and the officer never published: none of it may reach a public result.
const SECRET = {
  filer_name: "Trần Thị Bảo Mật",
  filer_email: "bao.mat.rieng@example.vn",
  filer_phone: "0912 777 321",
  filer_address: "Số 99 hẻm Kín Đáo, phường Tân Bình",
  tax_code: "0100109106",
  business_name: "Công ty TNHH Kín Miệng",
  subject: "Trần Thị Bảo Mật hỏi về đất đai thửa riêng",
  body: "Tôi là Trần Thị Bảo Mật, gọi 0912 777 321. NỘI-DUNG-GỐC-CHƯA-CHE",
  answer: "Gửi bà Trần Thị Bảo Mật (bao.mat.rieng@example.vn): TRẢ-LỜI-GỐC-CHƯA-CHE",
};
const PERSONAL_VALUES = [
  SECRET.filer_name,
  fold(SECRET.filer_name),
  SECRET.filer_email,
  SECRET.filer_phone,
  SECRET.filer_phone.replace(/\s/g, ""),
  SECRET.filer_address,
  SECRET.tax_code,
  SECRET.business_name,
  "NỘI-DUNG-GỐC-CHƯA-CHE",
  "TRẢ-LỜI-GỐC-CHƯA-CHE",
];
/** The petition columns that must never be in a public result, by name. */
const PRIVATE_KEYS = [
  "filer_name",
  "filer_email",
  "filer_phone",
  "filer_address",
  "tax_code",
  "subject",
  "body",
  "answer",
  "business_name",
  "access_token_hash",
  "submission_key",
  "rating_comment",
];

let topicId: number;
let landAgency: number;
let lightAgency: number;
let seq = 0;

function petition(overrides: Partial<Insertable<PetitionsTable>>): Insertable<PetitionsTable> {
  seq++;
  const year = (overrides.published_on ?? overrides.received_on ?? "2026-01-01").slice(0, 4);
  const published = {
    published_subject: overrides.published_subject ?? null,
    published_body: overrides.published_body ?? null,
    published_answer: overrides.published_answer ?? null,
  };
  return {
    code: `PA-${year}-${String(seq).padStart(6, "0")}`,
    submission_key: `key-${seq}`,
    access_token_hash: `hash-${seq}`,
    filer_type: "citizen",
    filer_name: `Người gửi ${seq}`,
    filer_email: `nguoi${seq}@example.vn`,
    topic_id: topicId,
    agency_id: lightAgency,
    subject: published.published_subject ?? "Kiến nghị",
    body: published.published_body ?? "Nội dung",
    answer: published.published_answer,
    received_on: "2026-01-05",
    forward_due_on: "2026-01-12",
    due_on: "2026-01-26",
    status: "published",
    // What the petitions module fills on publish.
    search_name: foldAll(published.published_subject),
    search_body: foldAll(published.published_body, published.published_answer),
    ...overrides,
  };
}

const CODES = {
  landSubject: "",
  landSubject2: "",
  landAnswerOnly: "",
  answeredOnly: "",
  private: "",
  escaped: "",
};

beforeAll(async () => {
  h = await openTestDatabase();
  const agency = (slug: string, name_vi: string, name_en: string) =>
    insertAgency(h.db, {
      slug,
      name_vi,
      name_en,
      short_name_vi: null,
      kind: "department",
      address: "",
      email: "",
      website: null,
      head_name: null,
      head_title_vi: null,
      office_hours_vi: "",
      office_hours_en: "",
      description_vi: "",
      description_en: "",
      sort_order: 0,
      ...agencySearchText({ slug, name_vi }),
    });
  landAgency = await agency("so-tai-nguyen-va-moi-truong", "Sở Tài nguyên và Môi trường", "Department of Natural Resources and Environment");
  lightAgency = await agency("ubnd-thanh-pho-dong-xoai", "UBND thành phố Đồng Xoài", "Dong Xoai City People's Committee");
  topicId = (
    await h.db.insertInto("topics").values({ slug: "dat-dai", name_vi: "Đất đai", name_en: "Land" }).returning("id").executeTakeFirstOrThrow()
  ).id;
  // 30/4 and 1/5 off: a petition received on Monday 27/4 and answered Tuesday 5/5 took 4 working days, not 6.
  await h.db
    .insertInto("holidays")
    .values([
      { date: "2026-04-30", kind: "holiday", name_vi: "Ngày Giải phóng miền Nam", name_en: "Reunification Day" },
      { date: "2026-05-01", kind: "holiday", name_vi: "Ngày Quốc tế Lao động", name_en: "International Labour Day" },
    ])
    .execute();

  const rows: Insertable<PetitionsTable>[] = [];
  // 48 published answers about street lighting in 2025, one a day, for pagination and the feed's limit.
  for (let i = 0; i < 48; i++) {
    const day = new Date(Date.UTC(2025, 0, 10 + i)).toISOString().slice(0, 10);
    rows.push(
      petition({
        published_on: day,
        received_on: "2024-12-02",
        answered_on: day,
        published_subject: `Kiến nghị sửa đèn chiếu sáng công cộng số ${i + 1}`,
        published_body: "Đèn đường trên tuyến phố bị hỏng nhiều tuần.",
        published_answer: "Đơn vị quản lý đã thay bóng đèn.",
      }),
    );
  }
  const land = petition({
    agency_id: landAgency,
    received_on: "2026-04-27",
    answered_on: "2026-05-05",
    published_on: "2026-05-07",
    published_subject: "Thời hạn cấp giấy chứng nhận quyền sử dụng đất đai",
    published_body: "Hồ sơ cấp giấy chứng nhận quá hạn.",
    published_answer: "Sở đã chỉ đạo giải quyết trong tháng.",
    reopen_count: 1,
  });
  CODES.landSubject = land.code;
  const land2 = petition({
    agency_id: landAgency,
    received_on: "2026-03-02",
    answered_on: "2026-03-16",
    published_on: "2026-03-18",
    published_subject: "Tranh chấp đất đai giữa hai hộ liền kề",
    published_body: "Đề nghị hòa giải.",
    published_answer: "UBND xã đã tổ chức hòa giải.",
  });
  CODES.landSubject2 = land2.code;
  const answerOnly = petition({
    agency_id: lightAgency,
    received_on: "2026-02-02",
    answered_on: "2026-02-20",
    published_on: "2026-06-01",
    published_subject: "Lấn chiếm vỉa hè",
    published_body: "Vỉa hè bị lấn chiếm.",
    published_answer: "Việc này không thuộc lĩnh vực đất đai; phường đã xử lý lấn chiếm.",
  });
  CODES.landAnswerOnly = answerOnly.code;
  // Answered, text prepared, but not published: must stay invisible even though it would match.
  const answered = petition({
    agency_id: landAgency,
    status: "answered",
    received_on: "2026-05-04",
    answered_on: "2026-05-20",
    published_on: null,
    published_subject: "Bồi thường đất đai khi thu hồi (chưa công khai)",
    published_body: "Chưa công khai.",
    published_answer: "Chưa công khai.",
  });
  CODES.answeredOnly = answered.code;
  // Published, filed by a business that did not consent to its name being shown: only the
  // masked text is public; the private columns hold every kind of personal data.
  const priv = petition({
    agency_id: landAgency,
    filer_type: "business",
    ...SECRET,
    filer_phone: SECRET.filer_phone,
    received_on: "2026-04-01",
    answered_on: "2026-04-15",
    published_on: "2026-04-16",
    published_subject: "[người gửi] hỏi về đất đai thửa riêng",
    published_body: "Tôi là [người gửi], gọi [số điện thoại đã ẩn]. [đã ẩn]",
    published_answer: "Gửi bà [người gửi] ([email đã ẩn]): nội dung trả lời.",
    published_business_name: null,
  });
  CODES.private = priv.code;
  // Characters that must be escaped in XML, and one XML cannot carry at all.
  const escaped = petition({
    agency_id: lightAgency,
    received_on: "2026-01-05",
    answered_on: "2026-01-09",
    published_on: "2026-01-12",
    published_subject: `Biển báo <b>"cấm đỗ"</b> & 'giờ' sai`,
    published_body: "Dòng một\u0001\n\nDòng hai <script>alert(1)</script>",
    published_answer: "Đã sửa biển báo.",
    published_business_name: "Công ty CP Vận tải Bình Phước",
  });
  CODES.escaped = escaped.code;
  rows.push(land, land2, answerOnly, answered, priv, escaped);
  await h.db.insertInto("petitions").values(rows).execute();
});

afterAll(async () => {
  await h?.close();
});

const list = (q: Record<string, string>) => listResolutions(h.db, ResolutionFilters.parse(q));
const codesOf = async (q: Record<string, string>) => (await list(q)).items.map((r) => r.code);
const PUBLISHED = 48 + 5;

describe("listing published resolutions", () => {
  it("lists only published petitions, newest published first", async () => {
    const first = await list({});
    expect(first.total).toBe(PUBLISHED);
    expect(first.items.map((r) => r.code).slice(0, 5)).toEqual([
      CODES.landAnswerOnly, // 2026-06-01
      CODES.landSubject, // 2026-05-07
      CODES.private, // 2026-04-16
      CODES.landSubject2, // 2026-03-18
      CODES.escaped, // 2026-01-12
    ]);
    const all = [...first.items, ...(await list({ page: "2" })).items, ...(await list({ page: "3" })).items].map((r) => r.code);
    expect(all).toHaveLength(PUBLISHED);
    expect(new Set(all).size).toBe(PUBLISHED);
    expect(all).not.toContain(CODES.answeredOnly);
  });

  it("paginates by 20 and still reports the total past the last page", async () => {
    const [p1, p2, p3, p4] = await Promise.all(["1", "2", "3", "4"].map((page) => list({ page })));
    expect([p1.items.length, p2.items.length, p3.items.length]).toEqual([20, 20, 13]);
    expect(p1.pages).toBe(3);
    expect(p4.items).toEqual([]);
    expect(p4.total).toBe(PUBLISHED);
    expect(p2.items[0].published_on! <= p1.items[19].published_on!).toBe(true);
  });

  it("finds đất đai typed without diacritics, ranks subject matches above answer-only matches, and never an unpublished one", async () => {
    const plain = await codesOf({ q: "dat dai" });
    expect(plain.slice(0, 3).sort()).toEqual([CODES.landSubject, CODES.landSubject2, CODES.private].sort());
    expect(plain[3]).toBe(CODES.landAnswerOnly);
    expect(plain).toHaveLength(4);
    expect(plain).not.toContain(CODES.answeredOnly);
    expect(await codesOf({ q: "đất đai" })).toEqual(plain);
    expect(await codesOf({ q: "đất đai".normalize("NFD") })).toEqual(plain);
    expect(await codesOf({ q: "ĐẤT ĐAI" })).toEqual(plain);
  });

  it("filters by agency and by year of publication", async () => {
    const byAgency = await list({ agency: "so-tai-nguyen-va-moi-truong" });
    expect(byAgency.items.map((r) => r.code).sort()).toEqual([CODES.landSubject, CODES.landSubject2, CODES.private].sort());
    expect(byAgency.items.every((r) => r.agency_slug === "so-tai-nguyen-va-moi-truong")).toBe(true);
    expect((await list({ year: "2025" })).total).toBe(48);
    expect((await list({ year: "2026" })).total).toBe(5);
    expect((await list({ year: "2024" })).total).toBe(0);
    expect(await codesOf({ agency: "ubnd-thanh-pho-dong-xoai", year: "2026", q: "dat dai" })).toEqual([CODES.landAnswerOnly]);
    expect((await list({ agency: "khong-co-co-quan-nay" })).total).toBe(0);
    expect(await listResolutionYears(h.db)).toEqual([2026, 2025]);
  });

  it("ignores malformed filters instead of failing", () => {
    expect(ResolutionFilters.parse({ agency: "'; drop table", year: "abc", page: "-3" })).toEqual({ page: 1 });
  });
});

describe("one resolution", () => {
  it("shows a published one with its names, dates and time to answer in working days", async () => {
    const r = await getResolution(h.db, CODES.landSubject);
    expect(r).toMatchObject({
      code: CODES.landSubject,
      agency_slug: "so-tai-nguyen-va-moi-truong",
      topic_vi: "Đất đai",
      received_on: "2026-04-27",
      answered_on: "2026-05-05",
      published_on: "2026-05-07",
      reopen_count: 1,
      published_business_name: null,
    });
    const [withDays] = await withAnswerDays(h.db, [r!]);
    expect(withDays.answerWorkingDays).toBe(4);
    expect((await getResolution(h.db, CODES.escaped))?.published_business_name).toBe("Công ty CP Vận tải Bình Phước");
  });

  it("is undefined for an answered but unpublished petition and for an unknown code", async () => {
    expect(await getResolution(h.db, CODES.answeredOnly)).toBeUndefined();
    expect(await getResolution(h.db, "PA-2026-999999")).toBeUndefined();
  });

  it("accepts only well-formed codes as a route param", () => {
    expect(ResolutionCode.safeParse("PA-2026-000123").success).toBe(true);
    for (const bad of ["PA-2026-123", "pa-2026-000123", "PA-2026-000123x", "1"]) expect(ResolutionCode.safeParse(bad).success).toBe(false);
  });
});

describe("personal data", () => {
  const leaks = (text: string) => PERSONAL_VALUES.filter((v) => text.includes(v));
  const keysOf = (rows: object[]) => new Set(rows.flatMap((r) => Object.keys(r)));

  it("never appears in list or detail results, whatever is searched", async () => {
    const results = await Promise.all([
      list({}),
      list({ page: "2" }),
      list({ page: "3" }),
      list({ q: "dat dai" }),
      list({ q: "Trần Thị Bảo Mật" }),
      list({ q: "bao.mat.rieng@example.vn" }),
      list({ agency: "so-tai-nguyen-va-moi-truong" }),
    ]);
    for (const r of results) expect(leaks(JSON.stringify(r))).toEqual([]);
    // The private text is not searchable either.
    expect(results[4].total).toBe(0);
    expect(results[5].total).toBe(0);
    const detail = await getResolution(h.db, CODES.private);
    expect(detail?.published_subject).toBe("[người gửi] hỏi về đất đai thửa riêng");
    expect(leaks(JSON.stringify(detail))).toEqual([]);
    const latest = await latestResolutions(h.db, 100);
    expect(leaks(JSON.stringify(latest))).toEqual([]);
    const keys = keysOf([...results.flatMap((r) => r.items), detail!, ...latest]);
    expect(PRIVATE_KEYS.filter((k) => keys.has(k))).toEqual([]);
  });

  it("never appears in the Atom feed", async () => {
    const xml = await buildResolutionsFeed(h.db, { base: "https://minhbach.example.gov.vn", lang: "vi" });
    expect(xml).toContain(CODES.private);
    expect(leaks(xml)).toEqual([]);
  });
});

describe("Atom feed", () => {
  let xml: string;
  beforeAll(async () => {
    xml = await buildResolutionsFeed(h.db, { base: "https://minhbach.example.gov.vn/", lang: "vi" });
  });

  it("is well-formed Atom 1.0 with the 50 newest entries", () => {
    expect(xml.startsWith(`<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"`)).toBe(true);
    expectWellFormed(xml);
    const entries = xml.match(/<entry>[\s\S]*?<\/entry>/g) ?? [];
    expect(entries).toHaveLength(FEED_SIZE);
    for (const e of entries) {
      expect(e).toMatch(/<id>https:\/\/minhbach\.example\.gov\.vn\/resolutions\/PA-\d{4}-\d{6}<\/id>/);
      expect(e).toMatch(/<title type="text"[^>]*>[^<]+<\/title>/);
      expect(e).toMatch(/<updated>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00<\/updated>/);
    }
    expect(entries[0]).toContain(`/resolutions/${CODES.landAnswerOnly}</id>`);
    expect(xml).not.toContain(CODES.answeredOnly);
    // The feed's own id, self link and latest update.
    expect(xml).toContain("<id>https://minhbach.example.gov.vn/feeds/resolutions.atom</id>");
    expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="https://minhbach.example.gov.vn/feeds/resolutions.atom"/>`);
    expect(xml.match(/<updated>([^<]+)<\/updated>/)?.[1]).toBe("2026-06-01T00:00:00+07:00");
  });

  it("escapes text and drops characters XML cannot carry", () => {
    expect(xml).toContain("Biển báo &lt;b&gt;&quot;cấm đỗ&quot;&lt;/b&gt; &amp; &apos;giờ&apos; sai");
    expect(xml).not.toContain("<b>");
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain("\u0001");
  });

  it("answers in English labels on request, with the same entries", async () => {
    const en = await buildResolutionsFeed(h.db, { base: "https://minhbach.example.gov.vn", lang: "en" });
    expect(en).toContain(`xml:lang="en"`);
    expect(en).toContain(`label="Land"`);
    expect((en.match(/<entry>/g) ?? []).length).toBe(FEED_SIZE);
  });
});

/** A small XML well-formedness check: balanced tags, quoted attributes, only known entities. */
function expectWellFormed(text: string) {
  const body = text.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(body))) {
    const [, closing, name, , selfClosing, textPart, stray] = m;
    if (stray) throw new Error(`stray "<" at ${m.index}: ${body.slice(m.index, m.index + 40)}`);
    if (textPart !== undefined) {
      const bad = textPart.match(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i);
      if (bad) throw new Error(`bare "&" in text: ${textPart.slice(0, 60)}`);
      continue;
    }
    if (selfClosing) continue;
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}>`);
    } else stack.push(name);
  }
  expect(stack).toEqual([]);
  // eslint-disable-next-line no-control-regex
  expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
}
