import type { LoaderFunctionArgs } from "@remix-run/node";
import { listAgencyOptions } from "../modules/agencies/agencies.queries.server";
import { publicBaseUrl } from "../modules/agencies/poster.server";
import { getDb, getEnv } from "../utils/db.server";

// The main pages and every agency; procedures and documents are reached from their lists.
export async function loader({ request }: LoaderFunctionArgs) {
  const db = await getDb();
  const base = publicBaseUrl(request, (await getEnv()).PUBLIC_URL);
  const agencies = await listAgencyOptions(db);
  const paths = ["/", "/agencies", "/hotlines", "/procedures", "/documents", "/search", "/petitions/new", "/petitions/track", "/resolutions", "/transparency", "/transparency/methodology", ...agencies.map((a) => `/agencies/${a.slug}`)];
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${paths
    .map((p) => `  <url><loc>${base}${p}</loc></url>`)
    .join("\n")}\n</urlset>\n`;
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=3600" } });
}
