import { formatDate, pick } from "../../i18n";
import { useI18n } from "../../i18n/use-t";
import type { PetitionStatus, Urgency } from "../../modules/petitions/petitions.rules";

const STATUS_STYLE: Record<PetitionStatus, string> = {
  received: "bg-blue-100 text-blue-900",
  in_progress: "bg-blue-100 text-blue-900",
  waiting_for_filer: "bg-yellow-100 text-yellow-900",
  transferred: "bg-purple-100 text-purple-900",
  answered: "bg-green-100 text-green-900",
  published: "bg-green-100 text-green-900",
  rejected: "bg-gray-200 text-gray-900",
  withdrawn: "bg-gray-200 text-gray-900",
};

/** The petition's status as a coloured label (the words carry the meaning; colour only helps). */
export function StatusBadge({ status }: { status: PetitionStatus }) {
  const { t } = useI18n();
  return <span className={`badge ${STATUS_STYLE[status]}`}>{t(`petition.status.${status}`)}</span>;
}

const URGENCY_STYLE: Record<Urgency, string> = {
  overdue: "bg-red-700 text-white",
  due_soon: "bg-yellow-300 text-gray-900",
  on_track: "bg-gray-100 text-gray-900",
  paused: "bg-gray-100 text-gray-900",
  closed: "bg-gray-100 text-gray-900",
};

export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const { t } = useI18n();
  return <span className={`badge ${URGENCY_STYLE[urgency]}`}>{t(`petition.urgency.${urgency}`)}</span>;
}

export interface TimelineEvent {
  id: number;
  kind: string;
  at: string;
  agency_vi: string | null;
  agency_en: string | null;
  message?: string | null;
  actor?: string;
  staffName?: string | null;
  isPublic?: boolean;
}

const KNOWN = new Set(["filed", "acknowledge", "request_info", "provide_info", "transfer", "answer", "reject", "note", "publish", "withdraw", "reopen", "rate"]);

/** The timeline, oldest first, with what happened, when and (for a transfer) to whom. */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  const { t, lang } = useI18n();
  return (
    <ol className="mt-3 border-l-4 border-gray-300 pl-4">
      {events.map((e) => (
        <li key={e.id} className="mb-4">
          <p className="font-semibold">
            {KNOWN.has(e.kind) ? t(`petition.event.${e.kind}` as "petition.event.filed") : e.kind}
            {e.kind === "transfer" && e.agency_vi ? `: ${pick(lang, e.agency_vi, e.agency_en)}` : ""}
          </p>
          <p className="text-sm text-gray-700">
            <time dateTime={e.at}>{formatDate(lang, e.at)}</time>
            {e.staffName ? ` · ${e.staffName}` : ""}
          </p>
          {e.message ? <p className="mt-1 whitespace-pre-line">{e.message}</p> : null}
        </li>
      ))}
    </ol>
  );
}

export interface FilerDetailsData {
  type: "citizen" | "business";
  name: string;
  email: string;
  phone: string | null;
  address: string;
  businessName: string;
  taxCode: string;
}

/** The filer's own details (private page and staff page only: never on a public page). */
export function FilerDetails({ filer, showType = false, className = "mt-1" }: { filer: FilerDetailsData; showType?: boolean; className?: string }) {
  const { t } = useI18n();
  return (
    <dl className={`${className} grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]`}>
      <dt className="font-semibold">{t("petition.new.name")}</dt>
      <dd>
        {filer.name}
        {showType ? ` (${t(`petition.filer.${filer.type}`)})` : null}
      </dd>
      <dt className="font-semibold">{t("petition.new.email")}</dt>
      <dd>{filer.email}</dd>
      {filer.phone ? (
        <>
          <dt className="font-semibold">{t("petition.new.phone")}</dt>
          <dd>{filer.phone}</dd>
        </>
      ) : null}
      {filer.address ? (
        <>
          <dt className="font-semibold">{t("petition.new.address")}</dt>
          <dd>{filer.address}</dd>
        </>
      ) : null}
      {filer.type === "business" ? (
        <>
          <dt className="font-semibold">{t("petition.new.businessName")}</dt>
          <dd>{filer.businessName}</dd>
          <dt className="font-semibold">{t("petition.new.taxCode")}</dt>
          <dd>{filer.taxCode}</dd>
        </>
      ) : null}
    </dl>
  );
}
