import { formatDate, pick } from "../../i18n";
import { useI18n } from "../../i18n/use-t";

export interface HotlineView {
  id: number;
  number: string;
  label_vi: string;
  label_en: string;
  hours_vi: string;
  hours_en: string;
  verified_on: string | null;
  stale: boolean;
}

/** "0271 3879 555" → "tel:02713879555". */
function telHref(number: string) {
  return `tel:${number.replace(/[^\d+]/g, "")}`;
}

/** An agency's hotlines: the number as a tap-to-call link, its hours and when it was last checked. */
export function HotlineList({ hotlines, large = false }: { hotlines: HotlineView[]; large?: boolean }) {
  const { t, lang } = useI18n();
  if (!hotlines.length) return <p className="text-gray-800">{t("hotlines.none")}</p>;
  return (
    <ul className="space-y-2">
      {hotlines.map((h) => (
        <li key={h.id}>
          <span className="block text-sm font-semibold text-gray-800">{pick(lang, h.label_vi, h.label_en)}</span>
          <a
            href={telHref(h.number)}
            className={`font-bold tabular-nums ${large ? "text-3xl" : "text-xl"}`}
            aria-label={t("hotlines.call", { number: h.number })}
          >
            {h.number}
          </a>
          {pick(lang, h.hours_vi, h.hours_en) ? (
            <span className="block text-sm text-gray-800">{pick(lang, h.hours_vi, h.hours_en)}</span>
          ) : null}
          <span className={`block text-sm ${h.stale ? "font-semibold text-amber-900" : "text-gray-700"}`}>
            {h.verified_on ? t("hotlines.verified", { date: formatDate(lang, h.verified_on) }) : t("hotlines.neverVerified")}
            {h.stale ? ` — ${t("hotlines.stale")}` : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
