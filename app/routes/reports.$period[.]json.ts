import type { LoaderFunctionArgs } from "@remix-run/node";
import { translator } from "../i18n";
import { parsePeriod } from "../modules/transparency/periods";
import { dataFileMaxAge, getReport } from "../modules/transparency/transparency.server";
import { getDb } from "../utils/db.server";

// GET /reports/2026-H1.json (or /reports/2026.json): the report's figures as the TransparencyReport
// that /transparency.json serves. Names in English with ?lang=en; see reports.$period[.]csv.ts.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const range = parsePeriod(params.period);
  if (!range || range.kind === "quarter") {
    return Response.json({ error: "not_found", message: translator("en")("report.notFound") }, { status: 404 });
  }
  const lang = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "vi";
  const report = await getReport(await getDb(), range.code, { lang });
  return Response.json(report, {
    headers: { "Cache-Control": `public, max-age=${dataFileMaxAge(report)}`, "Access-Control-Allow-Origin": "*" },
  });
}
