import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { pick, translator, type MessageKey } from "../i18n";
import { getLang } from "../i18n/lang.server";
import { useI18n } from "../i18n/use-t";
import { getProvince, listAgenciesWithHotlines } from "../modules/agencies/agencies.queries.server";
import { AGENCY_KIND_ORDER } from "../modules/agencies/agencies.schema";
import { getDb } from "../utils/db.server";
import { titleMeta } from "../utils/meta";

export const meta = titleMeta;

export async function loader({ request }: LoaderFunctionArgs) {
  const lang = getLang(request);
  const db = await getDb();
  const [province, agencies] = await Promise.all([getProvince(db), listAgenciesWithHotlines(db)]);
  return {
    title: translator(lang)("agencies.title"),
    provinceName: pick(lang, province.name_vi, province.name_en),
    agencies: agencies.map((a) => ({ slug: a.slug, kind: a.kind, name_vi: a.name_vi, name_en: a.name_en, hotline: a.hotlines[0]?.number ?? null })),
  };
}

export default function Agencies() {
  const { agencies, title, provinceName } = useLoaderData<typeof loader>();
  const { t, lang } = useI18n();
  return (
    <div>
      <h1>{title}</h1>
      <p className="mt-2">{t("agencies.lead", { province: provinceName })}</p>
      {AGENCY_KIND_ORDER.map((kind) => {
        const group = agencies.filter((a) => a.kind === kind);
        if (!group.length) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="mt-8">
            <h2 id={`kind-${kind}`}>{t(`kind.${kind}` as MessageKey)}</h2>
            <ul className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-2">
              {group.map((a) => (
                <li key={a.slug} className="flex flex-col border-b border-gray-200 pb-2">
                  <Link to={`/agencies/${a.slug}`} className="font-semibold">
                    {pick(lang, a.name_vi, a.name_en)}
                  </Link>
                  {a.hotline ? (
                    <span className="text-sm text-gray-800">
                      {t("nav.hotlines")}: <span className="tabular-nums">{a.hotline}</span>
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
