import { Form } from "@remix-run/react";
import type { Lang, Translate } from "../../i18n";
import type { Rate } from "../../modules/transparency/transparency.types";
import { formatCount, formatPercent, formatScore } from "./format";

/**
 * What the transparency pages share: period names, the period picker (a GET form that works
 * without JavaScript) and rates written with what they are made of.
 */

const CODE_RE = /^(\d{4})(?:-(H[12]|Q[1-4]))?$/;

/** "2026-H1" → "6 tháng đầu năm 2026" / "First half of 2026". */
export function periodLabel(t: Translate, code: string): string {
  const m = CODE_RE.exec(code);
  if (!m) return code;
  const year = m[1];
  const part = m[2];
  if (!part) return t("tr.period.year", { year });
  if (part === "H1" || part === "H2") return t(`tr.period.${part}`, { year });
  return t("tr.period.quarter", { q: part.slice(1), year });
}

/** "2026-Q3" → "Q3/2026" (chart axes). */
export function quarterLabel(t: Translate, code: string): string {
  const m = CODE_RE.exec(code);
  return m && m[2]?.startsWith("Q") ? t("tr.quarterShort", { q: m[2].slice(1), year: m[1] }) : code;
}

/** The periods offered in the picker: this year and last, each as year, halves and quarters, none that has not started. */
export function periodOptions(today: string): Array<{ year: number; codes: string[] }> {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return [year, year - 1].map((y) => {
    const started = (firstMonth: number) => y < year || firstMonth <= month;
    const codes = [String(y)];
    if (started(1)) codes.push(`${y}-H1`);
    if (started(7)) codes.push(`${y}-H2`);
    for (let q = 1; q <= 4; q++) if (started(3 * (q - 1) + 1)) codes.push(`${y}-Q${q}`);
    return { year: y, codes };
  });
}

/** The period picker: a select grouped by year and a submit button (?period=…). */
export function PeriodPicker({ t, options, selected, action }: { t: Translate; options: Array<{ year: number; codes: string[] }>; selected: string; action: string }) {
  // A period typed into the address bar (an older year) is still shown as chosen.
  const known = options.some((o) => o.codes.includes(selected));
  return (
    <Form method="get" action={action} className="mt-4 flex flex-wrap items-end gap-3 rounded-lg bg-gray-50 p-4 print:hidden">
      <div>
        <label htmlFor="period" className="mb-1 block font-semibold">
          {t("tr.period")}
        </label>
        <p id="period-hint" className="mb-1 text-sm text-gray-700">
          {t("tr.periodHint")}
        </p>
        <select id="period" name="period" defaultValue={selected} aria-describedby="period-hint" className="input w-auto min-w-[16rem]">
          {known ? null : <option value={selected}>{periodLabel(t, selected)}</option>}
          {options.map((o) => (
            <optgroup key={o.year} label={t("tr.periodYearGroup", { year: o.year })}>
              {o.codes.map((code) => (
                <option key={code} value={code}>
                  {periodLabel(t, code)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button type="submit" className="btn-primary">
        {t("tr.periodShow")}
      </button>
    </Form>
  );
}

/** A share, or "not enough data". */
export function pct(lang: Lang, t: Translate, value: number | null | undefined): string {
  return formatPercent(lang, value ?? null, t("tr.notEnough"));
}

/** An index or score, or "not enough data". */
export function score(lang: Lang, t: Translate, value: number | null | undefined): string {
  return formatScore(lang, value ?? null, t("tr.notEnough"));
}

/** "35/41" with the language's thousands separator. */
export function ratio(lang: Lang, t: Translate, numerator: number, denominator: number): string {
  return t("tr.ratio", { numerator: formatCount(lang, numerator), denominator: formatCount(lang, denominator) });
}

/** "49,0% – 94,3%", or "–" below the minimum cases. */
export function interval(lang: Lang, rate: Rate | undefined): string {
  if (!rate || rate.low === null || rate.high === null) return "–";
  return `${formatPercent(lang, rate.low)} – ${formatPercent(lang, rate.high)}`;
}

/** A rate in a table cell: the value (or "not enough data") over its numerator/denominator. */
export function RateCell({ lang, t, rate }: { lang: Lang; t: Translate; rate: Rate | undefined }) {
  if (!rate) return <>–</>;
  return (
    <>
      {rate.value === null ? <span className="whitespace-nowrap italic text-gray-700">{t("tr.notEnough")}</span> : <span className="font-semibold">{formatPercent(lang, rate.value)}</span>}
      <span className="block text-xs text-gray-700">{ratio(lang, t, rate.numerator, rate.denominator)}</span>
    </>
  );
}

/** A value that may be missing, in a table cell: "not enough data" set apart in italics. */
export function Missing({ text, missing }: { text: string; missing: boolean }) {
  return missing ? <span className="italic text-gray-700">{text}</span> : <>{text}</>;
}
