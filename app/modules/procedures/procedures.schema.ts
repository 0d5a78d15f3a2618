import { z } from "zod";
import { PageParam } from "../../utils/pagination";

const optionalText = (max: number) =>
  z
    .string()
    .transform((s) => s.normalize("NFC").trim().slice(0, max))
    .optional()
    .catch(undefined);
const slug = z.string().regex(/^[a-z0-9-]{1,80}$/).optional().catch(undefined);

/** Filters of /procedures; unknown values are ignored rather than refused (they come from links). */
export const ProcedureFilters = z.object({
  q: optionalText(200),
  agency: slug,
  field: slug,
  online: z.enum(["full", "partial", "none", "any"]).optional().catch(undefined),
  postal: z.enum(["receipt", "return", "any"]).optional().catch(undefined),
  page: PageParam,
});
export type ProcedureFilters = z.infer<typeof ProcedureFilters>;

/** National procedure codes look like "1.001612"; anything else is a 404, not a query. */
export const ProcedureCode = z.string().regex(/^[0-9]{1,2}\.[0-9]{6}$/);
