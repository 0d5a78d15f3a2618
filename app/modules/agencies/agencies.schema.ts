import { z } from "zod";

/** Agency slugs as in /agencies/so-thong-tin-va-truyen-thong; anything else is a 404. */
export const AgencySlug = z.string().regex(/^[a-z0-9-]{1,80}$/);
