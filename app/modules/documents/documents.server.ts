import { foldAll } from "../search/normalize";

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

/** File types we accept as attachments, by content (magic bytes), not by name. */
export const ATTACHMENT_TYPES = {
  pdf: "application/pdf",
  jpeg: "image/jpeg",
  png: "image/png",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** A short label for a file type, e.g. "PDF", "DOCX". */
export function fileKindLabel(contentType: string): string {
  const entry = Object.entries(ATTACHMENT_TYPES).find(([, v]) => v === contentType);
  return entry ? entry[0].toUpperCase() : "FILE";
}
