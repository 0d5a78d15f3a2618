import { foldAll } from "../search/normalize";
import { FILE_TYPES } from "../petitions/file-type";

/** The folded text a document is found by: number and title first, summary and issuer second. */
export function documentSearchText(d: {
  number: string;
  title_vi: string;
  title_en?: string | null;
  summary_vi?: string;
  agency_vi?: string;
  signer?: string | null;
}) {
  return {
    search_name: foldAll(d.number, d.title_vi, d.title_en),
    search_body: foldAll(d.summary_vi, d.agency_vi, d.signer),
  };
}

/** A short label for a stored file's type, e.g. "PDF", "DOCX". */
export function fileKindLabel(contentType: string): string {
  const type = Object.values(FILE_TYPES).find((t) => t.contentType === contentType);
  return type ? type.kind.toUpperCase() : "FILE";
}
