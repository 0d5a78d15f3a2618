import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../types";
import { formatDate, translator } from "../../app/i18n";
import { loadCalendar } from "../../app/modules/calendar/calendar.server";
import { addDays, todayInVietnam, type WorkingCalendar } from "../../app/modules/calendar/calendar";
import { applyFilerAction, applyStaffAction, filePetition, type FilerInput, type StaffInput } from "../../app/modules/petitions/petitions.server";
import { petitionFormSchema } from "../../app/modules/petitions/petitions.schema";
import type { StaffUser } from "../../app/modules/staff/session.server";
import { DEMO_ADMIN_EMAIL, demoOfficerEmail } from "./staff";
import { demoPetitions, type DemoPetition, type DemoStep } from "./data/petitions";

/** Submission keys of the demo petitions: stable, so a second seeder running alongside files nothing twice. */
const KEY_PREFIX = "demo-seed-petition-";
const MINUTE = 60_000;

export interface SeedPetitionsOptions {
  /** The demo's "today" (YYYY-MM-DD, Vietnam time): petitions are filed over the ~10 months before it. */
  today: string;
  /** The application secret (access tokens of the filers' private links are derived from it). */
  secret: string;
  /** The portal's public URL, for the links in the queued mails. */
  baseUrl: string;
}

/**
 * Seeds the demo petitions when the petitions table is empty (returns how many it created; 0 when
 * there were petitions already). Each one is filed and then moved along by the real module
 * functions, with back-dated "today"s, by the demo officer of its agency (the administrator for
 * the triage queue) or by the filer through the private link, so deadlines, timeline, audit log
 * and mails are those the application itself would have produced. Afterwards the timestamps the
 * database set to now() (filing, events, audit rows, mails, rating) are moved to the dates used,
 * and the demo's mails are marked "kept": visible in the demo mailbox, not a delivery backlog.
 * Needs the demo agencies, their staff accounts (seedStaff) and the topics (ensureTopics).
 */
export async function seedDemoPetitions(db: Kysely<Database>, opts: SeedPetitionsOptions): Promise<number> {
  const any = await db.selectFrom("petitions").select("id").limit(1).executeTakeFirst();
  if (any) return 0;
  const cal = await loadCalendar(db);
  const staff = await demoStaff(db);
  const ctx: Context = { ...opts, cal, staff, latest: latestInstant(opts.today), lastFiled: 0 };
  // Filed oldest first, so codes run in the order of the filing dates within each year.
  const order = demoPetitions.map((p, i) => ({ p, i })).sort((a, b) => b.p.daysAgo - a.p.daysAgo || a.i - b.i);
  const stories: Story[] = [];
  for (const { p, i } of order) {
    const story = await seedOne(db, p, i, ctx);
    if (story) stories.push(story);
  }
  await backdate(db, stories);
  return stories.length;
}

interface Context extends SeedPetitionsOptions {
  cal: WorkingCalendar;
  staff: { officer(slug: string): StaffUser; admin: StaffUser };
  /** No timestamp may be later than this: the end of `today`, or now when `today` is today. */
  latest: number;
  /** The instant of the latest filing so far: filings on the same day keep the order of their codes. */
  lastFiled: number;
}

/** What happened to one petition, for back-dating: one instant per timeline event, in order. */
interface Story {
  code: string;
  times: number[];
  /** Indexes in `times` of the staff actions (each wrote one audit row, in order). */
  staffSteps: number[];
  /** Index in `times` of the rating, if the filer rated the answer. */
  ratedAt: number | null;
}

/** Loads the demo officers (officer@<slug>.demo.gov.vn) of the agencies the data names, and the administrator. */
async function demoStaff(db: Kysely<Database>): Promise<Context["staff"]> {
  const slugs = new Set<string>();
  for (const p of demoPetitions) {
    if (p.agency) slugs.add(p.agency);
    for (const s of p.steps) if ("staff" in s && s.staff === "transfer") slugs.add(s.to);
  }
  const emails = [DEMO_ADMIN_EMAIL, ...[...slugs].map(demoOfficerEmail)];
  const rows = await db
    .selectFrom("staff_users as s")
    .leftJoin("agencies as a", "a.id", "s.agency_id")
    .select(["s.id", "s.email", "s.name", "s.role", "s.agency_id", "a.slug as agency_slug", "a.name_vi as agency_name"])
    .where("s.email", "in", emails)
    .where("s.active", "=", true)
    .execute();
  const byEmail = new Map(
    rows.map((r) => [
      r.email,
      { id: r.id, email: r.email, name: r.name, role: r.role, agencyId: r.agency_id, agencySlug: r.agency_slug, agencyName: r.agency_name } satisfies StaffUser,
    ]),
  );
  const find = (email: string): StaffUser => {
    const user = byEmail.get(email);
    if (!user) throw new Error(`seedDemoPetitions: no active staff account ${email} (run seedDemo and seedStaff first)`);
    return user;
  };
  return { officer: (slug) => find(demoOfficerEmail(slug)), admin: find(DEMO_ADMIN_EMAIL) };
}

