import type { LoaderFunctionArgs } from "@remix-run/node";
import { RouteErrorBoundary } from "../components/ui/error-page";
import { notFound } from "../utils/http.server";
import { titleMeta } from "../utils/meta";

export const meta = titleMeta;

// Any unknown address: the site's own 404 page, with its header and footer.
export async function loader(_: LoaderFunctionArgs) {
  notFound();
}

export default function NotFound() {
  return null;
}

export const ErrorBoundary = RouteErrorBoundary;
