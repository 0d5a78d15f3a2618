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

