import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { assertCsrf, getStaff, logout } from "../modules/staff/session.server";
import { getDb, getEnv } from "../utils/db.server";

// Signing out changes state, so it is a POST with the session's anti-forgery token; a GET does nothing.
export function loader() {
  return new Response("Hãy đăng xuất bằng nút “Đăng xuất” trên trang cán bộ.\nSign out with the “Sign out” button on a staff page.\n", {
    status: 405,
    headers: { Allow: "POST", "Content-Type": "text/plain; charset=utf-8" },
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const [db, env] = await Promise.all([getDb(), getEnv()]);
  const form = await request.formData();
  const staff = await getStaff(request, db, env);
  // A session that has already ended has nothing to protect: just clear the cookie.
  if (staff) assertCsrf(form, staff);
  const setCookie = await logout(request, db, env);
  throw redirect("/staff/login", { status: 303, headers: { "Set-Cookie": setCookie } });
}
