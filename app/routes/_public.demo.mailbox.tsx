import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Fragment } from "react";
import { RouteErrorBoundary } from "../components/ui/error-page";
import { Pagination } from "../components/ui/pagination";
import { translator } from "../i18n";
import { getLang } from "../i18n/lang.server";
import { useI18n } from "../i18n/use-t";
import { listMailbox } from "../modules/mail/mail.queries.server";
import { appState } from "../utils/db.server";
import { notFound } from "../utils/http.server";
import { PageParam } from "../utils/pagination";

export const ErrorBoundary = RouteErrorBoundary;

// Exists only in demo mode: it shows what would have been mailed, filers' addresses included.
export async function loader({ request }: LoaderFunctionArgs) {
  const { env, handle } = await appState();
  if (!env.SEED_DEMO) notFound();
  const page = PageParam.parse(new URL(request.url).searchParams.get("page") ?? undefined);
  const mail = await listMailbox(handle.db, { page });
  return { title: translator(getLang(request))("mailbox.title"), mail };
}

export const headers = () => ({ "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" });

/** Mail text with its links clickable (the private link in a receipt is what the demo needs). */
function Linked({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"]+)/g);
  return (
    <>
      {parts.map((part, i) =>
        /^https?:\/\//.test(part) ? (
          <a key={i} href={part.replace(/^https?:\/\/[^/]+/, "")}>
            {part}
          </a>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

export default function Mailbox() {
  const { title, mail } = useLoaderData<typeof loader>();
  const { t, lang } = useI18n();
  return (
    <div className="max-w-3xl">
      <h1>{title}</h1>
      <p className="mt-2">{t("mailbox.lead")}</p>
      {mail.items.length === 0 ? <p className="mt-6">{t("mailbox.empty")}</p> : null}
      <ol className="mt-6 space-y-6">
        {mail.items.map((m) => (
          <li key={m.id} className="card">
            <h2 className="text-lg">{m.subject}</h2>
            <p className="mt-1 text-sm text-gray-700">
              {t("mailbox.to")}: {m.to} · {new Date(m.createdAt).toLocaleString(lang === "vi" ? "vi-VN" : "en-GB", { timeZone: "Asia/Ho_Chi_Minh" })} · {t(`mailbox.status.${m.status}`)}
            </p>
            <pre className="mt-3 whitespace-pre-wrap break-words font-sans">
              <Linked text={m.text} />
            </pre>
          </li>
        ))}
      </ol>
      <Pagination page={mail.page} pages={mail.pages} />
    </div>
  );
}
