import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { pick, translator, type MessageKey } from "../i18n";
import { getLang } from "../i18n/lang.server";
import { useI18n } from "../i18n/use-t";
import { HotlineList } from "../components/ui/hotlines";
import { listAgenciesWithHotlines } from "../modules/agencies/agencies.queries.server";
import { AGENCY_KIND_ORDER } from "../modules/agencies/agencies.schema";
import { withHotlineStatus } from "../modules/agencies/agencies.server";
import { todayInVietnam } from "../modules/calendar/calendar";
import { getDb } from "../utils/db.server";
import { searchParamsOf } from "../utils/http.server";
import { titleMeta } from "../utils/meta";

export const meta = titleMeta;

const Filters = z.object({ agency: z.string().regex(/^[a-z0-9-]{1,80}$/).optional().catch(undefined) });

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = getLang(request);
  const { agency } = Filters.parse(searchParamsOf(request));
  const db = await getDb();
  let agencies = await listAgenciesWithHotlines(db, { slug: agency });
  // An unknown agency in the link: show the whole directory rather than an empty page.
  const filtered = Boolean(agency && agencies.length);
  if (agency && !agencies.length) agencies = await listAgenciesWithHotlines(db);
  const t = translator(lang);
  return {
    title: filtered ? `${t("hotlines.title")}: ${pick(lang, agencies[0].name_vi, agencies[0].name_en)}` : t("hotlines.title"),
    filtered,
    agencies: withHotlineStatus(agencies, todayInVietnam()),
  };
}

export default function Hotlines() {
  const { agencies, filtered, title } = useLoaderData<typeof loader>();
  const { t, lang } = useI18n();
  return (
    <div>
      <h1>{title}</h1>
      <p className="mt-2 max-w-3xl">{t("hotlines.lead")}</p>
      {filtered ? (
        <p className="mt-2">
          <Link to="/hotlines">{t("hotlines.showAll")}</Link>
        </p>
      ) : null}
      {AGENCY_KIND_ORDER.map((kind) => {
        const group = agencies.filter((a) => a.kind === kind);
        if (!group.length) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="mt-8">
            <h2 id={`kind-${kind}`}>{t(`kind.${kind}` as MessageKey)}</h2>
            <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {group.map((a) => (
                <li key={a.slug} className="card">
                  <h3 className="mb-2 text-base">
                    <Link to={`/agencies/${a.slug}`}>{pick(lang, a.name_vi, a.name_en)}</Link>
                  </h3>
                  <HotlineList hotlines={a.hotlines} large={filtered} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
