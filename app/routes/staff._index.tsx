import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { SelectField } from "../components/forms/fields";
import { Pagination } from "../components/ui/pagination";
import { StatusBadge, UrgencyBadge } from "../components/ui/petition";
import { formatDate, formatNumber, pick } from "../i18n";
import { useI18n } from "../i18n/use-t";
import { listTopics } from "../modules/petitions/petitions.queries.server";
import { INBOX_STATUSES } from "../modules/petitions/petitions.rules";
import { inbox } from "../modules/petitions/petitions.server";
import { requireStaff } from "../modules/staff/session.server";
import { PageParam, pageOf } from "../utils/pagination";
import { searchParamsOf } from "../utils/http.server";
import { requestContext } from "../utils/request.server";

const InboxFilters = z.object({
  status: z.enum(INBOX_STATUSES).catch("open"),
  topic: z.string().regex(/^[a-z0-9-]{1,80}$/).optional().catch(undefined),
  queue: z.enum(["all", "triage"]).catch("all"),
  page: PageParam,
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  const ctx = await requestContext(request, context);
  const { user } = await requireStaff(request, ctx.db, ctx.env);
  const filters = InboxFilters.parse(searchParamsOf(request));
  const [result, topics] = await Promise.all([inbox(ctx.db, user, filters, ctx.today, ctx.cal), listTopics(ctx.db)]);
  const title = user.role === "admin" ? ctx.t("petition.staff.inboxAll") : ctx.t("petition.staff.inboxOf", { agency: user.agencyName ?? "" });
  return { title, user, filters, topics, counts: result.counts, page: pageOf(result.rows, result.total, filters.page) };
}

export default function Inbox() {
  const { title, user, filters, topics, counts, page } = useLoaderData<typeof loader>();
  const { t, lang } = useI18n();
  const isAdmin = user.role === "admin";
  return (
    <div>
      <h1>{title}</h1>
      <ul className="mt-4 flex flex-wrap gap-3" aria-label={t("petition.staff.inbox")}>
        <li className="card min-w-[9rem]">
          <span className="block text-3xl font-bold">{formatNumber(lang, counts.open)}</span> {t("petition.staff.open")}
        </li>
        <li className="card min-w-[9rem] border-red-700">
          <span className="block text-3xl font-bold text-red-800">{formatNumber(lang, counts.overdue)}</span> {t("petition.staff.overdue")}
        </li>
        <li className="card min-w-[9rem]">
          <span className="block text-3xl font-bold">{formatNumber(lang, counts.dueSoon)}</span> {t("petition.staff.dueSoon")}
        </li>
        {isAdmin ? (
          <li className="card min-w-[9rem]">
            <Link to="/staff?queue=triage" className="block text-3xl font-bold">
              {formatNumber(lang, counts.triage)}
            </Link>{" "}
            {t("petition.staff.triage")}
          </li>
        ) : null}
      </ul>
      <Form method="get" className="mt-6 grid gap-3 rounded-lg bg-gray-50 p-4 sm:grid-cols-2 lg:grid-cols-4">
        {isAdmin ? (
          <SelectField
            id="queue"
            name="queue"
            label={t("petition.staff.queue")}
            value={filters.queue}
            options={[
              { value: "all", label: t("petition.staff.queueAll") },
              { value: "triage", label: t("petition.staff.queueTriage") },
            ]}
          />
        ) : null}
        <SelectField
          id="status"
          name="status"
          label={t("petition.staff.status")}
          value={filters.status}
          options={INBOX_STATUSES.map((s) => ({
            value: s,
            label: s === "open" ? t("petition.staff.statusOpen") : s === "all" ? t("petition.staff.statusAll") : t(`petition.status.${s}`),
          }))}
        />
        <SelectField
          id="topic"
          name="topic"
          label={t("petition.staff.topic")}
          value={filters.topic}
          allLabel={t("petition.staff.topicAll")}
          options={topics.map((x) => ({ value: x.slug, label: pick(lang, x.name_vi, x.name_en) }))}
        />
        <div className="flex items-end">
          <button className="btn-primary w-full">{t("petition.staff.filter")}</button>
        </div>
      </Form>
      <p className="mt-4" role="status">
        {t("petition.staff.count", { count: formatNumber(lang, page.total) })}
      </p>
      {page.items.length === 0 ? (
        <p className="mt-4">{t("petition.staff.empty")}</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-gray-700">
                <th scope="col" className="p-2">{t("petition.staff.code")}</th>
                <th scope="col" className="p-2">{t("petition.staff.subject")}</th>
                {isAdmin ? <th scope="col" className="p-2">{t("petition.staff.agency")}</th> : null}
                <th scope="col" className="p-2">{t("petition.staff.status")}</th>
                <th scope="col" className="p-2">{t("petition.staff.due")}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((r) => (
                <tr key={r.code} className="border-b border-gray-300 align-top">
                  <td className="whitespace-nowrap p-2">
                    <Link to={`/staff/petitions/${r.code}`}>{r.code}</Link>
                  </td>
                  <td className="p-2">
                    {r.subject}
                    <span className="block text-sm text-gray-700">
                      {pick(lang, r.topic_vi, r.topic_en)} · {t(`petition.filer.${r.filer_type}`)} · {formatDate(lang, r.filed_at)}
                    </span>
                  </td>
                  {isAdmin ? <td className="p-2">{r.agency_vi ? pick(lang, r.agency_vi, r.agency_en) : t("petition.staff.triage")}</td> : null}
                  <td className="p-2">
                    <StatusBadge status={r.status} />
                  </td>
                  <td className="whitespace-nowrap p-2">
                    {formatDate(lang, r.due_on)} <UrgencyBadge urgency={r.urgency} />
                    {r.needsUpdate ? <span className="badge mt-1 block bg-yellow-100 text-yellow-900">{t("petition.staff.needsUpdate")}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page.page} pages={page.pages} />
    </div>
  );
}
