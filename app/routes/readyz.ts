import { sql } from "kysely";
import { getDb } from "../utils/db.server";

// Readiness: the database answers within 2 s; a load balancer stops sending traffic while it does not.
export async function loader() {
  const headers = { "Content-Type": "text/plain", "Cache-Control": "no-store" };
  try {
    const db = await getDb();
    await Promise.race([
      sql`select 1`.execute(db),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 2000)),
    ]);
    return new Response("ready", { headers });
  } catch {
    return new Response("database unavailable", { status: 503, headers });
  }
}
