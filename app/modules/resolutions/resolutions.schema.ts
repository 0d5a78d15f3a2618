import { z } from "zod";
import { PageParam } from "../../utils/pagination";

/** Filters of /resolutions; unknown values are ignored rather than refused (they come from links). */
export const ResolutionFilters = z.object({
  q: z
    .string()
    .transform((s) => s.normalize("NFC").trim().slice(0, 200))
    .optional()
    .catch(undefined),
  agency: z.string().regex(/^[a-z0-9-]{1,80}$/).optional().catch(undefined),
  /** The year the answer was published. */
  year: z.coerce.number().int().min(1990).max(2100).optional().catch(undefined),
  page: PageParam,
});
export type ResolutionFilters = z.infer<typeof ResolutionFilters>;

/** A petition's public code, as in /resolutions/PA-2026-000123; anything else is a 404. */
export const ResolutionCode = z.string().regex(/^PA-\d{4}-\d{6}$/);
