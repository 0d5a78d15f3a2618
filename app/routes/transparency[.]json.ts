import type { LoaderFunctionArgs } from "@remix-run/node";
import { dataFileMaxAge, dataFileQuery, getReport } from "../modules/transparency/transparency.server";
import { getDb } from "../utils/db.server";

// GET /transparency.json?period=2026-Q1 (default: the current year): the figures as data (a public contract).
export async function loader({ request }: LoaderFunctionArgs) {
  const query = dataFileQuery(request);
  if ("error" in query) {
    return Response.json({ error: "bad_period", message: query.error }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  const report = await getReport(await getDb(), query.period, { lang: query.lang });
  return Response.json(report, {
    headers: { "Cache-Control": `public, max-age=${dataFileMaxAge(report)}`, "Access-Control-Allow-Origin": "*" },
  });
}
