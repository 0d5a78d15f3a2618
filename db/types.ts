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

export type FilerType = "citizen" | "business";
export type PetitionStatusColumn =
  | "received"
  | "in_progress"
  | "waiting_for_filer"
  | "answered"
  | "published"
  | "transferred"
  | "rejected"
  | "withdrawn";
export type Rating = "very_satisfied" | "satisfied" | "not_satisfied";
export type StaffRole = "officer" | "admin";
export type OutboxStatus = "pending" | "sending" | "sent" | "kept" | "failed";

export interface AppSecretsTable {
  name: string;
  value: string;
}

export interface TopicsTable {
  id: Generated<number>;
  slug: string;
  name_vi: string;
  name_en: string;
  forward_days: Generated<number>;
  answer_days: Generated<number>;
  update_days: Generated<number>;
  publish_days: Generated<number>;
  sort_order: Generated<number>;
  active: Generated<boolean>;
}

export interface PetitionCountersTable {
  year: number;
  last: Generated<number>;
}

export interface PetitionsTable {
  id: Generated<number>;
  code: string;
  submission_key: string;
  access_token_hash: string;
  filer_type: FilerType;
  filer_name: string;
  filer_email: string;
  filer_phone: string | null;
  filer_address: Generated<string>;
  business_name: Generated<string>;
  tax_code: Generated<string>;
  lang: Generated<"vi" | "en">;
  agency_id: number | null;
  topic_id: number;
  subject: string;
  body: string;
  public_consent: Generated<boolean>;
  status: Generated<PetitionStatusColumn>;
  filed_at: Timestamp;
  received_on: DateString;
  forward_due_on: DateString;
  due_on: DateString;
  paused_on: DateString | null;
  paused_days: Generated<number>;
  answered_on: DateString | null;
  publish_due_on: DateString | null;
  published_on: DateString | null;
  closed_on: DateString | null;
  reopen_count: Generated<number>;
  reject_reason: "duplicate" | "spam" | "out_of_scope" | "insufficient_info" | null;
  answer: string | null;
  answered_by: number | null;
  published_subject: string | null;
  published_body: string | null;
  published_answer: string | null;
  published_business_name: string | null;
  rating: Rating | null;
  rating_comment: string | null;
  rated_at: Date | null;
  updated_at: Timestamp;
  search_name: Generated<string>;
  search_body: Generated<string>;
  search_tsv: ReadOnly<string>;
}

export interface PetitionAttachmentsTable {
  petition_id: number;
  file_id: number;
  sort_order: Generated<number>;
}

export interface PetitionEventsTable {
  id: Generated<number>;
  petition_id: number;
  kind: string;
  from_status: string | null;
  to_status: string | null;
  actor: "filer" | "staff" | "system";
  staff_user_id: number | null;
  agency_id: number | null;
  message: string | null;
  public: Generated<boolean>;
  created_at: Timestamp;
}

export interface StaffUsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  password_hash: string;
  role: StaffRole;
  agency_id: number | null;
  active: Generated<boolean>;
  last_login_at: Date | null;
  created_at: Timestamp;
}

export interface SessionsTable {
  id_hash: string;
  staff_user_id: number;
  created_at: Timestamp;
  last_seen_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  staff_user_id: number | null;
  action: string;
  entity: string;
  entity_id: string;
  before: unknown;
  after: unknown;
  ip: string | null;
  created_at: Timestamp;
}

export interface RateLimitsTable {
  key: string;
  window_start: Date | string;
  count: Generated<number>;
}

export interface OutboxTable {
  id: Generated<number>;
  idempotency_key: string;
  template: string;
  to_address: string;
  lang: Generated<string>;
  subject: string;
  text: string;
  petition_id: number | null;
  status: Generated<OutboxStatus>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  lease_until: Date | null;
  last_error: string | null;
  provider_id: string | null;
  created_at: Timestamp;
  sent_at: Date | null;
}

export interface AgencyMonthStatsTable {
  agency_id: number;
  month: DateString;
  received: Generated<number>;
  answered: Generated<number>;
  answered_on_time: Generated<number>;
  answered_with_consent: Generated<number>;
  published: Generated<number>;
  rated: Generated<number>;
  satisfied: Generated<number>;
  reopened: Generated<number>;
  open: Generated<number>;
  /** Working days to answer → how many petitions took that long. */
  answer_days: ColumnType<Record<string, number>, string | undefined, string>;
  refreshed_at: Timestamp;
}

export interface IndexMethodsTable {
  version: number;
  weights: ColumnType<Record<string, number>, string, string>;
  min_cases: Generated<number>;
  note_vi: Generated<string>;
  note_en: Generated<string>;
  created_by: number | null;
  created_at: Timestamp;
}

export interface FigureSnapshotsTable {
  period: string;
  method_version: number;
  data: ColumnType<unknown, string, string>;
  created_at: Timestamp;
}

export interface ProcedureStatsTable {
  procedure_id: number;
  quarter: string;
  total: number;
  online: number;
  postal_received: number;
  postal_returned: number;
  updated_at: Timestamp;
}

export interface EdocStatsTable {
  agency_id: number;
  quarter: string;
  total: number;
  electronic: number;
  updated_at: Timestamp;
}

export interface PciResultsTable {
  year: number;
  /** numeric: pg returns it as a string */
  transparency_score: ColumnType<string, string | number, string | number>;
  transparency_rank: number;
  provinces: Generated<number>;
  pci_score: ColumnType<string | null, string | number | null | undefined, string | number | null>;
  pci_rank: number | null;
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
  app_secrets: AppSecretsTable;
  topics: TopicsTable;
  petition_counters: PetitionCountersTable;
  petitions: PetitionsTable;
  petition_attachments: PetitionAttachmentsTable;
  petition_events: PetitionEventsTable;
  staff_users: StaffUsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  rate_limits: RateLimitsTable;
  outbox: OutboxTable;
  agency_month_stats: AgencyMonthStatsTable;
  index_methods: IndexMethodsTable;
  figure_snapshots: FigureSnapshotsTable;
  procedure_stats: ProcedureStatsTable;
  edoc_stats: EdocStatsTable;
  pci_results: PciResultsTable;
}
