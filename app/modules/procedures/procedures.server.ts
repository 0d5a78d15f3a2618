import { foldAll } from "../search/normalize";

/** A procedure's published record counts as current when updated within this many days. */
export const PROCEDURE_FRESH_DAYS = 365;

/** The folded text a procedure is found by: its name and code first, the details second. */
export function procedureSearchText(p: {
  code: string;
  name_vi: string;
  name_en?: string | null;
  field_vi?: string;
  agency_vi?: string;
  required_documents_vi?: string[];
  legal_basis_vi?: string[];
  steps_vi?: string[];
}) {
  return {
    search_name: foldAll(p.name_vi, p.name_en, p.code),
    search_body: foldAll(p.field_vi, p.agency_vi, p.required_documents_vi ?? [], p.steps_vi ?? [], p.legal_basis_vi ?? []),
  };
}
