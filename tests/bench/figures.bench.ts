// npm run bench:figures: the transparency figures at scale. Seeds the demo province plus 1,000,000
// petitions over 30 agencies and 3 years into PostgreSQL, rebuilds the agency-month rollups, starts
// the built app (node server.js) on that database and load-tests /transparency, /transparency/:slug,
// /transparency.json, the /staff inbox and /hotlines against /healthz in the same run (autocannon),
// then prints requests/s, latency percentiles and the ratios, and checks that /transparency's p95
// stays within 1.5x of /hotlines'. Exits 1 when that check fails or a page answers other than 200.
//
// Needs a build (npm run build; built here only when build/index.js is missing, so a stale build
// is yours to refresh). Works in a database of its own, portal_bench_figures, created afresh on
// BENCH_DATABASE_URL's server (default postgres://postgres@127.0.0.1:5432/postgres) and dropped at
// the end unless --keep. Knobs: BENCH_PETITIONS (1000000), BENCH_PORT (3400), BENCH_CONNECTIONS (10),
// BENCH_DURATION (10 s), BENCH_WARMUP (2 s).
//
// Latency: autocannon's own histogram has no p95 (it reports p50, p90, p97.5, p99…, in whole ms),
// so every response's time (autocannon's `response` event, hrtime-based, fractional ms) is recorded
// and p50/p95/p99 are computed from those (nearest rank). Requests carry Accept-Encoding: gzip, as
// browsers do (the server compresses responses over 1 kB). "first ms" is one request before the
// warm-up: for the figures pages that is the uncached computation (reports are cached 30 s).
// autocannon is closed-loop and shares the machine with the server and PostgreSQL: at saturation a
// page's latency is mostly its server-side cost per request, so compare ratios, not absolute times.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import { sql, type Kysely } from "kysely";
import pg from "pg";
import { openDatabase } from "../../db/client";
import type { Database } from "../../db/types";
import { migrateToLatest } from "../../db/migrate";
import { seedDemo } from "../../db/seed/demo";
import { seedStaff, DEMO_ADMIN_EMAIL, DEMO_STAFF_PASSWORD } from "../../db/seed/staff";
import { ensureTopics } from "../../db/seed/topics";
import { addDays, todayInVietnam } from "../../app/modules/calendar/calendar";
import { fold, foldAll } from "../../app/modules/search/normalize";

const PETITIONS = Number(process.env.BENCH_PETITIONS ?? 1_000_000);
const AGENCIES = 30;
const PORT = Number(process.env.BENCH_PORT ?? 3400);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const KEEP = process.argv.includes("--keep");
const DB_NAME = "portal_bench_figures";
const BASE = `http://127.0.0.1:${PORT}`;

