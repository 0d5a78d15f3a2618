// Liveness: the process answers. No database call, so a database outage does not get app servers killed.
export function loader() {
  return new Response("ok", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
}
