import { z } from "zod";

/** Agency slugs as in /agencies/so-thong-tin-va-truyen-thong; anything else is a 404. */
export const AgencySlug = z.string().regex(/^[a-z0-9-]{1,80}$/);

// Shared with the pages (a value from a .server module is undefined in the browser).
/** How agency lists are grouped: departments first, districts last (the province's own order within). */
export const AGENCY_KIND_ORDER = ["department", "provincial_body", "public_service_unit", "district"] as const;
