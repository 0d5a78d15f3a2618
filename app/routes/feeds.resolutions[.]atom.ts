import type { LoaderFunctionArgs } from "@remix-run/node";
import { createHash } from "node:crypto";
import { getLang } from "../i18n/lang.server";
import { publicBaseUrl } from "../modules/agencies/poster.server";
import { ATOM_CONTENT_TYPE, buildResolutionsFeed, FEED_MAX_AGE } from "../modules/resolutions/resolutions.server";
import { getDb, getEnv } from "../utils/db.server";

// /feeds/resolutions.atom: the newest published answers as Atom 1.0 (Vietnamese unless ?lang=en).
export async function loader({ request }: LoaderFunctionArgs) {
  const [db, env] = await Promise.all([getDb(), getEnv()]);
  const xml = await buildResolutionsFeed(db, { base: publicBaseUrl(request, env.PUBLIC_URL), lang: getLang(request) });
  // Feed readers poll: a matching ETag answers 304 without the body.
  const etag = `"${createHash("sha256").update(xml).digest("base64url").slice(0, 27)}"`;
  const headers = {
    "Content-Type": ATOM_CONTENT_TYPE,
    "Cache-Control": `public, max-age=${FEED_MAX_AGE}`,
    ETag: etag,
    Vary: "Cookie",
  };
  const ifNoneMatch = request.headers.get("If-None-Match");
  if (ifNoneMatch && ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(xml, { headers });
}