function latestInstant(today: string): number {
  const endOfDay = Date.parse(`${today}T23:59:00+07:00`);
  return today === todayInVietnam() ? Math.min(endOfDay, Date.now()) : endOfDay;
}

/** A small deterministic generator (mulberry32), so the demo's clock times are the same on every start. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An instant on `date` (Vietnam time), `minutes` after midnight. */
function at(date: string, minutes: number): number {
  return Date.parse(`${date}T00:00:00+07:00`) + Math.round(minutes) * MINUTE;
}

/** Fills `{filed}` (the filing date) and `{+N}` (N working days after the step's date). */
function fill(text: string, p: DemoPetition, filedOn: string, date: string, cal: WorkingCalendar): string {
  const lang = p.lang ?? "vi";
  return text.replace(/\{(filed|\+(\d+))\}/g, (_, what: string, n?: string) =>
    formatDate(lang, what === "filed" ? filedOn : cal.addWorkingDays(date, Number(n))),
  );
}

function staffInput(step: Extract<DemoStep, { staff: string }>, text: (s: string) => string): StaffInput {
  switch (step.staff) {
    case "acknowledge":
      return { intent: "acknowledge", message: text(step.message ?? "") };
    case "note":
    case "request_info":
    case "answer":
      return { intent: step.staff, message: text(step.message) };
    case "transfer":
      return { intent: "transfer", toAgency: step.to, message: text(step.message) };
    case "reject":
      return { intent: "reject", reason: step.reason, message: text(step.message) };
    case "publish":
      return { intent: "publish", redactions: step.redactions ?? [] };
  }
}

function filerInput(step: Extract<DemoStep, { filer: string }>, text: (s: string) => string): FilerInput {
  return step.filer === "rate"
    ? { action: "rate", rating: step.rating, comment: text(step.comment ?? "") }
    : { action: step.filer, message: text(step.message) };
}

const schemas = new Map<"vi" | "en", ReturnType<typeof petitionFormSchema>>();
/** The public form's schema: the demo petitions go through the same checks and normalisation as typed ones. */
function formSchema(lang: "vi" | "en") {
  let schema = schemas.get(lang);
  if (!schema) schemas.set(lang, (schema = petitionFormSchema(translator(lang))));
  return schema;
}

/** Files one demo petition and plays its steps; null when another seeder had already filed it. */
async function seedOne(db: Kysely<Database>, p: DemoPetition, index: number, ctx: Context): Promise<Story | null> {
  const { cal, today } = ctx;
  const lang = p.lang ?? "vi";
  const rnd = random(index + 1);
  const form = formSchema(lang).parse({
    filerType: p.filer.type,
    name: p.filer.name,
    email: p.filer.email,
    phone: p.filer.phone,
    address: p.filer.address,
    businessName: p.filer.businessName ?? "",
    taxCode: p.filer.taxCode ?? "",
    agency: p.agency ?? "",
    topic: p.topic,
    subject: p.subject,
    body: p.body,
    publicConsent: p.consent ? "on" : undefined,
  });

  const filedOn = addDays(today, -p.daysAgo);
  const filed = await filePetition(db, {
    form,
    attachments: [],
    submissionKey: `${KEY_PREFIX}${String(index).padStart(3, "0")}`,
    lang,
    secret: ctx.secret,
    today: filedOn,
    cal,
    baseUrl: ctx.baseUrl,
  });
  if (!filed.created) return null;

  // One instant per timeline event, in order: the filing, then each step.
  let filedAt = at(filedOn, 6 * 60 + 30 + rnd() * 15 * 60); // people write from 6:30 to 21:30
  if (filedAt <= ctx.lastFiled) filedAt = ctx.lastFiled + (5 + Math.floor(rnd() * 40)) * MINUTE;
  ctx.lastFiled = filedAt;
  const times = [filedAt];
  const staffSteps: number[] = [];
  let ratedAt: number | null = null;
  let date = filedOn;
  let owner = p.agency;
  for (const step of p.steps) {
    // Staff work on working days; a step due "the same day" as a weekend filing waits for Monday.
    const next = step.wd === 0 ? (cal.isWorkingDay(date) ? date : cal.nextWorkingDay(date)) : cal.addWorkingDays(date, step.wd);
    date = next > today ? today : next;
    const prev = times[times.length - 1];
    let t = "staff" in step ? at(date, 7 * 60 + 30 + rnd() * 9 * 60) : at(date, 7 * 60 + rnd() * 14 * 60);
    if (t <= prev) t = prev + (10 + Math.floor(rnd() * 50)) * MINUTE;
    times.push(t);

    const text = (s: string) => fill(s, p, filedOn, date, cal);
    const actionCtx = { today: date, cal, baseUrl: ctx.baseUrl, secret: ctx.secret };
    if ("staff" in step) {
      const user = owner ? ctx.staff.officer(owner) : ctx.staff.admin;
      await applyStaffAction(db, filed.code, user, staffInput(step, text), actionCtx);
      if (step.staff === "transfer") owner = step.to;
      staffSteps.push(times.length - 1);
    } else {
      await applyFilerAction(db, filed.code, filed.token, filerInput(step, text), actionCtx);
      if (step.filer === "rate") ratedAt = times.length - 1;
    }
  }

  // Nothing may happen after "now": pull a late tail back, keeping the order.
  times[times.length - 1] = Math.min(times[times.length - 1], ctx.latest);
  for (let k = times.length - 2; k >= 0; k--) times[k] = Math.min(times[k], times[k + 1] - MINUTE);

  return { code: filed.code, times, staffSteps, ratedAt };
}

