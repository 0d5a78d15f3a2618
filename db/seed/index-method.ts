import type { Kysely, Transaction } from "kysely";
import type { Database } from "../types";
import type { Component } from "../../app/modules/transparency/transparency.types";

/** Version 1 of the index method: what the portal publishes until administrators save another version. */
export const INDEX_METHOD_V1: { weights: Record<Component, number>; minCases: number; noteVi: string; noteEn: string } = {
  weights: {
    responseRate: 20,
    onTimeRate: 20,
    publicationRate: 10,
    satisfaction: 15,
    reopenRate: 5,
    hotline: 10,
    proceduresComplete: 5,
    proceduresOnline: 5,
    proceduresPostal: 5,
    documentsPublished: 5,
    consultations: 0,
    dialogues: 0,
  },
  minCases: 5,
  noteVi:
    "Chỉ số minh bạch (0–100) là trung bình có trọng số của các thành phần: tỷ lệ trả lời, trả lời đúng hạn, công khai câu trả lời, " +
    "mức hài lòng, tỷ lệ không phải mở lại (100 × (1 − tỷ lệ mở lại)), đường dây nóng được xác minh trong 180 ngày, thủ tục đầy đủ " +
    "và cập nhật trong 365 ngày, thủ tục trực tuyến toàn trình, thủ tục có dịch vụ bưu chính, và quy hoạch, kế hoạch, dự toán ngân sách " +
    "được công bố trong kỳ. Mỗi tỷ lệ nêu tử số, mẫu số và khoảng tin cậy Wilson 95%; dưới 5 trường hợp, tỷ lệ ghi “chưa đủ dữ liệu” " +
    "và thành phần đó không được tính: trọng số của nó được chia lại theo tỷ lệ cho các thành phần còn lại. Điểm mỗi thành phần là " +
    "100 × tỷ lệ (làm tròn 2 chữ số thập phân); chỉ số = Σ điểm × trọng số / Σ trọng số của các thành phần có điểm, làm tròn 1 chữ số. " +
    "Các cơ quan có chỉ số bằng nhau cùng hạng.",
  noteEn:
    "The transparency index (0–100) is a weighted mean of its components: response rate, on-time rate, publication of answers, " +
    "satisfaction, answers not reopened (100 × (1 − reopen rate)), a hotline verified within 180 days, procedures complete and updated " +
    "within 365 days, procedures fully online, procedures with postal service, and planning, plan and budget documents published in the " +
    "period. Every rate shows its numerator, denominator and 95% Wilson interval; below 5 cases it shows “not enough data” and the " +
    "component is left out: its weight is spread proportionally over the others. A component's score is 100 × its rate (2 decimals); " +
    "the index = Σ score × weight / Σ weight over the components that have a score, rounded to 1 decimal. Equal indexes share a rank.",
};

/** Inserts version 1 of the index method when the database has none; returns true when it did. */
export async function ensureIndexMethod(db: Kysely<Database> | Transaction<Database>): Promise<boolean> {
  const existing = await db.selectFrom("index_methods").select("version").limit(1).executeTakeFirst();
  if (existing) return false;
  const inserted = await db
    .insertInto("index_methods")
    .values({
      version: 1,
      weights: JSON.stringify(INDEX_METHOD_V1.weights),
      min_cases: INDEX_METHOD_V1.minCases,
      note_vi: INDEX_METHOD_V1.noteVi,
      note_en: INDEX_METHOD_V1.noteEn,
      created_by: null,
    })
    // Several app servers may start together: the first one wins, the others change nothing.
    .onConflict((oc) => oc.column("version").doNothing())
    .returning("version")
    .executeTakeFirst();
  return !!inserted;
}
