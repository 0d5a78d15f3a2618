import type { Kysely } from "kysely";
import type { Database } from "../types";

/** The petition topics a province starts with (administrators edit them and their deadlines later). */
export const DEFAULT_TOPICS = [
  { slug: "dat-dai", name_vi: "Đất đai", name_en: "Land" },
  { slug: "xay-dung-quy-hoach", name_vi: "Xây dựng, quy hoạch", name_en: "Construction and planning" },
  { slug: "moi-truong", name_vi: "Môi trường", name_en: "Environment" },
  { slug: "dau-tu-kinh-doanh", name_vi: "Đầu tư, đăng ký kinh doanh", name_en: "Investment and business registration" },
  { slug: "thue-phi", name_vi: "Thuế, phí, lệ phí", name_en: "Taxes, fees and charges" },
  { slug: "thu-tuc-hanh-chinh", name_vi: "Thủ tục hành chính", name_en: "Administrative procedures" },
  { slug: "giao-thong", name_vi: "Giao thông", name_en: "Transport" },
  { slug: "lao-dong-an-sinh", name_vi: "Lao động, việc làm, an sinh xã hội", name_en: "Labour, jobs and social welfare" },
  { slug: "y-te", name_vi: "Y tế", name_en: "Health" },
  { slug: "giao-duc", name_vi: "Giáo dục", name_en: "Education" },
  { slug: "thai-do-can-bo", name_vi: "Thái độ, trách nhiệm của cán bộ", name_en: "Conduct of public officials" },
  { slug: "khac", name_vi: "Lĩnh vực khác", name_en: "Other" },
] as const;

/** Inserts the default topics when there are none (a fresh installation must be able to take petitions). */
export async function ensureTopics(db: Kysely<Database>): Promise<boolean> {
  const any = await db.selectFrom("topics").select("id").limit(1).executeTakeFirst();
  if (any) return false;
  await db
    .insertInto("topics")
    .values(DEFAULT_TOPICS.map((t, i) => ({ ...t, sort_order: i })))
    .onConflict((oc) => oc.column("slug").doNothing())
    .execute();
  return true;
}