const scriptStart = Date.now();
const secs = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------
// autocannon (no type declarations ship with it: the little we use is typed here)
// ---------------------------------------------------------------------------------------------

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { average: number; p50: number; p90: number; p97_5: number; p99: number; max: number };
  throughput: { average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
  duration: number;
}
interface AutocannonInstance {
  on(event: "response", fn: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): void;
  stop(): void;
}
type Autocannon = (
  opts: { url: string; connections: number; duration: number; headers?: Record<string, string> },
  cb: (err: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

// ---------------------------------------------------------------------------------------------
// Clean-up: the server is always stopped, the database dropped unless --keep
// ---------------------------------------------------------------------------------------------

let server: ChildProcess | undefined;
let serverLog: string[] = [];
let handle: { db: Kysely<Database>; close(): Promise<void> } | undefined;
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const benchUrl = new URL(serverUrl);
benchUrl.pathname = `/${DB_NAME}`;

async function stopServer(): Promise<void> {
  const child = server;
  server = undefined;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 12_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

async function adminQuery(text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

let cleaning: Promise<void> | undefined;
/** Runs once; every caller (the run's end, a signal, a second signal) waits for the same clean-up. */
function cleanUp(): Promise<void> {
  cleaning ??= doCleanUp();
  return cleaning;
}
async function doCleanUp(): Promise<void> {
  await stopServer().catch(() => {});
  await handle?.close().catch(() => {});
  handle = undefined;
  if (KEEP) console.log(`kept the database: ${benchUrl.toString()}`);
  else await adminQuery(`drop database if exists ${DB_NAME} with (force)`).catch((e) => console.warn(`could not drop ${DB_NAME}: ${e.message}`));
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (!cleaning) console.error(`\n${signal}: stopping`);
    void cleanUp().finally(() => process.exit(130));
  });
}
// Last resort (an exception thrown past everything): never leave the server running.
process.on("exit", () => server?.kill("SIGKILL"));

// ---------------------------------------------------------------------------------------------
// Seed data
// ---------------------------------------------------------------------------------------------

const SUBJECTS = [
  "Đề nghị cấp giấy chứng nhận quyền sử dụng đất",
  "Phản ánh chậm giải quyết hồ sơ đăng ký kinh doanh",
  "Kiến nghị sửa chữa đường giao thông nông thôn",
  "Phản ánh ô nhiễm tiếng ồn từ cơ sở sản xuất",
  "Hỏi về chính sách hỗ trợ doanh nghiệp nhỏ và vừa",
  "Đề nghị hướng dẫn thủ tục cấp phép xây dựng nhà ở",
  "Phản ánh thái độ tiếp dân của cán bộ một cửa",
  "Kiến nghị về mức thu phí bảo vệ môi trường",
  "Hỏi về chế độ bảo hiểm xã hội cho người lao động",
  "Đề nghị giải quyết tranh chấp ranh giới đất",
  "Phản ánh nước thải sinh hoạt chảy tràn ra đường",
  "Kiến nghị bố trí thêm điểm trường mầm non",
  "Hỏi về thủ tục đăng ký hộ kinh doanh trực tuyến",
  "Phản ánh đèn chiếu sáng công cộng bị hỏng",
  "Đề nghị bồi thường, hỗ trợ khi thu hồi đất",
  "Phản ánh việc niêm yết thủ tục hành chính không đầy đủ",
  "Kiến nghị về giờ làm việc của bộ phận một cửa",
  "Hỏi về điều kiện cấp chứng chỉ hành nghề dược",
  "Phản ánh tình trạng xe quá tải làm hư hỏng mặt đường",
  "Đề nghị cung cấp thông tin quy hoạch sử dụng đất",
];
const BODIES = [
  "Tôi đã nộp hồ sơ đầy đủ theo hướng dẫn nhưng đến nay chưa nhận được kết quả. Kính đề nghị cơ quan xem xét, giải quyết và thông báo cho tôi biết.",
  "Tình trạng này kéo dài nhiều tháng, ảnh hưởng đến sinh hoạt và sản xuất của người dân trong khu vực. Đề nghị cơ quan chức năng kiểm tra, xử lý.",
  "Doanh nghiệp chúng tôi cần được hướng dẫn cụ thể về hồ sơ, trình tự và thời hạn giải quyết để chuẩn bị cho đúng quy định.",
  "Kính mong cơ quan có thẩm quyền xem xét, trả lời bằng văn bản để gia đình tôi yên tâm thực hiện.",
  "Nhiều hộ dân trong thôn đã phản ánh qua tổ dân phố nhưng chưa được giải quyết dứt điểm.",
  "Đề nghị cơ quan cung cấp thông tin công khai trên cổng để người dân tiện tra cứu.",
];
const ANSWERS = [
  "Cơ quan đã tiếp nhận, kiểm tra hồ sơ và hướng dẫn công dân bổ sung giấy tờ theo quy định; kết quả được trả trong thời hạn.",
  "Qua kiểm tra thực tế, cơ quan đã yêu cầu cơ sở khắc phục và sẽ tiếp tục theo dõi, xử lý nếu tái phạm.",
  "Nội dung kiến nghị đã được đưa vào kế hoạch sửa chữa năm nay; dự kiến thi công trong quý tới.",
  "Cơ quan cung cấp thông tin và hướng dẫn chi tiết thủ tục tại văn bản trả lời kèm theo.",
  "Cơ quan đã chuyển nội dung đến đơn vị có thẩm quyền và đôn đốc giải quyết; công dân sẽ được thông báo kết quả.",
  "Đề nghị của công dân là có cơ sở; cơ quan đã chỉ đạo bộ phận chuyên môn giải quyết dứt điểm.",
];
const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
const MIDDLE = ["Văn", "Thị", "Minh", "Thanh", "Hữu", "Ngọc", "Quốc", "Thu"];
const GIVEN = ["An", "Bình", "Hạnh", "Dũng", "Lan", "Tuấn", "Hòa", "Phương", "Sơn", "Mai", "Khánh", "Thảo", "Long", "Hương", "Trung", "Yến", "Hải"];
const PLACES = ["phường Tân Phú, TP. Đồng Xoài", "xã Tiến Thành, TP. Đồng Xoài", "phường An Lộc, TX. Bình Long", "thị trấn Chơn Thành", "xã Minh Hưng, huyện Bù Đăng", "phường Long Phước, TX. Phước Long"];

/** The instant a Vietnam calendar day starts (UTC+7, no daylight saving). */
const vnStart = (day: string) => new Date(`${day}T00:00:00+07:00`);

async function seedPetitions(pool: Kysely<Database>, today: string): Promise<{ busiest: string; years: Array<{ year: number; count: number }> }> {
  // One connection throughout, so the session settings below apply to every statement.
  return pool.connection().execute((db) => seedPetitionsOn(db, today));
}

async function seedPetitionsOn(db: Kysely<Database>, today: string): Promise<{ busiest: string; years: Array<{ year: number; count: number }> }> {
  // 30 agencies in display order; the first ones get the most petitions (a skew like real provinces).
  const agencies = await db.selectFrom("agencies").select(["id", "slug"]).where("active", "=", true).orderBy("sort_order").orderBy("id").limit(AGENCIES).execute();
  if (agencies.length === 0) throw new Error("no agencies: the demo seed did not run");
  const officers = await db.selectFrom("staff_users").select(["id", "agency_id"]).where("role", "=", "officer").execute();
  const officerOf = new Map(officers.map((o) => [o.agency_id, o.id]));
  const topics = await db.selectFrom("topics").select("id").orderBy("sort_order").execute();

  // From 1 January three calendar years back to yesterday (2024-01-01 .. 2026-11-26 when run on 2026-11-27).
  const lastDay = addDays(today, -1);
  const firstDay = `${Number(lastDay.slice(0, 4)) - 2}-01-01`;
  const from = vnStart(firstDay).getTime();
  const to = vnStart(today).getTime();
  const years: Array<{ year: number; from: number; to: number; count: number; offset: number }> = [];
  let offset = 0;
  for (let y = Number(firstDay.slice(0, 4)); y <= Number(lastDay.slice(0, 4)); y++) {
    const a = Math.max(from, vnStart(`${y}-01-01`).getTime());
    const b = Math.min(to, vnStart(`${y + 1}-01-01`).getTime());
    const last = y === Number(lastDay.slice(0, 4));
    const count = last ? PETITIONS - offset : Math.round((PETITIONS * (b - a)) / (to - from));
    years.push({ year: y, from: a, to: b, count, offset });
    offset += count;
  }

  // A deterministic uniform [0, 1) per petition number and stream: every run seeds the same data.
  await sql`create or replace function bench_u(n bigint, k bigint) returns float8 language sql immutable parallel safe
    as $$ select (hashint8extended(n, k) & 2147483647)::float8 / 2147483648.0 $$`.execute(db);

  // Secondary indexes are dropped for the bulk insert and built afterwards (a sorted build is far
  // cheaper than a million random index insertions); their definitions are read back from the
  // catalogue, so they are exactly the migrations'. Constraint indexes (primary key, unique) stay.
  await sql`set maintenance_work_mem = '256MB'`.execute(db);
  const secondary = await sql<{ name: string; def: string }>`
    select indexname as name, indexdef as def from pg_indexes
    where schemaname = current_schema() and tablename = 'petitions'
      and indexname not in (select conname from pg_constraint where conrelid = 'petitions'::regclass)`.execute(db);
  for (const ix of secondary.rows) await sql`drop index ${sql.id(ix.name)}`.execute(db);

  const agencyIds = agencies.map((a) => a.id);
  const officerIds = agencies.map((a) => officerOf.get(a.id) ?? null);
  const topicIds = topics.map((t) => t.id);
  const arr = (xs: readonly string[]) => sql`${[...xs]}::text[]`;
  const pickText = (xs: readonly string[], stream: number) => sql`(${arr(xs)})[1 + floor(bench_u(n, ${stream}) * ${xs.length})::int]`;

  for (const y of years) {
    const t0 = Date.now();
    const step = (y.to - y.from) / 1000 / y.count; // seconds between filings
    // Filing instants rise with i within the year, so the code's number (i) follows the filing order.
    await sql`
      with a as (
        select i, ${y.offset}::bigint + i as n,
               ${new Date(y.from)}::timestamptz + (((i - 1) + bench_u(${y.offset}::bigint + i, 0)) * ${step}::float8) * interval '1 second' as filed_at
        from generate_series(1, ${y.count}::int) as i
      ), b as (
        select a.*, ((filed_at at time zone 'UTC') + interval '7 hours')::date as day,
               bench_u(n, 1) as u_kind, bench_u(n, 4) as u_wd, bench_u(n, 5) as u_wd2, bench_u(n, 6) as u_pause,
               bench_u(n, 7) as u_open, bench_u(n, 8) as u_pub, bench_u(n, 13) as u_filer,
               1 + floor(power(bench_u(n, 2), 1.7) * ${agencyIds.length})::int as agency_ix,
               bench_u(n, 15) < 0.6 as consent
        from a
      ), c as (
        select b.*,
               case when u_pause < 0.08 then 1 + floor(bench_u(n, 16) * 5)::int else 0 end as pause0,
               -- working days to answer: most well within 15, about one in eight late
               case when u_wd < 0.55 then 3 + floor(u_wd2 * 8)::int
                    when u_wd < 0.88 then 8 + floor(u_wd2 * 8)::int
                    else 16 + floor(u_wd2 * 15)::int end as wd,
               1 + floor(bench_u(n, 17) * 3)::int as pub_lag
        from b
      ), d as (
        select c.*,
               day + 21 + ceil(pause0 * 1.4)::int as due,               -- 15 working days ≈ 21 calendar days
               day + round(wd * 1.4)::int + ceil(pause0 * 1.4)::int as planned
        from c
      ), e as materialized (  -- computed once per row: inlined, each reference would recompute the chain above
        select d.*,
               case
                 when u_kind < 0.04 then 'rejected'
                 when u_kind < 0.05 then 'withdrawn'
                 when bench_u(n, 9) < 0.004 and day >= ${today}::date - 180 then 'in_progress'   -- stuck: overdue
                 when planned > ${today}::date then
                   case when u_open < 0.10 then 'waiting_for_filer'
                        when u_open < 0.15 then 'transferred'
                        when day >= ${today}::date - 2 and u_open < 0.6 then 'received'
                        else 'in_progress' end
                 when consent and u_pub < 0.9 and planned + pub_lag <= ${today}::date then 'published'
                 else 'answered'
               end as status
        from d
      ), f as (
        select e.*,
               status in ('answered', 'published') as done,
               case when status = 'received' and day >= ${today}::date - 3 and bench_u(n, 18) < 0.05 then null
                    else (${agencyIds}::int[])[agency_ix] end as agency_id,
               u_filer < 0.2 as business
        from e
      )
      insert into petitions (
        code, submission_key, access_token_hash, filer_type, filer_name, filer_email, filer_phone, filer_address,
        business_name, tax_code, lang, agency_id, topic_id, subject, body, public_consent, status, filed_at,
        received_on, forward_due_on, due_on, paused_on, paused_days, answered_on, publish_due_on, published_on,
        closed_on, reopen_count, reject_reason, answer, answered_by, published_subject, published_body,
        published_answer, published_business_name, rating, rated_at, updated_at, search_name, search_body)
      select
        'PA-' || ${y.year}::int || '-' || lpad(i::text, 6, '0'),
        'bench-' || lpad(n::text, 9, '0'),
        encode(sha256(convert_to('bench-token-' || n, 'UTF8')), 'hex'),
        case when business then 'business' else 'citizen' end,
        ${pickText(FAMILY, 20)} || ' ' || ${pickText(MIDDLE, 21)} || ' ' || ${pickText(GIVEN, 22)},
        'nguoidan' || n || '@example.vn',
        case when bench_u(n, 23) < 0.7 then '09' || lpad((n % 100000000)::text, 8, '0') end,
        'Số ' || (1 + n % 250) || ', ' || ${pickText(PLACES, 24)},
        case when business then 'Công ty TNHH ' || ${pickText(GIVEN, 25)} || ' ' || (n % 997) else '' end,
        case when business then lpad((3800000000 + n % 99999999)::text, 10, '0') else '' end,
        case when bench_u(n, 26) < 0.05 then 'en' else 'vi' end,
        agency_id,
        (${topicIds}::int[])[1 + floor(bench_u(n, 3) * ${topicIds.length})::int],
        ${pickText(SUBJECTS, 27)},
        ${pickText(BODIES, 28)},
        consent,
        status,
        filed_at,
        day,
        day + 7,
        due,
        case when status = 'waiting_for_filer' then greatest(day, ${today}::date - 1 - floor(u_pause * 5)::int) end,
        case when status in ('rejected', 'withdrawn') then 0 else pause0 end,
        case when done then planned end,
        case when done and consent then planned + 3 end,
        case when status = 'published' then planned + pub_lag end,
        case when status = 'rejected' then least(day + 1 + floor(u_open * 3)::int, ${today}::date)
             when status = 'withdrawn' then least(day + 2 + floor(u_open * 10)::int, ${today}::date) end,
        case when done and bench_u(n, 12) < 0.02 then 1 else 0 end,
        case when status = 'rejected' then
          case when u_kind < 0.01 then 'spam' when u_kind < 0.02 then 'duplicate' when u_kind < 0.035 then 'out_of_scope' else 'insufficient_info' end end,
        case when done then ${pickText(ANSWERS, 29)} end,
        case when done then (${officerIds}::int[])[agency_ix] end,
        case when status = 'published' then ${pickText(SUBJECTS, 27)} end,
        case when status = 'published' then ${pickText(BODIES, 28)} end,
        case when status = 'published' then ${pickText(ANSWERS, 29)} end,
        case when status = 'published' and business then 'Công ty TNHH ' || ${pickText(GIVEN, 25)} || ' ' || (n % 997) end,
        case when done and planned + 2 <= ${today}::date and bench_u(n, 10) < 0.35 then
          case when bench_u(n, 11) < 0.42 then 'very_satisfied' when bench_u(n, 11) < 0.82 then 'satisfied' else 'not_satisfied' end end,
        case when done and planned + 2 <= ${today}::date and bench_u(n, 10) < 0.35 then ((planned + 2) + time '03:00') at time zone 'UTC' end,
        least(now(), greatest(filed_at, (coalesce(
          case when status = 'published' then planned + pub_lag end,
          case when done then planned end,
          case when status in ('rejected', 'withdrawn') then least(day + 2, ${today}::date) end) + time '02:00') at time zone 'UTC')),
        case when status = 'published' then ${pickText(SUBJECTS.map(fold), 27)} else '' end,
        case when status = 'published' then ${pickText(BODIES.map((b) => foldAll(b)), 28)} || ' ' || ${pickText(ANSWERS.map((a) => foldAll(a)), 29)} else '' end
      from f
    `.execute(db);
    await db.insertInto("petition_counters").values({ year: y.year, last: y.count }).onConflict((oc) => oc.column("year").doUpdateSet({ last: y.count })).execute();
    console.log(`  ${y.year}: ${y.count.toLocaleString("en")} petitions in ${secs(t0)}`);
  }

  let t1 = Date.now();
  for (const ix of secondary.rows) await sql.raw(ix.def).execute(db);
  console.log(`  ${secondary.rows.length} secondary indexes built in ${secs(t1)}`);

  // A timeline for the open petitions (what the inbox reads: the last public staff update).
  t1 = Date.now();
  const events = await sql`
    insert into petition_events (petition_id, kind, from_status, to_status, actor, staff_user_id, agency_id, public, created_at)
    select id, 'filed', null, 'received', 'filer', null, agency_id, true, filed_at
      from petitions where status in ('received', 'in_progress', 'waiting_for_filer', 'transferred')
    union all
    select p.id, 'acknowledge', 'received', 'in_progress', 'staff', s.id, p.agency_id, true, least(now(), p.filed_at + interval '1 day')
      from petitions p left join staff_users s on s.agency_id = p.agency_id and s.role = 'officer'
      where p.status in ('in_progress', 'waiting_for_filer', 'transferred')`.execute(db);
  console.log(`  ${Number(events.numAffectedRows ?? 0).toLocaleString("en")} timeline events of open petitions in ${secs(t1)}`);
  await sql`drop function bench_u(bigint, bigint)`.execute(db);

  const busiest = await db
    .selectFrom("petitions as p")
    .innerJoin("agencies as a", "a.id", "p.agency_id")
    .select(["a.slug", sql<number>`count(*)`.as("n")])
    .where("p.agency_id", "=", agencyIds[0])
    .groupBy("a.slug")
    .executeTakeFirstOrThrow();
  return { busiest: busiest.slug, years: years.map(({ year, count }) => ({ year, count })) };
}

// ---------------------------------------------------------------------------------------------
// The app server
// ---------------------------------------------------------------------------------------------

/** Something else on the port would answer in our server's place. */
async function assertPortFree(): Promise<void> {
  const taken = await fetch(`${BASE}/healthz`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${PORT} is already in use: set BENCH_PORT`);
}

async function startServer(): Promise<void> {
  if (!existsSync("build/index.js")) {
    console.log("build/index.js is missing: building (npx remix build) …");
    const r = spawnSync("npx", ["remix", "build"], { stdio: "inherit", env: { ...process.env, VITE_CJS_IGNORE_WARNING: "true" } });
    if (r.status !== 0) throw new Error("the build failed");
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: benchUrl.toString(),
    SEED_DEMO: "0",
    PORT: String(PORT),
    HOST: "127.0.0.1",
    SESSION_SECRET: process.env.SESSION_SECRET ?? "bench-figures-session-secret-0123456789",
  };
  await assertPortFree();
  delete env.PUBLIC_URL;
  delete env.DATA_DIR;
  delete env.RESEND_API_KEY;
  serverLog = [];
  const child = spawn(process.execPath, ["server.js"], { env, stdio: ["ignore", "pipe", "pipe"] });
  server = child;
  const keep = (chunk: Buffer) => {
    serverLog.push(...chunk.toString().split("\n").filter(Boolean));
    if (serverLog.length > 200) serverLog = serverLog.slice(-200);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const t0 = Date.now();
  while (Date.now() - t0 < 120_000) {
    if (child.exitCode !== null) throw new Error(`the server exited (code ${child.exitCode}):\n${serverLog.join("\n")}`);
    // Ours is listening once it says so (server.js logs "[server] listening on …").
    if (serverLog.some((l) => l.includes("[server] listening"))) {
      const res = await fetch(`${BASE}/readyz`).catch(() => null);
      if (res?.status === 200) {
        console.log(`server ready in ${secs(t0)} (pid ${child.pid}, ${BASE})`);
        return;
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server was not ready within 120 s:\n${serverLog.join("\n")}`);
}

/** Signs in through the login form (double-submit csrf cookie and field); returns the Cookie header for /staff. */
async function signIn(): Promise<string> {
  const page = await fetch(`${BASE}/staff/login`, { redirect: "manual" });
  if (page.status !== 200) throw new Error(`GET /staff/login answered ${page.status}`);
  const csrfCookie = page.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.startsWith("portal_login_csrf="));
  const html = await page.text();
  const input = html.match(/<input[^>]*name="csrf"[^>]*>/)?.[0];
  const csrf = input?.match(/value="([^"]+)"/)?.[1];
  if (!csrfCookie || !csrf) throw new Error("the login page gave no anti-forgery cookie or field");
  const res = await fetch(`${BASE}/staff/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie, Origin: BASE },
    body: new URLSearchParams({ csrf, next: "/staff", email: DEMO_ADMIN_EMAIL, password: DEMO_STAFF_PASSWORD }),
  });
  const session = res.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.startsWith("portal_session="));
  if (res.status !== 303 || !session) throw new Error(`signing in as ${DEMO_ADMIN_EMAIL} failed (${res.status})`);
  return session;
}

// ---------------------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------------------

interface Row {
  name: string;
  path: string;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  acP975: number;
  first: number;
  bytes: number;
  requests: number;
  bad: string | null;
}

const quantile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] : NaN);

function cannon(url: string, duration: number, headers: Record<string, string>, onLatency?: (ms: number, status: number, bytes: number) => void): Promise<AutocannonResult> {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections: CONNECTIONS, duration, headers }, (err, result) => (err ? reject(err) : resolve(result)));
    if (onLatency) instance.on("response", (_client, status, bytes, ms) => onLatency(ms, status, bytes));
  });
}

async function measure(name: string, path: string, headers: Record<string, string>): Promise<Row> {
  const url = `${BASE}${path}`;
  const t0 = performance.now();
  const firstRes = await fetch(url, { headers, redirect: "manual" });
  await firstRes.arrayBuffer();
  const first = performance.now() - t0;
  if (firstRes.status !== 200) {
    return { name, path, rps: NaN, p50: NaN, p95: NaN, p99: NaN, acP975: NaN, first, bytes: NaN, requests: 0, bad: `answers ${firstRes.status}` };
  }
  await cannon(url, WARMUP, headers);
  const latencies: number[] = [];
  let bytes = 0;
  const result = await cannon(url, DURATION, headers, (ms, _status, b) => {
    latencies.push(ms);
    bytes += b;
  });
  latencies.sort((a, b) => a - b);
  const statuses = Object.entries(result.statusCodeStats).filter(([code]) => code !== "200");
  const problems = [
    ...statuses.map(([c, s]) => `${s.count}× ${c}`),
    result.errors ? `${result.errors} errors` : "",
    result.timeouts ? `${result.timeouts} timeouts` : "",
    latencies.length === 0 ? "no response within the run" : "",
  ].filter(Boolean);
  const bad = problems.length ? problems.join(", ") : null;
  return {
    name,
    path,
    rps: result.requests.total / result.duration,
    p50: quantile(latencies, 0.5),
    p95: quantile(latencies, 0.95),
    p99: quantile(latencies, 0.99),
    acP975: result.latency.p97_5,
    first,
    bytes: latencies.length ? bytes / latencies.length : NaN,
    requests: latencies.length,
    bad,
  };
}

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "–");
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "–");

// ---------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------

let failed = false;
try {
  const pgVersion = await (async () => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    try {
      return (await c.query<{ server_version: string }>("show server_version")).rows[0].server_version;
    } finally {
      await c.end();
    }
  })();
  const cpus = os.cpus();
  console.log(`machine: ${cpus.length} CPUs (${cpus[0]?.model.trim() ?? "unknown"}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}, PostgreSQL ${pgVersion}, ${os.platform()} ${os.release()}`);

  await assertPortFree();
  await adminQuery(`drop database if exists ${DB_NAME} with (force)`);
  await adminQuery(`create database ${DB_NAME}`);
  handle = await openDatabase({ url: benchUrl.toString() });
  const db = handle.db;
  let t0 = Date.now();
  await migrateToLatest(db);
  await seedDemo(db);
  await ensureTopics(db);
  await seedStaff(db);
  const agencyCount = (await db.selectFrom("agencies").select(sql<number>`count(*)`.as("n")).executeTakeFirstOrThrow()).n;
  console.log(`demo province (${agencyCount} agencies, staff, topics) in ${secs(t0)}`);

  const today = todayInVietnam();
  console.log(`seeding ${PETITIONS.toLocaleString("en")} petitions over ${AGENCIES} agencies, 1 January ${Number(today.slice(0, 4)) - 2} to ${addDays(today, -1)} (today ${today}) into ${benchUrl.host}/${DB_NAME} …`);
  t0 = Date.now();
  const { busiest } = await seedPetitions(db, today);
  const seedTime = secs(t0);
  console.log(`petitions seeded in ${seedTime}`);
  const mix = await db.selectFrom("petitions").select(["status", sql<number>`count(*)`.as("n")]).groupBy("status").orderBy("status").execute();
  const overdue = await db
    .selectFrom("petitions")
    .select(sql<number>`count(*)`.as("n"))
    .where("status", "in", ["received", "in_progress", "transferred"])
    .where("due_on", "<", today)
    .executeTakeFirstOrThrow();
  const rated = await db.selectFrom("petitions").select(sql<number>`count(*)`.as("n")).where("rating", "is not", null).executeTakeFirstOrThrow();
  console.log(`  status mix: ${mix.map((m) => `${m.status} ${m.n.toLocaleString("en")}`).join(", ")}; overdue ${overdue.n.toLocaleString("en")}; rated ${rated.n.toLocaleString("en")}`);

  // The rollups, from the module that keeps them current (the same code the app runs).
  const rollups = (await import("../../app/modules/transparency/transparency.queries.server")) as Record<string, unknown>;
  if (typeof rollups.rebuildAllRollups === "function") {
    t0 = Date.now();
    const rebuild = rollups.rebuildAllRollups as (db: Kysely<Database>) => Promise<number>;
    const months = await rebuild(db);
    console.log(`rebuildAllRollups: ${months.toLocaleString("en")} agency-months in ${secs(t0)}`);
  } else {
    console.warn("rebuildAllRollups is not exported (yet): agency_month_stats stays empty, the figures pages will show no petitions");
  }
  t0 = Date.now();
  await sql`vacuum (analyze)`.execute(db);
  console.log(`vacuum/analyze in ${secs(t0)}`);
  const size = await sql<{ size: string }>`select pg_size_pretty(pg_database_size(current_database())) as size`.execute(db);
  console.log(`database size: ${size.rows[0].size}`);

  // The same report computed in this process without the page cache: what a cache miss costs.
  try {
    const tr = await import("../../app/modules/transparency/transparency.server");
    const times: number[] = [];
    for (let i = 0; i < 11; i++) {
      const s = performance.now();
      await tr.computeReport(db, today.slice(0, 4), { today });
      if (i > 0) times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    console.log(`computeReport(${today.slice(0, 4)}) uncached, in-process: median ${f1(quantile(times, 0.5))} ms, max ${f1(times[times.length - 1])} ms over ${times.length} runs`);
  } catch (e) {
    console.warn(`computeReport not measured: ${(e as Error).message}`);
  }

  await handle.close();
  handle = undefined;

  await startServer();
  const cookie = await signIn();
  console.log(`signed in as ${DEMO_ADMIN_EMAIL}`);

  const common = { "accept-encoding": "gzip", "accept-language": "vi" };
  const targets: Array<[string, string, Record<string, string>]> = [
    ["healthz", "/healthz", common],
    ["hotlines", "/hotlines", common],
    ["transparency", "/transparency", common],
    ["transparency/:slug", `/transparency/${busiest}`, common],
    ["transparency.json", "/transparency.json", common],
    ["staff inbox", "/staff", { ...common, cookie }],
  ];
  console.log(`\nautocannon: ${CONNECTIONS} connections, ${WARMUP} s warm-up then ${DURATION} s per URL, one URL at a time; busiest agency: ${busiest}\n`);
  const rows: Row[] = [];
  for (const [name, path, headers] of targets) {
    const row = await measure(name, path, headers);
    rows.push(row);
    console.log(`  ${name.padEnd(19)} ${f1(row.rps).padStart(8)} req/s  p95 ${f2(row.p95).padStart(7)} ms${row.bad ? `  !! ${row.bad}` : ""}`);
  }

  const health = rows[0];
  const hot = rows[1];
  console.log(
    `\n${"page".padEnd(19)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"ac p97.5".padStart(9)} ${"first ms".padStart(9)} ${"kB/resp".padStart(8)} ${"req/s÷healthz".padStart(14)} ${"p95÷healthz".padStart(12)} ${"p95÷hotlines".padStart(13)}`,
  );
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(19)} ${f1(r.rps).padStart(8)} ${f2(r.p50).padStart(8)} ${f2(r.p95).padStart(8)} ${f2(r.p99).padStart(8)} ${String(r.acP975).padStart(9)} ${f1(r.first).padStart(9)} ${f1(r.bytes / 1000).padStart(8)} ${f2(r.rps / health.rps).padStart(14)} ${f2(r.p95 / health.p95).padStart(12)} ${f2(r.p95 / hot.p95).padStart(13)}${r.bad ? `  (${r.bad})` : ""}`,
    );
  }
  const tr = rows[2];
  const limit = 1.5 * hot.p95;
  const ok = !tr.bad && !hot.bad && tr.p95 <= limit;
  console.log(
    `\n/transparency p95 ${f2(tr.p95)} ms ${ok ? "≤" : ">"} 1.5 × /hotlines p95 (${f2(hot.p95)} ms → ${f2(limit)} ms): ${ok ? "PASS" : "FAIL"} (ratio ${f2(tr.p95 / hot.p95)})`,
  );
  const bad = rows.filter((r) => r.bad);
  if (bad.length) console.log(`pages that did not answer 200 throughout: ${bad.map((r) => `${r.path} (${r.bad})`).join("; ")}`);
  failed = !ok || bad.length > 0;
} catch (e) {
  failed = true;
  console.error(`\nbench:figures failed: ${e instanceof Error ? (e.stack ?? e.message) : e}`);
  if (serverLog.length) console.error(`last server output:\n${serverLog.slice(-30).join("\n")}`);
} finally {
  await cleanUp();
  console.log(`\ntotal time ${secs(scriptStart)}`);
}
process.exit(failed ? 1 : 0);
