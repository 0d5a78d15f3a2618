import { Link, isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { useI18n } from "../../i18n/use-t";

/** The site's own 404 / 403 / 500 message, in the reader's language. */
export function ErrorPage({ status, message }: { status: number; message?: string }) {
  const { t } = useI18n();
  const [title, body] =
    status === 404
      ? [t("error.notFoundTitle"), t("error.notFound")]
      : status === 403
        ? [t("error.forbiddenTitle"), t("error.forbidden")]
        : status === 503
          ? [t("error.unavailableTitle"), t("error.unavailable")]
          : status === 429
            ? [t("error.tooManyTitle"), t("error.tooMany", { minutes: 15 })]
            : status === 409
              ? [t("error.conflictTitle"), t("petition.error.conflict")]
              : [t("error.serverTitle"), t("error.server")];
  return (
    <div className="max-w-2xl">
      <h1>{title}</h1>
      <p className="mt-3">{message ?? body}</p>
      <p className="mt-6">
        <Link to="/" className="btn-primary">
          {t("error.home")}
        </Link>
      </p>
    </div>
  );
}

/** ErrorBoundary for routes inside the public layout: 404 and 403 in the reader's language. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // A 429 or 409 carries its own message in the reader's language (see utils/http.server.ts).
  const message = isRouteErrorResponse(error) && [409, 429].includes(status) && typeof error.data === "string" && error.data ? error.data : undefined;
  return <ErrorPage status={status} message={message} />;
}
