import type { AppLoadContext } from "@remix-run/node";
import { translator } from "../i18n";
import { getLang } from "../i18n/lang.server";
import { todayInVietnam } from "../modules/calendar/calendar";
import { loadCalendar } from "../modules/calendar/calendar.server";
import { publicBaseUrl } from "../modules/agencies/poster.server";
import { appState } from "./db.server";
import { clientAddressOf } from "./http.server";
import { appSecret } from "./secret.server";

/** What most actions need: the database, env, language, today's date in Vietnam, the calendar, the secret. */
export async function requestContext(request: Request, context: AppLoadContext | undefined) {
  const { env, handle } = await appState();
  const db = handle.db;
  const lang = getLang(request);
  const [cal, secret] = await Promise.all([loadCalendar(db), appSecret(db, env.SESSION_SECRET)]);
  return {
    db,
    env,
    lang,
    t: translator(lang),
    today: todayInVietnam(),
    cal,
    secret,
    baseUrl: publicBaseUrl(request, env.PUBLIC_URL),
    ip: clientAddressOf(context),
  };
}
export type RequestContext = Awaited<ReturnType<typeof requestContext>>;
