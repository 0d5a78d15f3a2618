import type { LoaderFunctionArgs } from "@remix-run/node";
import { translator } from "../i18n";
import { parsePeriod } from "../modules/transparency/periods";
import { CSV_CONTENT_TYPE, csvFilename, reportCsv } from "../modules/transparency/transparency.csv";
import { dataFileMaxAge, getReport } from "../modules/transparency/transparency.server";
import { getDb } from "../utils/db.server";

// GET /reports/2026-H1.csv (or /reports/2026.csv): the report's figures, one row per agency, UTF-8 with
// a BOM (Excel shows Vietnamese). The escaped dot makes the path `reports/:period.csv`, which outranks
// the HTML report at `reports/:period`. Names in English with ?lang=en (the cookie is ignored: a data
// file is the same for everyone, so shared caches may keep it).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const range = parsePeriod(params.period);
  if (!range || range.kind === "quarter") {
    const message = `${translator("vi")("report.notFound")}\n${translator("en")("report.notFound")}\n`;
    return new Response(message, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const lang = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "vi";
  const report = await getReport(await getDb(), range.code, { lang });
  return new Response(reportCsv(report), {
    headers: {
      "Content-Type": CSV_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="bao-cao-${csvFilename(report.period)}"`,
      "Cache-Control": `public, max-age=${dataFileMaxAge(report)}`,
      "Access-Control-Allow-Origin": "*",
    },
  });
}
