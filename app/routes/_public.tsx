import { Outlet } from "@remix-run/react";
import { SiteFooter, SiteHeader } from "../components/ui/site-chrome";

export default function PublicLayout() {
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="container-page flex-1 py-6 outline-none print:p-0">
        <Outlet />
      </main>
      <SiteFooter />
    </>
  );
}
