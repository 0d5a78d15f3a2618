// npm run bench:search — seeds 10,000 procedures and 100,000 documents into PostgreSQL and prints
// median and p95 times of realistic searches through the same module functions the pages use.
// Uses BENCH_DATABASE_URL, else DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres;
// works in a database of its own (bench_search), created afresh each run.
import { sql } from "kysely";
import pg from "pg";
import { openDatabase } from "../../db/client";
import { migrateToLatest } from "../../db/migrate";
import { agencySearchText } from "../../app/modules/agencies/agencies.server";
import { procedureSearchText } from "../../app/modules/procedures/procedures.server";
import { documentSearchText } from "../../app/modules/documents/documents.server";
import { listProcedures } from "../../app/modules/procedures/procedures.queries.server";
import { listDocuments } from "../../app/modules/documents/documents.queries.server";
import { parseSearch } from "../../app/modules/search/search.server";
import { searchEverything } from "../../app/modules/search/search.queries.server";

const PROCEDURES = Number(process.env.BENCH_PROCEDURES ?? 10_000);
const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 25);

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query("drop database if exists bench_search with (force)");
await admin.query("create database bench_search");
await admin.end();
const url = new URL(serverUrl);
url.pathname = "/bench_search";
const { db, close } = await openDatabase({ url: url.toString() });
await migrateToLatest(db);

// A deterministic pseudo-random sequence, so every run seeds the same data.
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];

const ACTIONS = ["Đăng ký", "Cấp", "Cấp lại", "Điều chỉnh", "Gia hạn", "Thu hồi", "Xác nhận", "Thẩm định", "Phê duyệt", "Chấm dứt", "Tạm ngừng", "Thông báo"];
const OBJECTS = [
  "thành lập doanh nghiệp tư nhân", "hộ kinh doanh", "giấy chứng nhận đăng ký đầu tư", "giấy phép xây dựng nhà ở riêng lẻ",
  "quyền sử dụng đất", "giấy phép khai thác nước mặt", "giấy phép hoạt động in", "chứng chỉ hành nghề dược",
  "giấy phép kinh doanh vận tải bằng xe ô tô", "hợp đồng lao động nước ngoài", "hòa giải tranh chấp đất đai",
  "kết hôn", "khai sinh", "lý lịch tư pháp", "trang thông tin điện tử tổng hợp", "điểm cung cấp dịch vụ trò chơi điện tử",
  "cơ sở đủ điều kiện an toàn thực phẩm", "giấy phép bán lẻ rượu", "thay đổi nội dung đăng ký kinh doanh", "chi nhánh, văn phòng đại diện",
];
const DOC_KINDS = ["planning", "plan", "budget", "legal", "support_policy", "complaint_result", "report", "consultation_draft"] as const;
const DOC_TOPICS = [
  "nâng cao chỉ số năng lực cạnh tranh cấp tỉnh", "cải thiện chỉ số tính minh bạch", "chuyển đổi số", "quy hoạch sử dụng đất",
  "dự toán ngân sách nhà nước", "hỗ trợ doanh nghiệp nhỏ và vừa", "giải quyết khiếu nại về đất đai", "cải cách hành chính",
  "phát triển khu công nghiệp Chơn Thành", "đầu tư công trung hạn", "phòng chống thiên tai", "xây dựng nông thôn mới",
  "đăng ký kinh doanh trực tuyến", "thu hút đầu tư nước ngoài", "bảo vệ môi trường", "giáo dục nghề nghiệp",
];
const DOC_PREFIX = ["Kế hoạch", "Quyết định", "Báo cáo", "Nghị quyết", "Chỉ thị", "Thông báo kết quả", "Dự thảo Quyết định"];

