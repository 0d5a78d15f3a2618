import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Kysely } from "kysely";
import type { OpenDatabase } from "../../db/client";
import type { Database } from "../../db/types";
import { loadCalendar } from "../../app/modules/calendar/calendar.server";
import type { WorkingCalendar } from "../../app/modules/calendar/calendar";
import {
  applyFilerAction,
  applyStaffAction,
  FieldError,
  filerView,
  inbox,
  publicView,
  queueDailyReminders,
  staffView,
  type FilerInput,
  type StaffInput,
} from "../../app/modules/petitions/petitions.server";
import { canDo, STAFF_ACTIONS, STATUSES, type PetitionStatus, type StaffAction } from "../../app/modules/petitions/petitions.rules";
import { MASKS } from "../../app/modules/petitions/masking";
import { fold } from "../../app/modules/search/normalize";
import type { StaffUser } from "../../app/modules/staff/session.server";
import { DomainError, InvalidTransition, NotFound } from "../../app/utils/errors";
import { BASE_URL, makePetition, makeStaff, SECRET, seedBasics, TODAY, VALID_TAX_CODE, type World, DEFAULT_FORM, type AgencyRef } from "../factories";
import { openTestDatabase } from "../helpers/db";

type Db = Kysely<Database>;

let h: OpenDatabase;
let db: Db;
let w: World;
let cal: WorkingCalendar;

beforeAll(async () => {
  h = await openTestDatabase();
  db = h.db;
  w = await seedBasics(db);
  cal = await loadCalendar(db);
});

afterAll(async () => {
  await h?.close();
});

// ---------------------------------------------------------------------------------------------
// Helpers: what a user (filer, officer) would see, read straight from the database
// ---------------------------------------------------------------------------------------------

const ctx = (today = TODAY) => ({ today, cal, baseUrl: BASE_URL, secret: SECRET });

async function petitionRow(code: string, d: Db = db) {
  return d.selectFrom("petitions").selectAll().where("code", "=", code).executeTakeFirstOrThrow();
}

async function mailsFor(code: string, d: Db = db) {
  return d
    .selectFrom("outbox as o")
    .innerJoin("petitions as p", "p.id", "o.petition_id")
    .select(["o.id", "o.idempotency_key", "o.template", "o.to_address", "o.lang", "o.subject", "o.text"])
    .where("p.code", "=", code)
    .orderBy("o.id")
    .execute();
}

async function eventsFor(code: string, d: Db = db) {
  return d
    .selectFrom("petition_events as e")
    .innerJoin("petitions as p", "p.id", "e.petition_id")
    .select(["e.id", "e.kind", "e.from_status", "e.to_status", "e.actor", "e.staff_user_id", "e.agency_id", "e.message", "e.public"])
    .where("p.code", "=", code)
    .orderBy("e.id")
    .execute();
}

async function auditFor(code: string, d: Db = db) {
  return d.selectFrom("audit_log").selectAll().where("entity", "=", "petition").where("entity_id", "=", code).orderBy("id").execute();
}

async function countAll(table: "outbox" | "audit_log" | "petition_events" | "petitions", d: Db = db): Promise<number> {
  const r = await d.selectFrom(table).select(({ fn }) => fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Everything a failed attempt must leave alone. */
async function snapshot(code: string, d: Db = db) {
  return {
    row: await petitionRow(code, d),
    events: await countAll("petition_events", d),
    outbox: await countAll("outbox", d),
    audit: await countAll("audit_log", d),
  };
}

/** The rejection of `p`, which must be an instance of `cls`. */
async function rejection<T extends DomainError>(p: Promise<unknown>, cls: new (...args: never[]) => T): Promise<T> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err, `expected ${cls.name}`).toBeInstanceOf(cls);
  return err as T;
}

const staffAct = (code: string, staff: StaffUser, input: StaffInput, today = TODAY, d: Db = db) => applyStaffAction(d, code, staff, input, ctx(today));
const filerAct = (code: string, token: string, input: FilerInput, today = TODAY) => applyFilerAction(db, code, token, input, ctx(today));

const MESSAGES = {
  request_info: "Đề nghị Ông/Bà bổ sung ảnh chụp vị trí cống xả thải và thời điểm phát hiện.",
  answer: "Sở đã kiểm tra thực tế và yêu cầu cơ sở khắc phục, xử lý nước thải trong 30 ngày.",
  note: "Ghi chú nội bộ: đã gọi điện xác minh với người gửi.",
  transfer: "Nội dung thuộc thẩm quyền của cơ quan khác.",
  reject: "Nội dung không phải là kiến nghị.",
};

function inputFor(intent: StaffAction, toAgency: string): StaffInput {
  switch (intent) {
    case "acknowledge":
      return { intent, message: "" };
    case "request_info":
      return { intent, message: MESSAGES.request_info };
    case "transfer":
      return { intent, toAgency, message: MESSAGES.transfer };
    case "answer":
      return { intent, message: MESSAGES.answer };
    case "reject":
      return { intent, reason: "spam", message: MESSAGES.reject };
    case "note":
      return { intent, message: MESSAGES.note };
    case "publish":
      return { intent, redactions: [] };
  }
}

/** A petition of agency A brought into `status` through the real actions; who owns it then, and where a transfer could go. */
async function petitionIn(status: PetitionStatus): Promise<{ code: string; token: string; owner: StaffUser; elsewhere: AgencyRef }> {
  const { code, token } = await makePetition(db);
  const a = w.officerA;
  const mine = { code, token, owner: a, elsewhere: w.agencyB };
  switch (status) {
    case "received":
      return mine;
    case "in_progress":
      await staffAct(code, a, inputFor("acknowledge", ""));
      return mine;
    case "waiting_for_filer":
      await staffAct(code, a, inputFor("acknowledge", ""));
      await staffAct(code, a, inputFor("request_info", ""));
      return mine;
    case "answered":
      await staffAct(code, a, inputFor("acknowledge", ""));
      await staffAct(code, a, inputFor("answer", ""));
      return mine;
    case "published":
      await staffAct(code, a, inputFor("acknowledge", ""));
      await staffAct(code, a, inputFor("answer", ""));
      await staffAct(code, a, inputFor("publish", ""));
      return mine;
    case "transferred":
      await staffAct(code, a, inputFor("transfer", w.agencyB.slug));
      return { code, token, owner: w.officerB, elsewhere: w.agencyA };
    case "rejected":
      await staffAct(code, a, inputFor("reject", ""));
      return mine;
    case "withdrawn":
      await filerAct(code, token, { action: "withdraw", message: "" });
      return mine;
  }
}

