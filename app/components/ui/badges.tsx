import type { OnlineLevel } from "../../../db/types";
import { useI18n } from "../../i18n/use-t";

const STYLE: Record<OnlineLevel, string> = {
  full: "bg-green-100 text-green-900",
  partial: "bg-blue-100 text-blue-900",
  none: "bg-gray-200 text-gray-900",
};

/** The online public service level of a procedure, in words (not colour alone). */
export function OnlineBadge({ level }: { level: OnlineLevel }) {
  const { t } = useI18n();
  return <span className={`badge ${STYLE[level]}`}>{t(`procedures.online.${level}`)}</span>;
}