console.log(`seeding ${PROCEDURES.toLocaleString()} procedures and ${DOCUMENTS.toLocaleString()} documents into ${url.host}/bench_search …`);
const seedStart = Date.now();
const agencyIds: number[] = [];
for (let i = 0; i < 30; i++) {
  const name_vi = i < 19 ? `Sở ${pick(["Tư pháp", "Tài chính", "Xây dựng", "Y tế", "Công Thương"])} ${i}` : `UBND huyện ${i}`;
  const row = await db
    .insertInto("agencies")
    .values({ slug: `agency-${i}`, name_vi, name_en: null, short_name_vi: null, kind: i < 19 ? "department" : "district", sort_order: i, ...agencySearchText({ slug: `agency-${i}`, name_vi }) })
    .returning("id")
    .executeTakeFirstOrThrow();
  agencyIds.push(row.id);
}
const field = await db.insertInto("procedure_fields").values({ slug: "f", name_vi: "Lĩnh vực", name_en: "Field" }).returning("id").executeTakeFirstOrThrow();
for (let start = 0; start < PROCEDURES; start += 1000) {
  const rows = Array.from({ length: Math.min(1000, PROCEDURES - start) }, (_, j) => {
    const code = `${1 + ((start + j) % 2)}.${String(100000 + start + j).padStart(6, "0")}`;
    const name_vi = `${pick(ACTIONS)} ${pick(OBJECTS)}`;
    const legal = [`Nghị định số ${1 + Math.floor(rnd() * 150)}/2021/NĐ-CP về ${pick(OBJECTS)}`];
    const docs = [`Đơn đề nghị ${pick(OBJECTS)}`, `Bản sao ${pick(OBJECTS)}`];
    return {
      code,
      name_vi,
      agency_id: pick(agencyIds),
      field_id: field.id,
      online_level: pick(["full", "partial", "none"] as const),
      processing_days: 1 + Math.floor(rnd() * 30),
      required_documents_vi: docs,
      legal_basis_vi: legal,
      postal_receipt: rnd() < 0.6,
      postal_return: rnd() < 0.6,
      updated_on: "2026-01-01",
      ...procedureSearchText({ code, name_vi, required_documents_vi: docs, legal_basis_vi: legal }),
    };
  });
  await db.insertInto("procedures").values(rows).execute();
}
for (let start = 0; start < DOCUMENTS; start += 2000) {
  const rows = Array.from({ length: Math.min(2000, DOCUMENTS - start) }, (_, j) => {
    const n = start + j;
    const number = `${n + 1}/${pick(["KH", "QĐ", "BC", "NQ"])}-UBND`;
    const title_vi = `${pick(DOC_PREFIX)} về ${pick(DOC_TOPICS)} năm ${2018 + (n % 9)}`;
    const summary_vi = `Triển khai ${pick(DOC_TOPICS)} và ${pick(DOC_TOPICS)} trên địa bàn tỉnh.`;
    const year = 2018 + (n % 9);
    return {
      kind: pick(DOC_KINDS),
      number,
      title_vi,
      summary_vi,
      agency_id: pick(agencyIds),
      issued_on: `${year}-${String(1 + (n % 12)).padStart(2, "0")}-${String(1 + (n % 28)).padStart(2, "0")}`,
      ...documentSearchText({ number, title_vi, summary_vi }),
    };
  });
  await db.insertInto("documents").values(rows).execute();
}
await sql`analyze`.execute(db);
console.log(`seeded in ${((Date.now() - seedStart) / 1000).toFixed(1)} s\n`);

const QUERIES = [
  "thu tuc dang ky kinh doanh",
  "đăng ký kinh doanh",
  "giay phep xay dung",
  "hoà giải đất đai",
  "chuyen doi so",
  "ke hoach nang cao chi so nang luc canh tranh",
  "du toan ngan sach 2026",
  "ho tro doanh nghiep nho va vua",
  "khieu nai",
  "dang k",
];

function stats(times: number[]) {
  const s = [...times].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { median: q(0.5), p95: q(0.95) };
}

async function time(fn: () => Promise<unknown>) {
  await fn(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

const all: Record<string, number[]> = { procedures: [], documents: [], everything: [] };
console.log("query".padEnd(46), "page".padEnd(11), "median ms".padStart(10), "p95 ms".padStart(8), "hits".padStart(8));
for (const q of QUERIES) {
  const cases: Array<[string, () => Promise<{ total: number }>]> = [
    ["procedures", () => listProcedures(db, { q, page: 1 })],
    ["documents", () => listDocuments(db, { q, page: 1 })],
    ["everything", () => searchEverything(db, parseSearch(q)!, { page: 1 })],
  ];
  for (const [name, fn] of cases) {
    const times = await time(fn);
    all[name].push(...times);
    const { median, p95 } = stats(times);
    const hits = (await fn()).total;
    console.log(q.padEnd(46), name.padEnd(11), median.toFixed(1).padStart(10), p95.toFixed(1).padStart(8), String(hits).padStart(8));
  }
}
console.log("\noverall (all queries):");
for (const [name, times] of Object.entries(all)) {
  const { median, p95 } = stats(times);
  console.log(`  ${name.padEnd(11)} median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${times.length} runs`);
}
const plan = await sql<{ "QUERY PLAN": string }>`explain select id from documents where search_tsv @@ to_tsquery('simple', 'dang & ky & kinh & doanh')`.execute(db);
console.log("\nplan of a document search (must use the GIN index, not a sequential scan):");
for (const r of plan.rows) console.log(`  ${r["QUERY PLAN"]}`);
await close();