const AFTER: Record<StaffAction, PetitionStatus | null> = {
  acknowledge: "in_progress",
  request_info: "waiting_for_filer",
  transfer: "transferred",
  answer: "answered",
  reject: "rejected",
  note: null, // unchanged
  publish: "published",
};

// A tiny but real PDF (bytes above 0x7f in the binary comment line, as real PDFs have) and a PNG header.
const PDF = new Uint8Array(Buffer.concat([Buffer.from("%PDF-1.4\n%"), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), Buffer.from("\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")]));
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe]);

// ---------------------------------------------------------------------------------------------
// 1. Filing
// ---------------------------------------------------------------------------------------------

describe("filing a petition", () => {
  // Runs first in this file: the 2026 counter starts here.
  it("numbers petitions PA-YYYY-NNNNNN, one after the other within a year, starting again at 1 in a new year", async () => {
    const first = await makePetition(db, { today: "2026-03-02" });
    const second = await makePetition(db, { today: "2026-03-02" });
    const nextYear = await makePetition(db, { today: "2027-01-04" });
    const third = await makePetition(db, { today: "2026-03-03" });
    expect([first.code, second.code, nextYear.code, third.code]).toEqual(["PA-2026-000001", "PA-2026-000002", "PA-2027-000001", "PA-2026-000003"]);
    expect(first.created && second.created && nextYear.created).toBe(true);
    // Each filer gets a different private link.
    expect(new Set([first.token, second.token, nextYear.token, third.token]).size).toBe(4);
  });

  it("sets the answer due date 15 working days later, skipping the 26–27/4 and 30/4–1/5/2026 holidays", async () => {
    const { code } = await makePetition(db, { today: "2026-04-20" });
    const p = await petitionRow(code);
    expect(p.status).toBe("received");
    expect(p.received_on).toBe("2026-04-20");
    // 21–24/4 (4), 28–29/4 (6), 4–8/5 (11), 11–14/5 (15); plain weekdays would have given 11/5.
    expect(p.due_on).toBe("2026-05-14");
    // Forwarding deadline: 5 working days (Decree 92/2017): 21, 22, 23, 24, 28/4.
    expect(p.forward_due_on).toBe("2026-04-28");
    const view = await publicView(db, code, "2026-04-20", cal);
    expect(view?.dueOn).toBe("2026-05-14");
  });

  it("skips Tết 2026 (16–20/2) in the due date", async () => {
    const { code } = await makePetition(db, { today: "2026-02-09" });
    const p = await petitionRow(code);
    // 10–13/2 (4), Tết week off, 23–27/2 (9), 2–6/3 (14), 9/3 (15).
    expect(p.due_on).toBe("2026-03-09");
    expect(p.forward_due_on).toBe("2026-02-23");
  });

  it("queues the receipt to the filer in Vietnamese with the code and private link, and a notice to the agency's officer", async () => {
    const { code, token } = await makePetition(db, { email: "receipt.vi@example.vn", lang: "vi" });
    const mails = await mailsFor(code);
    const receipt = mails.filter((m) => m.template === "receipt");
    expect(receipt).toHaveLength(1);
    expect(receipt[0].to_address).toBe("receipt.vi@example.vn");
    expect(receipt[0].lang).toBe("vi");
    expect(receipt[0].subject).toBe(`Đã tiếp nhận kiến nghị ${code}`);
    expect(receipt[0].text).toContain(code);
    expect(receipt[0].text).toContain(`${BASE_URL}/petitions/${code}?t=${encodeURIComponent(token)}`);
    expect(receipt[0].text).toContain("Sở Tài nguyên và Môi trường");
    expect(receipt[0].text).toContain(`Kính gửi Ông/Bà ${DEFAULT_FORM.name},`);

    const notices = mails.filter((m) => m.template === "officer_new_petition");
    expect(notices.map((m) => m.to_address)).toEqual([w.officerA.email]);
    expect(notices[0].text).toContain(`${BASE_URL}/staff/petitions/${code}`);
    // The officer's notice never carries the filer's private link.
    expect(notices[0].text).not.toContain(token);
    expect(mails).toHaveLength(2);
  });

  it("writes the receipt in English for a filer who used the English form", async () => {
    const { code, token } = await makePetition(db, { email: "receipt.en@example.com", lang: "en" });
    const [receipt] = (await mailsFor(code)).filter((m) => m.template === "receipt");
    expect(receipt.lang).toBe("en");
    expect(receipt.to_address).toBe("receipt.en@example.com");
    expect(receipt.subject).toBe(`We have received your petition ${code}`);
    expect(receipt.text).toContain(`${BASE_URL}/petitions/${code}?t=${encodeURIComponent(token)}`);
    expect(receipt.text).toContain("Department of Natural Resources and Environment");
    expect(receipt.text).not.toContain("Kính gửi");
  });

  it("makes one petition when the same form is submitted twice (double click, retry)", async () => {
    const before = await countAll("petitions");
    const a = await makePetition(db, { submissionKey: "double-click-1" });
    const b = await makePetition(db, { submissionKey: "double-click-1" });
    expect(b).toEqual({ code: a.code, token: a.token, created: false });
    expect(a.created).toBe(true);
    expect(await countAll("petitions")).toBe(before + 1);
    expect((await mailsFor(a.code)).filter((m) => m.template === "receipt")).toHaveLength(1);
  });

  it("makes one petition when the same form is submitted twice at the same moment", async () => {
    const before = await countAll("petitions");
    const [a, b] = await Promise.all([makePetition(db, { submissionKey: "same-moment-1" }), makePetition(db, { submissionKey: "same-moment-1" })]);
    expect(a.code).toBe(b.code);
    expect(a.token).toBe(b.token);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(await countAll("petitions")).toBe(before + 1);
    expect((await mailsFor(a.code)).filter((m) => m.template === "receipt")).toHaveLength(1);
    // The number was not used twice: the next filing gets the next one.
    const next = await makePetition(db);
    expect(Number(next.code.slice(-6))).toBe(Number(a.code.slice(-6)) + 1);
  });

  it("refuses an agency that does not exist with a field error, storing nothing and using no number", async () => {
    const before = { petitions: await countAll("petitions"), outbox: await countAll("outbox") };
    const last = await makePetition(db);
    const err = await rejection(makePetition(db, { agency: "so-khong-ton-tai" }), FieldError);
    expect(err.field).toBe("agency");
    expect(err.status).toBe(400);
    expect(await countAll("petitions")).toBe(before.petitions + 1);
    expect(await countAll("outbox")).toBe(before.outbox + 2);
    const next = await makePetition(db);
    expect(Number(next.code.slice(-6))).toBe(Number(last.code.slice(-6)) + 1);
  });

  it("sends a petition filed to 'not sure' to the province triage queue and tells the administrators", async () => {
    const { code } = await makePetition(db, { agency: "" });
    const p = await petitionRow(code);
    expect(p.agency_id).toBeNull();
    const mails = await mailsFor(code);
    expect(mails.filter((m) => m.template === "officer_new_petition").map((m) => m.to_address)).toEqual([w.admin.email]);
    const [receipt] = mails.filter((m) => m.template === "receipt");
    expect(receipt.text).toContain("Bộ phận tiếp nhận của tỉnh");
    const view = await publicView(db, code, TODAY, cal);
    expect(view?.agency).toBeNull();
  });

  it("stores the attachments and lists them, in order, on the filer's page", async () => {
    const { code, token } = await makePetition(db, {
      attachments: [
        { filename: "bien-ban.pdf", contentType: "application/pdf", bytes: PDF },
        { filename: "anh-cong-xa.png", contentType: "image/png", bytes: PNG },
      ],
    });
    const view = await filerView(db, code, token, TODAY, cal);
    expect(view?.attachments.map((a) => ({ filename: a.filename, content_type: a.content_type, size: a.size }))).toEqual([
      { filename: "bien-ban.pdf", content_type: "application/pdf", size: PDF.byteLength },
      { filename: "anh-cong-xa.png", content_type: "image/png", size: PNG.byteLength },
    ]);
    const stored = await db.selectFrom("files").select(["data"]).where("id", "=", view!.attachments[0].id).executeTakeFirstOrThrow();
    expect(Buffer.from(stored.data as Uint8Array).equals(Buffer.from(PDF))).toBe(true);
    // The public page does not list the attachments.
    expect(JSON.stringify(await publicView(db, code, TODAY, cal))).not.toContain("bien-ban");
  });

  // files.sha256 must be the file's own hash (documents' attachments share the column and its meaning).
  it("records the attachment's real SHA-256", async () => {
    const { code, token } = await makePetition(db, { attachments: [{ filename: "bien-ban.pdf", contentType: "application/pdf", bytes: PDF }] });
    const view = await filerView(db, code, token, TODAY, cal);
    const stored = await db.selectFrom("files").select(["sha256"]).where("id", "=", view!.attachments[0].id).executeTakeFirstOrThrow();
    expect(stored.sha256).toBe(createHash("sha256").update(PDF).digest("hex"));
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Tokens and what the public sees
// ---------------------------------------------------------------------------------------------

describe("the private link and the public page", () => {
  const PERSONAL = {
    name: "Đỗ Thị Riêng Tư",
    email: "rieng.tu.do@example.vn",
    phone: "0987 654 321",
    address: "Số 7 hẻm 3 đường Lê Duẩn, phường Tân Bình, Đồng Xoài",
    businessName: "Công ty Cổ phần Kín Đáo",
    subject: "Đề nghị kiểm tra bãi tập kết cát trái phép",
    body: "Bãi tập kết cát ở ấp 2 hoạt động ban đêm, xe tải chạy liên tục gây bụi và ồn, NỘI-DUNG-RIÊNG.",
  };

  it("shows the filer their details with the right token, and nothing with a wrong one", async () => {
    const { code, token } = await makePetition(db, PERSONAL);
    const other = await makePetition(db);
    const view = await filerView(db, code, token, TODAY, cal);
    expect(view?.filer).toMatchObject({
      type: "business",
      name: PERSONAL.name,
      email: PERSONAL.email,
      address: PERSONAL.address,
      businessName: PERSONAL.businessName,
      taxCode: VALID_TAX_CODE,
    });
    expect(view?.filer.phone?.replace(/\D/g, "")).toBe("0987654321");
    expect(view?.subject).toBe(PERSONAL.subject);
    expect(view?.body).toBe(PERSONAL.body);
    expect(view?.can).toMatchObject({ withdraw: true, provideInfo: false, reopen: false, rate: false });

    expect(await filerView(db, code, `${token}x`, TODAY, cal)).toBeNull();
    expect(await filerView(db, code, "", TODAY, cal)).toBeNull();
    expect(await filerView(db, code, other.token, TODAY, cal)).toBeNull();
    expect(await filerView(db, "PA-2026-999999", token, TODAY, cal)).toBeNull();
  });

  it("never puts the filer's personal data, subject or body on the public page, before or after an answer", async () => {
    const { code } = await makePetition(db, PERSONAL);
    const forbidden = [PERSONAL.name, PERSONAL.email, PERSONAL.phone, PERSONAL.phone.replace(/\s/g, ""), PERSONAL.address, PERSONAL.businessName, VALID_TAX_CODE, PERSONAL.subject, "NỘI-DUNG-RIÊNG"];
    const check = async () => {
      const json = JSON.stringify(await publicView(db, code, TODAY, cal));
      for (const f of forbidden) expect(json, f).not.toContain(f);
      return json;
    };
    await check();
    await staffAct(code, w.officerA, { intent: "acknowledge", message: "" });
    await staffAct(code, w.officerA, { intent: "note", message: `Đã gọi ${PERSONAL.phone} NOTE-RIÊNG` });
    await staffAct(code, w.officerA, { intent: "answer", message: "TRẢ-LỜI-CHƯA-CÔNG-KHAI cho bà Đỗ Thị Riêng Tư" });
    const json = await check();
    expect(json).not.toContain("NOTE-RIÊNG");
    expect(json).not.toContain("TRẢ-LỜI-CHƯA-CÔNG-KHAI");
    const view = await publicView(db, code, TODAY, cal);
    expect(view?.status).toBe("answered");
    expect(view?.published).toBeNull();
    expect(view?.timeline.map((e) => e.kind)).toEqual(["filed", "acknowledge", "answer"]);
  });
});

// ---------------------------------------------------------------------------------------------
// 3. Every staff transition, legal and illegal
// ---------------------------------------------------------------------------------------------

describe("staff actions in every status", () => {
  for (const status of STATUSES) {
    for (const intent of STAFF_ACTIONS) {
      const allowed = canDo(status, intent);
      it(`${intent} on a ${status} petition ${allowed ? "succeeds" : "is refused with 409 and changes nothing"}`, async () => {
        const { code, owner, elsewhere } = await petitionIn(status);
        expect((await petitionRow(code)).status).toBe(status);
        const before = await snapshot(code);
        const eventsBefore = await eventsFor(code);
        const mailsBefore = await mailsFor(code);
        const auditBefore = await auditFor(code);
        const input = inputFor(intent, elsewhere.slug);

        if (!allowed) {
          const err = await rejection(staffAct(code, owner, input, "2026-03-03"), InvalidTransition);
          expect(err.status).toBe(409);
          expect(await snapshot(code)).toEqual(before);
          return;
        }

        await staffAct(code, owner, input, "2026-03-03");
        const after = await petitionRow(code);
        const expected = AFTER[intent] ?? status;
        expect(after.status).toBe(expected);

        // The timeline: one event, by this officer.
        const events = (await eventsFor(code)).slice(eventsBefore.length);
        const message = "message" in input && input.message ? input.message : null;
        expect(events).toEqual([
          expect.objectContaining({
            kind: intent,
            from_status: status,
            to_status: expected,
            actor: "staff",
            staff_user_id: owner.id,
            agency_id: intent === "transfer" ? elsewhere.id : owner.agencyId,
            message: intent === "publish" ? null : message,
            public: intent !== "note",
          }),
        ]);

        // The audit log: who, what, before and after.
        const audit = (await auditFor(code)).slice(auditBefore.length);
        expect(audit).toHaveLength(1);
        expect(audit[0]).toMatchObject({ staff_user_id: owner.id, action: `petition.${intent}`, entity: "petition", entity_id: code });
        expect(audit[0].before).toMatchObject({ status, agencyId: owner.agencyId });
        expect(audit[0].after).toMatchObject({ status: expected, agencyId: intent === "transfer" ? elsewhere.id : owner.agencyId });
        if (intent === "reject") expect(audit[0].after).toMatchObject({ reason: "spam" });

        // The mail: the filer hears of everything but a note.
        const mails = (await mailsFor(code)).slice(mailsBefore.length);
        const toFiler = mails.filter((m) => m.to_address === DEFAULT_FORM.email);
        if (intent === "note") {
          expect(mails).toEqual([]);
        } else {
          expect(toFiler).toHaveLength(1);
          const [mail] = toFiler;
          expect(mail.text).toContain(code);
          if (intent === "request_info") {
            expect(mail.template).toBe("info_requested");
            expect(mail.text).toContain(MESSAGES.request_info);
          } else if (intent === "answer") {
            expect(mail.template).toBe("answered");
            expect(mail.text).toContain(MESSAGES.answer);
          } else {
            expect(mail.template).toBe("status_changed");
          }
          if (intent === "transfer") expect(mail.text).toContain(elsewhere.name_vi);
        }
        if (intent === "transfer") {
          const newOfficer = elsewhere.id === w.agencyB.id ? w.officerB : w.officerA;
          expect(mails.filter((m) => m.template === "officer_new_petition").map((m) => m.to_address)).toEqual([newOfficer.email]);
          expect(after.agency_id).toBe(elsewhere.id);
        } else {
          expect(mails.filter((m) => m.to_address !== DEFAULT_FORM.email)).toEqual([]);
        }
        if (intent === "answer") expect(after.answer).toBe(MESSAGES.answer);
        if (intent === "reject") expect(after.reject_reason).toBe("spam");
      });
    }
  }

  it("puts a note on the staff timeline only, and sends nothing", async () => {
    const { code, token } = await petitionIn("in_progress");
    await staffAct(code, w.officerA, { intent: "note", message: MESSAGES.note });
    const staff = await staffView(db, code, w.officerA, TODAY, cal);
    expect(staff.events.map((e) => e.kind)).toEqual(["filed", "acknowledge", "note"]);
    expect(staff.events[2]).toMatchObject({ message: MESSAGES.note, public: false, staff_name: w.officerA.name });
    const filer = await filerView(db, code, token, TODAY, cal);
    expect(filer?.timeline.map((e) => e.kind)).toEqual(["filed", "acknowledge"]);
    expect(JSON.stringify(filer)).not.toContain(MESSAGES.note);
  });

  it("writes to an English-speaking filer in English", async () => {
    const { code } = await makePetition(db, { lang: "en", email: "investor@example.com" });
    await staffAct(code, w.officerA, { intent: "acknowledge", message: "" });
    await staffAct(code, w.officerA, { intent: "request_info", message: "Please send the site photos." });
    const mail = (await mailsFor(code)).at(-1)!;
    expect(mail).toMatchObject({ template: "info_requested", lang: "en", to_address: "investor@example.com" });
    expect(mail.text).toContain("Please send the site photos.");
    expect(mail.text).not.toContain("Kính gửi");
  });

  it("shows the reason of a rejection to the filer", async () => {
    const { code, token } = await petitionIn("received");
    await staffAct(code, w.officerA, { intent: "reject", reason: "out_of_scope", message: "Đề nghị liên hệ Tòa án nhân dân." });
    const mail = (await mailsFor(code)).at(-1)!;
    expect(mail.text).toContain("Không thuộc phạm vi tiếp nhận của cổng");
    expect(mail.text).toContain("Đề nghị liên hệ Tòa án nhân dân.");
    const view = await filerView(db, code, token, TODAY, cal);
    expect(view?.rejectReason).toBe("out_of_scope");
    expect((await petitionRow(code)).closed_on).toBe(TODAY);
  });
});

// ---------------------------------------------------------------------------------------------
// 4. The working-day clock
// ---------------------------------------------------------------------------------------------

describe("the deadline clock", () => {
  it("stops while waiting for the filer: 3 working days waiting (across 30/4–1/5) move the due date 3 working days", async () => {
    const { code, token } = await makePetition(db, { today: "2026-04-20" });
    await staffAct(code, w.officerA, { intent: "acknowledge", message: "" }, "2026-04-20");
    expect((await petitionRow(code)).due_on).toBe("2026-05-14");
    await staffAct(code, w.officerA, { intent: "request_info", message: MESSAGES.request_info }, "2026-04-28");
    let p = await petitionRow(code);
    expect(p.status).toBe("waiting_for_filer");
    expect(p.paused_on).toBe("2026-04-28");
    expect((await publicView(db, code, "2026-04-29", cal))?.urgency).toBe("paused");
    expect((await filerView(db, code, token, "2026-04-29", cal))?.can.provideInfo).toBe(true);

    // 29/4, (30/4 and 1/5 off, weekend), 4/5, 5/5: three working days.
    await filerAct(code, token, { action: "provide_info", message: "Tôi gửi bổ sung ảnh chụp cống xả thải lúc 22 giờ." }, "2026-05-05");
    p = await petitionRow(code);
    expect(p.status).toBe("in_progress");
    expect(p.paused_on).toBeNull();
    expect(p.paused_days).toBe(3);
    expect(p.due_on).toBe("2026-05-19"); // 14/5 + 15, 18, 19
    expect(p.forward_due_on).toBe("2026-05-05"); // 28/4 + 29/4, 4/5, 5/5
    const events = await eventsFor(code);
    expect(events.at(-1)).toMatchObject({ kind: "provide_info", actor: "filer", from_status: "waiting_for_filer", to_status: "in_progress" });
    // The officer hears that the information came.
    expect((await mailsFor(code)).at(-1)).toMatchObject({ template: "officer_new_petition", to_address: w.officerA.email });
  });

  it("restarts the clock at the competent agency on transfer, and moves the petition there", async () => {
    const { code, token } = await makePetition(db, { today: "2026-03-02" });
    await staffAct(code, w.officerA, { intent: "acknowledge", message: "" }, "2026-03-02");
    await staffAct(code, w.officerA, { intent: "request_info", message: MESSAGES.request_info }, "2026-03-02");
    await filerAct(code, token, { action: "provide_info", message: "Thông tin bổ sung đầy đủ ở đây." }, "2026-03-04");
    expect((await petitionRow(code)).paused_days).toBe(2);

    await staffAct(code, w.officerA, { intent: "transfer", toAgency: w.agencyB.slug, message: MESSAGES.transfer }, "2026-03-05");
    const p = await petitionRow(code);
    expect(p).toMatchObject({
      status: "transferred",
      agency_id: w.agencyB.id,
      received_on: "2026-03-05",
      forward_due_on: "2026-03-12",
      due_on: "2026-03-26", // 6/3, 9–13/3, 16–20/3, 23–26/3
      paused_days: 0,
    });
    // The old agency no longer sees it; the new one does and can act.
    await rejection(staffView(db, code, w.officerA, "2026-03-05", cal), NotFound);
    const err = await rejection(staffAct(code, w.officerA, { intent: "note", message: MESSAGES.note }, "2026-03-05"), NotFound);
    expect(err.status).toBe(404);
    const view = await staffView(db, code, w.officerB, "2026-03-05", cal);
    expect(view.petition.code).toBe(code);
    await staffAct(code, w.officerB, { intent: "acknowledge", message: "" }, "2026-03-06");
    expect((await petitionRow(code)).status).toBe("in_progress");
    // The public page shows the new agency.
    expect((await publicView(db, code, "2026-03-06", cal))?.agency?.slug).toBe(w.agencyB.slug);
  });
});

// ---------------------------------------------------------------------------------------------
// 5. Another agency's petition
// ---------------------------------------------------------------------------------------------

describe("access across agencies", () => {
  it("answers 404 to an officer of another agency, and changes nothing", async () => {
    const { code } = await makePetition(db);
    await rejection(staffView(db, code, w.officerB, TODAY, cal), NotFound);
    const before = await snapshot(code);
    for (const intent of STAFF_ACTIONS) {
      const err = await rejection(staffAct(code, w.officerB, inputFor(intent, w.agencyB.slug)), NotFound);
      expect(err.status).toBe(404);
    }
    expect(await snapshot(code)).toEqual(before);
    // Its own officer and the administrator see it.
    expect((await staffView(db, code, w.officerA, TODAY, cal)).petition.code).toBe(code);
    expect((await staffView(db, code, w.admin, TODAY, cal)).petition.code).toBe(code);
  });

  it("answers 404 to an officer on a triage petition; the administrator routes it to an agency", async () => {
    const { code } = await makePetition(db, { agency: "" });
    await rejection(staffView(db, code, w.officerA, TODAY, cal), NotFound);
    await rejection(staffAct(code, w.officerA, { intent: "acknowledge", message: "" }), NotFound);
    await rejection(staffAct(code, w.officerA, { intent: "transfer", toAgency: w.agencyA.slug, message: "" }), NotFound);

    // Unrouted, it has no owner: the administrator routes (or rejects) it before anything else.
    const unrouted = await snapshot(code);
    await rejection(staffAct(code, w.admin, { intent: "acknowledge", message: "" }), InvalidTransition);
    expect(await snapshot(code)).toEqual(unrouted);

    await staffAct(code, w.admin, { intent: "transfer", toAgency: w.agencyA.slug, message: "Chuyển Sở Tài nguyên và Môi trường." }, "2026-03-03");
    const p = await petitionRow(code);
    expect(p.agency_id).toBe(w.agencyA.id);
    expect(p.received_on).toBe("2026-03-03");
    const audit = (await auditFor(code)).at(-1)!;
    expect(audit).toMatchObject({ staff_user_id: w.admin.id, action: "petition.transfer" });
    expect(audit.before).toMatchObject({ agencyId: null });
    expect(audit.after).toMatchObject({ agencyId: w.agencyA.id });
    const notices = (await mailsFor(code)).filter((m) => m.template === "officer_new_petition").map((m) => m.to_address);
    expect(notices).toEqual([w.admin.email, w.officerA.email]);

    await staffAct(code, w.officerA, { intent: "acknowledge", message: "" }, "2026-03-03");
    expect((await petitionRow(code)).status).toBe("in_progress");
    await rejection(staffView(db, code, w.officerB, TODAY, cal), NotFound);
  });

  it("refuses a transfer to an unknown agency or to the agency that already has it, changing nothing", async () => {
    const { code } = await makePetition(db);
    const before = await snapshot(code);
    expect((await rejection(staffAct(code, w.officerA, { intent: "transfer", toAgency: "so-khong-co", message: "" }), DomainError)).status).toBe(400);
    expect((await rejection(staffAct(code, w.officerA, { intent: "transfer", toAgency: w.agencyA.slug, message: "" }), DomainError)).status).toBe(400);
    expect(await snapshot(code)).toEqual(before);
  });
});

// ---------------------------------------------------------------------------------------------
// 6. Publishing
// ---------------------------------------------------------------------------------------------

describe("publishing an answer", () => {
  const FILER = { name: "Hoàng Văn Thạch", email: "thach.hoang@gmail.com", phone: "0913 222 444", address: "Số 45 đường Nguyễn Huệ, phường Long Phước, Phước Long" };
  const CCCD = "070203004512"; // a citizen ID number typed into the text
  const PHRASE = "thửa đất số 245 tờ bản đồ 17";

  async function answered(overrides: Parameters<typeof makePetition>[1], answer: string) {
    const { code, token } = await makePetition(db, overrides);
    await staffAct(code, w.officerA, { intent: "acknowledge", message: "" });
    await staffAct(code, w.officerA, { intent: "answer", message: answer });
    return { code, token };
  }

  it("is refused without the filer's consent, and changes nothing", async () => {
    const { code } = await answered({ publicConsent: undefined }, MESSAGES.answer);
    const before = await snapshot(code);
    const err = await rejection(staffAct(code, w.officerA, { intent: "publish", redactions: [] }), InvalidTransition);
    expect(err.status).toBe(409);
    expect(await snapshot(code)).toEqual(before);
    expect((await publicView(db, code, TODAY, cal))?.published).toBeNull();
  });

  it("masks the filer's email, phone and name and the officer's redactions in what is published", async () => {
    const { code } = await answered(
      {
        ...FILER,
        subject: `Hỏi về cấp giấy chứng nhận, liên hệ ${FILER.phone}`,
        body: `Tôi là ${FILER.name}, CCCD ${CCCD}, ở ${FILER.address}, email ${FILER.email}, điện thoại ${FILER.phone}. Tôi đề nghị cấp giấy chứng nhận cho ${PHRASE}.`,
      },
      `Trả lời ông ${FILER.name} (CCCD ${CCCD}, ${FILER.address}, ${FILER.email}, ${FILER.phone}): hồ sơ ${PHRASE} đủ điều kiện; đề nghị ông nộp hồ sơ tại Bộ phận một cửa.`,
    );
    await staffAct(code, w.officerA, { intent: "publish", redactions: [PHRASE] });
    const p = await petitionRow(code);
    expect(p.status).toBe("published");
    expect(p.published_on).toBe(TODAY);
    const leaks = [FILER.name, FILER.email, FILER.phone, FILER.phone.replace(/\s/g, ""), FILER.address, "Nguyễn Huệ", CCCD, PHRASE, "245"];
    for (const text of [p.published_subject!, p.published_body!, p.published_answer!]) {
      for (const leak of leaks) expect(text, `${leak} in ${text}`).not.toContain(leak);
    }
    expect(p.published_subject).toContain("Hỏi về cấp giấy chứng nhận");
    expect(p.published_subject).toContain(MASKS.phone);
    expect(p.published_answer).toContain(MASKS.name);
    expect(p.published_answer).toContain(MASKS.email);
    expect(p.published_answer).toContain(MASKS.phone);
    expect(p.published_answer).toContain(MASKS.redacted);
    expect(p.published_answer).toContain(MASKS.address);
    expect(p.published_answer).toContain(MASKS.id);
    expect(p.published_answer).toContain("đủ điều kiện; đề nghị ông nộp hồ sơ tại Bộ phận một cửa.");
    // The stored answer itself (for the filer) is unchanged.
    expect(p.answer).toContain(FILER.email);

    // Searchable, folded, and without the personal data.
    expect(p.search_name).toBe(fold(p.published_subject!));
    expect(p.search_name).toContain("giay chung nhan");
    expect(p.search_body).toContain("bo phan mot cua");
    for (const leak of ["thach", "gmail", "0913", "245", "nguyen hue", CCCD]) {
      expect(p.search_name).not.toContain(leak);
      expect(p.search_body).not.toContain(leak);
    }

    // The public page now shows the masked answer and nothing personal.
    const view = await publicView(db, code, TODAY, cal);
    expect(view?.published).toEqual({ subject: p.published_subject, answer: p.published_answer });
    const json = JSON.stringify(view);
    for (const leak of leaks) expect(json).not.toContain(leak);
    // The officer's redactions are in the audit log.
    expect((await auditFor(code)).at(-1)!.after).toMatchObject({ redactions: [PHRASE], status: "published" });
  });

  it("publishes the business name only for a business that consented", async () => {
    const business = await answered({}, MESSAGES.answer);
    await staffAct(business.code, w.officerA, { intent: "publish", redactions: [] });
    expect((await petitionRow(business.code)).published_business_name).toBe(DEFAULT_FORM.businessName);

    const citizen = await answered({ filerType: "citizen" }, MESSAGES.answer);
    await staffAct(citizen.code, w.officerA, { intent: "publish", redactions: [] });
    const c = await petitionRow(citizen.code);
    expect(c.status).toBe("published");
    expect(c.published_business_name).toBeNull();
    expect(c.business_name).toBe("");
    expect(c.tax_code).toBe("");
  });
});

// ---------------------------------------------------------------------------------------------
// 7. What the filer can do
// ---------------------------------------------------------------------------------------------

describe("filer actions", () => {
  it("withdraws an open petition, once", async () => {
    const { code, token } = await petitionIn("waiting_for_filer");
    await filerAct(code, token, { action: "withdraw", message: "Tôi đã tự giải quyết được." }, "2026-03-04");
    const p = await petitionRow(code);
    expect(p).toMatchObject({ status: "withdrawn", closed_on: "2026-03-04", paused_on: null });
    expect((await eventsFor(code)).at(-1)).toMatchObject({ kind: "withdraw", actor: "filer", to_status: "withdrawn" });
    expect((await filerView(db, code, token, "2026-03-04", cal))?.can.withdraw).toBe(false);
    const before = await snapshot(code);
    await rejection(filerAct(code, token, { action: "withdraw", message: "" }, "2026-03-05"), InvalidTransition);
    expect(await snapshot(code)).toEqual(before);
  });

  it("refuses any filer action with a wrong token (404)", async () => {
    const { code } = await makePetition(db);
    const before = await snapshot(code);
    const err = await rejection(filerAct(code, "not-the-token", { action: "withdraw", message: "" }), NotFound);
    expect(err.status).toBe(404);
    expect(await snapshot(code)).toEqual(before);
  });

  it("reopens an answered petition once, within 10 working days", async () => {
    const { code, token } = await petitionIn("answered"); // answered on 2026-03-02
    expect((await filerView(db, code, token, "2026-03-16", cal))?.can.reopen).toBe(true);
    // 3–6, 9–13, 16/3: the 10th working day after the answer.
    await filerAct(code, token, { action: "reopen", message: "Câu trả lời chưa giải quyết việc xả thải ban đêm." }, "2026-03-16");
    let p = await petitionRow(code);
    expect(p).toMatchObject({ status: "in_progress", reopen_count: 1, answered_on: null, due_on: "2026-04-06" });
    expect((await mailsFor(code)).at(-1)).toMatchObject({ template: "officer_new_petition", to_address: w.officerA.email });

    await staffAct(code, w.officerA, { intent: "answer", message: "Trả lời lần hai: đã lập biên bản xử phạt." }, "2026-03-18");
    expect((await filerView(db, code, token, "2026-03-19", cal))?.can.reopen).toBe(false);
    const before = await snapshot(code);
    await rejection(filerAct(code, token, { action: "reopen", message: "Vẫn chưa hài lòng với câu trả lời." }, "2026-03-19"), InvalidTransition);
    expect(await snapshot(code)).toEqual(before);
    p = await petitionRow(code);
    expect(p.status).toBe("answered");
  });

  it("refuses to reopen 11 working days after the answer", async () => {
    const { code, token } = await petitionIn("answered");
    expect((await filerView(db, code, token, "2026-03-17", cal))?.can.reopen).toBe(false);
    const before = await snapshot(code);
    await rejection(filerAct(code, token, { action: "reopen", message: "Câu trả lời chưa thỏa đáng." }, "2026-03-17"), InvalidTransition);
    expect(await snapshot(code)).toEqual(before);
  });

  it("rates an answer once, and not before there is one", async () => {
    const open = await petitionIn("in_progress");
    await rejection(filerAct(open.code, open.token, { action: "rate", rating: "satisfied", comment: "" }), InvalidTransition);

    const { code, token } = await petitionIn("answered");
    await filerAct(code, token, { action: "rate", rating: "very_satisfied", comment: "Trả lời nhanh, rõ ràng." }, "2026-03-03");
    const p = await petitionRow(code);
    expect(p).toMatchObject({ rating: "very_satisfied", rating_comment: "Trả lời nhanh, rõ ràng.", status: "answered" });
    expect((await filerView(db, code, token, "2026-03-03", cal))?.can.rate).toBe(false);
    const before = await snapshot(code);
    await rejection(filerAct(code, token, { action: "rate", rating: "not_satisfied", comment: "Đổi ý." }, "2026-03-04"), InvalidTransition);
    expect(await snapshot(code)).toEqual(before);
    expect((await petitionRow(code)).rating).toBe("very_satisfied");
  });
});

// ---------------------------------------------------------------------------------------------
// 8 and 9. The staff inbox and the daily reminder (a database of their own: counts must be exact)
// ---------------------------------------------------------------------------------------------

describe("inbox and daily reminders", () => {
  let h2: OpenDatabase;
  let db2: Db;
  let w2: World;
  let cal2: WorkingCalendar;
  const codes = { overdue1: "", overdue2: "", soon1: "", soon2: "", waiting: "", land: "", b1: "", b2: "", triage: [] as string[], onTrack: [] as string[] };
  const ON_TRACK = 17;

  const file = async (overrides: Parameters<typeof makePetition>[1] = {}) => (await makePetition(db2, overrides)).code;
  const setDue = (code: string, due_on: string) => db2.updateTable("petitions").set({ due_on }).where("code", "=", code).execute();

  beforeAll(async () => {
    h2 = await openTestDatabase();
    db2 = h2.db;
    w2 = await seedBasics(db2);
    cal2 = await loadCalendar(db2);
    // Agency A: 2 overdue, 2 due within 2 working days, 1 waiting for the filer (past due, but paused),
    // 1 on land (another topic) and ON_TRACK more, all due 23/3.
    codes.overdue2 = await file();
    codes.overdue1 = await file();
    codes.soon2 = await file();
    codes.soon1 = await file();
    codes.waiting = await file();
    codes.land = await file({ topic: "dat-dai" });
    for (let i = 0; i < ON_TRACK; i++) codes.onTrack.push(await file());
    await setDue(codes.overdue1, "2026-02-20");
    await setDue(codes.overdue2, "2026-02-27");
    await setDue(codes.soon1, "2026-03-03");
    await setDue(codes.soon2, "2026-03-04");
    const ctx2 = { today: TODAY, cal: cal2, baseUrl: BASE_URL, secret: SECRET };
    await applyStaffAction(db2, codes.waiting, w2.officerA, { intent: "acknowledge", message: "" }, ctx2);
    await applyStaffAction(db2, codes.waiting, w2.officerA, { intent: "request_info", message: MESSAGES.request_info }, ctx2);
    await setDue(codes.waiting, "2026-02-25");
    // Agency B: one due in 3 working days (not yet "soon" on 2/3), one on track.
    codes.b1 = await file({ agency: w2.agencyB.slug });
    codes.b2 = await file({ agency: w2.agencyB.slug });
    await setDue(codes.b1, "2026-03-05");
    // The triage queue.
    codes.triage.push(await file({ agency: "" }), await file({ agency: "" }));
  });

  afterAll(async () => {
    await h2?.close();
  });

  const aCodes = () => [codes.overdue1, codes.overdue2, codes.soon1, codes.soon2, codes.waiting, codes.land, ...codes.onTrack];

  it("shows an officer only their agency's petitions: overdue first, then due soon, paused ones after", async () => {
    const page1 = await inbox(db2, w2.officerA, { status: "open", page: 1 }, TODAY, cal2);
    expect(page1.total).toBe(aCodes().length);
    expect(page1.rows).toHaveLength(20);
    expect(page1.rows.every((r) => r.agency_id === w2.agencyA.id)).toBe(true);
    expect(page1.rows.slice(0, 4).map((r) => [r.code, r.urgency])).toEqual([
      [codes.overdue1, "overdue"],
      [codes.overdue2, "overdue"],
      [codes.soon1, "due_soon"],
      [codes.soon2, "due_soon"],
    ]);
    expect(page1.rows.slice(4).every((r) => r.urgency === "on_track")).toBe(true);
    expect(page1.counts).toMatchObject({ overdue: 2, dueSoon: 2, open: aCodes().length - 1 });

    const page2 = await inbox(db2, w2.officerA, { status: "open", page: 2 }, TODAY, cal2);
    expect(page2.total).toBe(page1.total);
    expect(page2.rows).toHaveLength(aCodes().length - 20);
    // The paused petition comes after every running one, however late it is.
    expect(page2.rows.at(-1)).toMatchObject({ code: codes.waiting, urgency: "paused" });
    const all = [...page1.rows, ...page2.rows].map((r) => r.code);
    expect(new Set(all)).toEqual(new Set(aCodes()));

    const b = await inbox(db2, w2.officerB, { status: "open", page: 1 }, TODAY, cal2);
    expect(b.rows.map((r) => r.code)).toEqual([codes.b1, codes.b2]);
    expect(b.counts).toMatchObject({ overdue: 0, dueSoon: 0, open: 2 });
  });

  it("flags an open petition whose filer has had no news for the topic's update interval (7 days)", async () => {
    // Filed three weeks before TODAY and never acknowledged: the filer is owed a progress update.
    await db2.updateTable("petitions").set({ filed_at: new Date("2026-02-09T03:00:00Z") }).where("code", "=", codes.soon1).execute();
    const rows = (await inbox(db2, w2.officerA, { status: "open", page: 1 }, TODAY, cal2)).rows;
    expect(rows.find((r) => r.code === codes.soon1)?.needsUpdate).toBe(true);
    // Filed (in real time) after TODAY: nothing is owed yet.
    expect(rows.find((r) => r.code === codes.soon2)?.needsUpdate).toBe(false);
  });

  it("filters by status and topic", async () => {
    const waiting = await inbox(db2, w2.officerA, { status: "waiting_for_filer", page: 1 }, TODAY, cal2);
    expect(waiting.rows.map((r) => r.code)).toEqual([codes.waiting]);
    expect(waiting.total).toBe(1);
    const received = await inbox(db2, w2.officerA, { status: "received", page: 1 }, TODAY, cal2);
    expect(received.total).toBe(aCodes().length - 1);
    expect(received.rows.map((r) => r.code)).not.toContain(codes.waiting);
    const land = await inbox(db2, w2.officerA, { status: "open", topic: "dat-dai", page: 1 }, TODAY, cal2);
    expect(land.rows.map((r) => r.code)).toEqual([codes.land]);
    const answered = await inbox(db2, w2.officerA, { status: "answered", page: 1 }, TODAY, cal2);
    expect(answered).toMatchObject({ rows: [], total: 0 });
  });

  it("gives the administrator the triage queue; an officer asking for it still sees only their agency", async () => {
    const triage = await inbox(db2, w2.admin, { status: "open", queue: "triage", page: 1 }, TODAY, cal2);
    expect(new Set(triage.rows.map((r) => r.code))).toEqual(new Set(codes.triage));
    expect(triage.rows.every((r) => r.agency_id === null)).toBe(true);
    expect(triage.counts.triage).toBe(2);

    const officerAsks = await inbox(db2, w2.officerA, { status: "open", queue: "triage", page: 1 }, TODAY, cal2);
    expect(officerAsks.total).toBe(aCodes().length);
    expect(officerAsks.rows.every((r) => r.agency_id === w2.agencyA.id)).toBe(true);

    const everything = await inbox(db2, w2.admin, { status: "open", queue: "all", page: 1 }, TODAY, cal2);
    expect(everything.total).toBe(aCodes().length + 2 + 2);
  });

  it("queues one reminder per officer of each agency with petitions due within 2 working days or overdue, once a day", async () => {
    // A second officer of agency A gets it too; an inactive one does not.
    const second = await makeStaff(db2, { email: "officer2.tnmt@binhphuoc.gov.vn", name: "Vũ Ngọc Mai", role: "officer", agency: w2.agencyA });
    await makeStaff(db2, { email: "former.tnmt@binhphuoc.gov.vn", name: "Cán bộ đã nghỉ", role: "officer", agency: w2.agencyA, active: false });
    const reminders = () => db2.selectFrom("outbox").selectAll().where("template", "=", "officer_reminder").orderBy("id").execute();

    expect(await queueDailyReminders(db2, TODAY, cal2, BASE_URL)).toBe(2);
    const mails = await reminders();
    expect(mails.map((m) => m.to_address).sort()).toEqual([w2.officerA.email, second.email].sort());
    for (const m of mails) {
      for (const c of [codes.overdue1, codes.overdue2, codes.soon1, codes.soon2]) expect(m.text).toContain(c);
      // Not the paused one, not one on track, not another agency's.
      for (const c of [codes.waiting, codes.onTrack[0], codes.b1]) expect(m.text).not.toContain(c);
      expect(m.text).toContain(`${BASE_URL}/staff`);
      expect(m.subject).toMatch(/2/);
    }

    // The same day again (another server, a restart): nothing more.
    expect(await queueDailyReminders(db2, TODAY, cal2, BASE_URL)).toBe(0);
    expect(await reminders()).toHaveLength(2);

    // A weekend day and a public holiday: nothing, even with overdue petitions.
    expect(await queueDailyReminders(db2, "2026-03-07", cal2, BASE_URL)).toBe(0);
    expect(await queueDailyReminders(db2, "2026-04-30", cal2, BASE_URL)).toBe(0);
    expect(await reminders()).toHaveLength(2);

    // The next working day agency B's petition (due 5/3) is within 2 working days: B's officer gets one too.
    expect(await queueDailyReminders(db2, "2026-03-03", cal2, BASE_URL)).toBe(3);
    const next = (await reminders()).slice(2);
    expect(next.map((m) => m.to_address).sort()).toEqual([w2.officerA.email, second.email, w2.officerB.email].sort());
    expect(next.find((m) => m.to_address === w2.officerB.email)!.text).toContain(codes.b1);
    expect(next.find((m) => m.to_address === w2.officerB.email)!.text).not.toContain(codes.b2);
    // Nobody else (the administrator, the inactive officer) got a reminder.
    expect((await reminders()).some((m) => m.to_address === w2.admin.email || m.to_address.startsWith("former"))).toBe(false);
  });
});
