import type { AgencyKind, DocumentKind, OnlineLevel } from "../types";

export interface SeedHotline {
  number: string; // as printed, e.g. "0271 3879 555"
  label_vi: string;
  label_en: string;
  hours_vi: string;
  hours_en: string;
  verified_on: string; // YYYY-MM-DD
}

export interface SeedAgency {
  slug: string;
  name_vi: string;
  name_en: string;
  short_name_vi?: string;
  kind: AgencyKind;
  address: string;
  email: string;
  website: string | null;
  head_name: string;
  head_title_vi: string;
  office_hours_vi: string;
  office_hours_en: string;
  description_vi: string;
  description_en: string;
  hotlines: SeedHotline[];
}

export interface SeedField {
  slug: string;
  name_vi: string;
  name_en: string;
}

export interface SeedProcedure {
  code: string; // national code, e.g. "1.001612"
  name_vi: string;
  name_en?: string;
  agency: string; // agency slug
  field: string; // field slug
  level: "province" | "district" | "commune";
  online_level: OnlineLevel;
  processing_days: number | null;
  processing_note_vi?: string;
  fee_vi: string;
  required_documents_vi: string[];
  steps_vi: string[];
  legal_basis_vi: string[];
  postal_receipt: boolean;
  postal_return: boolean;
  online_url?: string;
  updated_on: string; // YYYY-MM-DD
}

export interface SeedAttachment {
  filename: string; // e.g. "ke-hoach-1234-ubnd.pdf"
  label_vi: string;
  format: "pdf" | "docx" | "xlsx";
  /** Text lines (pdf, docx) or rows of cells joined by "|" (xlsx). */
  lines: string[];
}

export interface SeedDocument {
  kind: DocumentKind;
  number: string; // số hiệu, e.g. "1234/KH-UBND"
  title_vi: string;
  title_en?: string;
  summary_vi: string;
  summary_en?: string;
  agency: string; // agency slug
  signer?: string;
  issued_on: string;
  effective_on?: string;
  attachments: SeedAttachment[];
}
