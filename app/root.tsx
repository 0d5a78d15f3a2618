import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useRouteError,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { resolveLang } from "./i18n/lang.server";
import { getProvince } from "./modules/agencies/agencies.queries.server";
import { getDb, getEnv } from "./utils/db.server";
import { useNonce } from "./utils/nonce";
import { SiteFooter, SiteHeader } from "./components/ui/site-chrome";
import { ErrorPage } from "./components/ui/error-page";
import stylesheet from "./tailwind.css";
import { useDocumentTitle } from "./utils/meta";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.ico", sizes: "any" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const { lang, setCookie } = resolveLang(request);
  const [province, env] = await Promise.all([getDb().then(getProvince), getEnv()]);
  // Demo mode shows the demo mailbox link in the footer.
  return data({ lang, province, demo: env.SEED_DEMO }, { headers: setCookie ? { "Set-Cookie": setCookie } : undefined });
}


export function Layout({ children }: { children: ReactNode }) {
  const root = useRouteLoaderData<typeof loader>("root");
  const nonce = useNonce();
  const title = useDocumentTitle();
  return (
    <html lang={root?.lang ?? "vi"}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#a11d21" />
        <title>{title}</title>
        <Meta />
        <Links />
      </head>
      <body className="flex min-h-screen flex-col">
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  return (
    <>
      <SiteHeader />
      <main id="main" className="container-page flex-1 py-8">
        <ErrorPage status={status} />
      </main>
      <SiteFooter />
    </>
  );
}
