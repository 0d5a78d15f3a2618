import type { LoaderFunctionArgs } from "@remix-run/node";
import { CSV_CONTENT_TYPE, csvFilename, reportCsv } from "../modules/transparency/transparency.csv";
import { dataFileMaxAge, dataFileQuery, getReport } from "../modules/transparency/transparency.server";
import { getDb } from "../utils/db.server";

// GET /transparency.csv?period=2026-Q1 (default: the current year): one row per agency, UTF-8 with BOM.
export async function loader({ request }: LoaderFunctionArgs) {
  const query = dataFileQuery(request);
  if ("error" in query) {
    return new Response(`${query.error}\n`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const report = await getReport(await getDb(), query.period, { lang: query.lang });
  return new Response(reportCsv(report), {
    headers: {
      "Content-Type": CSV_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${csvFilename(report.period)}"`,
      "Cache-Control": `public, max-age=${dataFileMaxAge(report)}`,
      "Access-Control-Allow-Origin": "*",
    },
  });
}
