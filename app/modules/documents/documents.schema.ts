import { FILE_TYPES } from "../petitions/file-type";
import { z } from "zod";
import { PageParam } from "../../utils/pagination";

export const DOCUMENT_KINDS = [
  "planning",
  "plan",
  "budget",
  "legal",
  "support_policy",
  "complaint_result",
  "report",
  "consultation_draft",
] as const;

/** Filters of /documents; unknown values are ignored rather than refused (they come from links). */
export const DocumentFilters = z.object({
  q: z
    .string()
    .transform((s) => s.normalize("NFC").trim().slice(0, 200))
    .optional()
    .catch(undefined),
  kind: z.enum(DOCUMENT_KINDS).optional().catch(undefined),
  agency: z.string().regex(/^[a-z0-9-]{1,80}$/).optional().catch(undefined),
  year: z.coerce.number().int().min(1990).max(2100).optional().catch(undefined),
  page: PageParam,
});
export type DocumentFilters = z.infer<typeof DocumentFilters>;

export const DocumentId = z.coerce.number().int().positive().max(2_147_483_647);

// Used by the pages too, so not in documents.server.ts (a .server value is undefined in the browser).
/** A short label for a stored file's type, e.g. "PDF", "DOCX". */
export function fileKindLabel(contentType: string): string {
  const type = Object.values(FILE_TYPES).find((t) => t.contentType === contentType);
  return type ? type.kind.toUpperCase() : "FILE";
}