/**
 * Moves what the module stamped with now() to the instants the stories used, in a few statements
 * for all petitions: the events (one per instant, in id order), the audit rows of the staff
 * actions, the mails (each caused by an event; the receipt by the filing) and the petitions' own
 * filed, updated and rated times. The mails are marked "kept" (shown in the demo mailbox, never sent).
 */
async function backdate(db: Kysely<Database>, stories: Story[]): Promise<void> {
  if (stories.length === 0) return;
  const iso = (t: number) => new Date(t).toISOString();
  const codes = stories.map((s) => s.code);
  await db.transaction().execute(async (tx) => {
    const petitions = await tx.selectFrom("petitions").select(["id", "code"]).where("code", "in", codes).execute();
    const idOf = new Map(petitions.map((p) => [p.code, p.id]));
    const ids = petitions.map((p) => p.id);
    const events = await tx.selectFrom("petition_events").select(["id", "petition_id"]).where("petition_id", "in", ids).orderBy("id").execute();
    const eventsOf = new Map<number, number[]>();
    for (const e of events) eventsOf.set(e.petition_id, [...(eventsOf.get(e.petition_id) ?? []), e.id]);

    const eventRows: RawBuilder<unknown>[] = [];
    const auditRows: RawBuilder<unknown>[] = [];
    const petitionRows: RawBuilder<unknown>[] = [];
    for (const s of stories) {
      const id = idOf.get(s.code)!;
      const eventIds = eventsOf.get(id) ?? [];
      if (eventIds.length !== s.times.length) {
        throw new Error(`seedDemoPetitions: ${s.code} has ${eventIds.length} timeline events, expected ${s.times.length}`);
      }
      eventIds.forEach((eventId, k) => eventRows.push(sql`(${eventId}::bigint, ${iso(s.times[k])}::timestamptz)`));
      s.staffSteps.forEach((k, n) => auditRows.push(sql`(${s.code}::text, ${n + 1}::bigint, ${iso(s.times[k])}::timestamptz)`));
      const rated = s.ratedAt === null ? null : iso(s.times[s.ratedAt]);
      petitionRows.push(sql`(${id}::int, ${iso(s.times[0])}::timestamptz, ${iso(s.times[s.times.length - 1])}::timestamptz, ${rated}::timestamptz)`);
    }

    await sql`update petition_events e set created_at = v.at from (values ${sql.join(eventRows)}) as v(id, at) where e.id = v.id`.execute(tx);
    if (auditRows.length) {
      await sql`
        update audit_log a set created_at = v.at
        from (
          select id, entity_id, row_number() over (partition by entity_id order by id) as n
          from audit_log where entity = 'petition' and entity_id in (${sql.join(codes)})
        ) r
        join (values ${sql.join(auditRows)}) as v(code, n, at) on v.code = r.entity_id and v.n = r.n
        where a.id = r.id`.execute(tx);
    }
    // Mail keys name their event ("event:<id>:filer", "event:<id>:staff:<address>"); the receipt is the filing's.
    await sql`
      update outbox o
      set created_at = e.created_at, next_attempt_at = e.created_at, status = 'kept', attempts = greatest(o.attempts, 1), lease_until = null
      from petition_events e
      where o.petition_id in (${sql.join(ids)}) and e.petition_id = o.petition_id
        and ((o.idempotency_key like 'event:%' and split_part(o.idempotency_key, ':', 2) = e.id::text)
          or (o.idempotency_key like 'receipt:%' and e.kind = 'filed'))`.execute(tx);
    // A mail no event explains (none today) is still part of the demo: kept, not sent.
    await tx.updateTable("outbox").set({ status: "kept" }).where("petition_id", "in", ids).where("status", "=", "pending").execute();
    await sql`
      update petitions p set filed_at = v.filed, updated_at = v.updated, rated_at = coalesce(v.rated, p.rated_at)
      from (values ${sql.join(petitionRows)}) as v(id, filed, updated, rated)
      where p.id = v.id`.execute(tx);
  });
}
