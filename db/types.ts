import type { ColumnType, Generated } from "kysely";

/** A DATE column, read and written as "YYYY-MM-DD" (the parsers in db/client.ts keep it a string). */
export type DateString = string;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** Generated columns: read only. */
type ReadOnly<T> = ColumnType<T, never, never>;

export type AgencyKind = "department" | "district" | "provincial_body" | "public_service_unit";
export type OnlineLevel = "full" | "partial" | "none";
export type DocumentKind =
  | "planning"
  | "plan"
  | "budget"
  | "legal"
  | "support_policy"
  | "complaint_result"
  | "report"
  | "consultation_draft";
export type HolidayKind = "holiday" | "day_off" | "workday";

export interface ProvinceTable {
  id: number;
  name_vi: string;
  name_en: string;
  area_code: string;
  portal_name_vi: string;
  portal_name_en: string;
  address: Generated<string>;
  email: Generated<string>;
  hotline: Generated<string>;
}

export interface AgenciesTable {
  id: Generated<number>;
  slug: string;
  name_vi: string;
  name_en: string | null;
  short_name_vi: string | null;
  kind: AgencyKind;
  address: Generated<string>;
  email: Generated<string>;
  website: string | null;
  head_name: string | null;
  head_title_vi: string | null;
  office_hours_vi: Generated<string>;
  office_hours_en: Generated<string>;
  description_vi: Generated<string>;
  description_en: Generated<string>;
  sort_order: Generated<number>;
  active: Generated<boolean>;
  search_name: Generated<string>;
  search_body: Generated<string>;
  search_tsv: ReadOnly<string>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface HotlinesTable {
  id: Generated<number>;
  agency_id: number;
  number: string;
  label_vi: string;
  label_en: Generated<string>;
  hours_vi: Generated<string>;
  hours_en: Generated<string>;
  verified_on: DateString | null;
  sort_order: Generated<number>;
}

export interface ProcedureFieldsTable {
  id: Generated<number>;
  slug: string;
  name_vi: string;
  name_en: string;
}

export interface ProceduresTable {
  id: Generated<number>;
  code: string;
  name_vi: string;
  name_en: string | null;
  agency_id: number;
  field_id: number;
  level: Generated<"province" | "district" | "commune">;
  online_level: OnlineLevel;
  processing_days: number | null;
  processing_note_vi: Generated<string>;
  fee_vi: Generated<string>;
  required_documents_vi: Generated<string[]>;
  steps_vi: Generated<string[]>;
  legal_basis_vi: Generated<string[]>;
  postal_receipt: Generated<boolean>;
  postal_return: Generated<boolean>;
  online_url: string | null;
  updated_on: DateString;
  search_name: Generated<string>;
  search_body: Generated<string>;
  search_tsv: ReadOnly<string>;
  created_at: Timestamp;
}

export interface FilesTable {
  id: Generated<number>;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  data: Uint8Array;
  created_at: Timestamp;
}

export interface DocumentsTable {
  id: Generated<number>;
  kind: DocumentKind;
  number: string;
  title_vi: string;
  title_en: string | null;
  summary_vi: Generated<string>;
  summary_en: string | null;
  agency_id: number;
  signer: string | null;
  issued_on: DateString;
  effective_on: DateString | null;
  published_at: Timestamp;
  search_name: Generated<string>;
  search_body: Generated<string>;
  search_tsv: ReadOnly<string>;
}

export interface DocumentAttachmentsTable {
  document_id: number;
  file_id: number;
  label_vi: Generated<string>;
  sort_order: Generated<number>;
}

export interface HolidaysTable {
  date: DateString;
  kind: HolidayKind;
  name_vi: string;
  name_en: string;
  source: Generated<string>;
}

export interface Database {
  province: ProvinceTable;
  agencies: AgenciesTable;
  hotlines: HotlinesTable;
  procedure_fields: ProcedureFieldsTable;
  procedures: ProceduresTable;
  files: FilesTable;
  documents: DocumentsTable;
  document_attachments: DocumentAttachmentsTable;
  holidays: HolidaysTable;
}
