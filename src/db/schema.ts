/**
 * Row types of every table, for Kysely. Timestamps are ISO 8601 UTC strings with milliseconds
 * ("2026-06-30T14:00:00.000Z") on both engines: they sort as text, and the evidence log hashes
 * exactly the bytes it stores.
 */
export interface Database {
  workspace: WorkspaceTable;
  evidence_events: EvidenceEventTable;
  evidence_head: EvidenceHeadTable;
  evidence_checkpoints: EvidenceCheckpointTable;
  attachments: AttachmentTable;
  obligations: ObligationTable;
  obligation_due_dates: ObligationDueDateTable;
  obligation_completions: ObligationCompletionTable;
  users: UserTable;
  recovery_codes: RecoveryCodeTable;
  invites: InviteTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  auth_failures: AuthFailureTable;
  sso_requests: SsoRequestTable;
  policies: PolicyTable;
  policy_versions: PolicyVersionTable;
  people: PersonTable;
  engagements: EngagementTable;
  systems: SystemTable;
  checklists: ChecklistTable;
  checklist_items: ChecklistItemTable;
  checklist_templates: ChecklistTemplateTable;
  assets: AssetTable;
  asset_assignments: AssetAssignmentTable;
  acknowledgements: AcknowledgementTable;
  acknowledgement_links: AcknowledgementLinkTable;
  connectors: ConnectorTable;
  account_snapshots: AccountSnapshotTable;
  accounts: AccountTable;
  account_mappings: AccountMappingTable;
  account_flag_stamps: AccountFlagStampTable;
  account_flags: AccountFlagRowTable;
  access_reviews: AccessReviewTable;
  access_review_systems: AccessReviewSystemTable;
  access_review_items: AccessReviewItemTable;
  access_review_comments: AccessReviewCommentTable;
  audit_window: AuditWindowTable;
  audit_requests: AuditRequestTable;
  audit_request_links: AuditRequestLinkTable;
}

export interface WorkspaceTable {
  id: number;
  name: string;
  time_zone: string;
  created_at: string;
  /** 1: every user must use a second factor, not only owners, admins and auditors. */
  mfa_required_for_all: number;
  session_idle_minutes: number;
  session_max_hours: number;
  sso_issuer: string | null;
  sso_client_id: string | null;
  sso_client_secret: string | null;
  sso_only: number;
  dormant_after_days: number;
  credential_max_age_days: number;
}

export interface EvidenceEventTable {
  seq: number;
  recorded_at: string;
  effective_at: string;
  actor_type: string;
  actor_id: string;
  action: string;
  subject_type: string;
  subject_id: string;
  /** Canonical JSON text; hashed as stored. */
  data: string;
  /** Canonical JSON array of attachment SHA-256 hex digests. */
  attachments: string;
  prev_hash: string;
  hash: string;
}

/** One row (id 1): the end of the chain, signed, so that a cut or extended tail is detected. */
export interface EvidenceHeadTable {
  id: number;
  seq: number;
  hash: string;
  key_id: string | null;
  signature: string | null;
}

export interface EvidenceCheckpointTable {
  seq: number;
  hash: string;
  signed_at: string;
  key_id: string;
  signature: string;
}

export interface AttachmentTable {
  sha256: string;
  size_bytes: number;
  content_type: string;
  created_at: string;
}

/** A recurring obligation. Dates (`*_on`) are local YYYY-MM-DD dates in the workspace time zone. */
export interface ObligationTable {
  id: string;
  title: string;
  owner: string;
  subject_type: string | null;
  subject_id: string | null;
  /** ISO 8601 duration in calendar units ("P3M"); null when the due dates are listed in obligation_due_dates. */
  every: string | null;
  anchor_on: string;
  /** ISO 8601 duration in weeks and days ("P0D", "P5D"). */
  grace: string;
  created_at: string;
  retired_on: string | null;
}

export interface ObligationDueDateTable {
  obligation_id: string;
  due_on: string;
}

export interface ObligationCompletionTable {
  obligation_id: string;
  due_on: string;
  effective_at: string;
  recorded_at: string;
  /** The evidence event that proves the completion. */
  evidence_seq: number;
  note: string | null;
}

export interface UserTable {
  id: string;
  /** Lower case; links the user to a person in the directory. */
  email: string;
  name: string;
  role: string;
  access_from: string | null;
  access_until: string | null;
  password_hash: string | null;
  totp_secret: string | null;
  totp_enrolled_at: string | null;
  totp_last_step: number | null;
  created_at: string;
  activated_at: string | null;
  deactivated_at: string | null;
}

export interface RecoveryCodeTable {
  user_id: string;
  code_hash: string;
  used_at: string | null;
}

export interface InviteTable {
  token_hash: string;
  user_id: string | null;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface SessionTable {
  id: string;
  token_hash: string;
  user_id: string;
  /** "password" or "sso". */
  method: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  mfa_at: string | null;
  ip: string | null;
  user_agent: string | null;
  ended_at: string | null;
  end_reason: string | null;
}

export interface ApiTokenTable {
  id: string;
  token_hash: string;
  user_id: string;
  name: string;
  /** "read" or "read-write". */
  scope: string;
  created_at: string;
  expires_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AuthFailureTable {
  key: string;
  failed_at: string;
}

export interface SsoRequestTable {
  state: string;
  code_verifier: string;
  nonce: string;
  return_to: string;
  created_at: string;
}

export interface PolicyTable {
  id: string;
  /** "policy", "procedure" or "orientation". */
  kind: string;
  title: string;
  template_id: string | null;
  parent_id: string | null;
  owner_role: string;
  /** JSON array of person kinds. */
  applies_to: string;
  /** JSON array of Trust Services Criteria ids. */
  criteria: string;
  procedure: string | null;
  evidence: string | null;
  review_obligation_id: string | null;
  created_at: string;
  retired_at: string | null;
}

export interface PolicyVersionTable {
  policy_id: string;
  version: number;
  text: string;
  sha256: string;
  created_at: string;
  created_by: string;
  submitted_at: string | null;
  approved_at: string | null;
  approved_by: string | null;
  published_at: string | null;
  published_by: string | null;
  material: number | null;
}

export interface PersonTable {
  id: string;
  name: string;
  /** Lower case. */
  email: string;
  /** JSON array of lower-case addresses. */
  aliases: string;
  created_at: string;
}

/** One stretch of work for the company. Dates are local YYYY-MM-DD. */
export interface EngagementTable {
  id: string;
  person_id: string;
  kind: string;
  title: string | null;
  department: string | null;
  manager_id: string | null;
  start_on: string;
  end_on: string | null;
  end_obligation_id: string | null;
  created_at: string;
}

export interface SystemTable {
  id: string;
  name: string;
  category: string;
  owner: string;
  classification: string;
  in_scope: number;
  sso_enforced: number;
  mfa_enforced: number;
  session_timeout_minutes: number | null;
  default_role: string | null;
  created_at: string;
  retired_at: string | null;
  /** "import", or the connector that pulls its accounts. */
  accounts_from: string;
}

export interface ChecklistTable {
  id: string;
  engagement_id: string;
  /** "onboarding" or "offboarding". */
  kind: string;
  started_at: string;
  started_by: string;
  terminates_at: string | null;
  reason: string | null;
  conversation_at: string | null;
  batch_id: string | null;
  obligation_id: string | null;
}

export interface ChecklistItemTable {
  checklist_id: string;
  position: number;
  key: string;
  phase: string;
  title: string;
  /** "confirmation", "file" or "link". */
  proof: string;
  /** "admin", "manager" or "person". */
  confirmed_by: string;
  system_id: string | null;
  access_role: string | null;
  asset_id: string | null;
  done_at: string | null;
  effective_at: string | null;
  done_by: string | null;
  outcome: string | null;
  link: string | null;
  attachment_sha256: string | null;
  note: string | null;
  evidence_seq: number | null;
}

export interface ChecklistTemplateTable {
  /** "<onboarding|offboarding>:<person kind>". */
  id: string;
  items: string;
  updated_at: string;
  updated_by: string;
}

export interface AssetTable {
  id: string;
  kind: string;
  tag: string;
  description: string | null;
  created_at: string;
}

export interface AssetAssignmentTable {
  id: string;
  asset_id: string;
  engagement_id: string;
  assigned_at: string;
  assigned_by: string;
  returned_at: string | null;
  returned_by: string | null;
  return_note: string | null;
}

export interface AcknowledgementTable {
  person_id: string;
  policy_id: string;
  version: number;
  sha256: string;
  acknowledged_at: string;
  /** "session" or "link". */
  via: string;
  evidence_seq: number;
}

export interface AcknowledgementLinkTable {
  token_hash: string;
  person_id: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface ConnectorTable {
  system_id: string;
  kind: string;
  settings: string;
  credential: string;
  updated_at: string;
  updated_by: string;
}

export interface AccountSnapshotTable {
  id: string;
  system_id: string;
  number: number;
  format: string;
  as_of: string;
  imported_at: string;
  imported_by: string;
  sources: string;
  accounts: number;
}

export interface AccountTable {
  snapshot_id: string;
  external_id: string;
  email: string | null;
  user_name: string | null;
  display_name: string | null;
  roles: string;
  privileged: number;
  privilege_reason: string | null;
  mfa: number | null;
  last_activity_at: string | null;
  last_activity_known: number;
  created_at: string | null;
  status: string;
  kind: string;
  credential_rotated_at: string | null;
  oauth_grants: number | null;
  source_file: string;
  source_line: number;
}

export interface AccountMappingTable {
  system_id: string;
  external_id: string;
  person_id: string;
  mapped_at: string;
  mapped_by: string;
}

export interface AccountFlagStampTable {
  snapshot_id: string;
  inputs: string;
  masks: string;
}

export interface AccountFlagRowTable {
  snapshot_id: string;
  position: number;
  external_id: string;
  person_id: string | null;
  person_status: string | null;
  matched_by: string | null;
  flags: string;
  flag_mask: number;
  search_text: string;
}

export interface AccessReviewTable {
  id: string;
  quarter: string;
  started_at: string;
  started_by: string;
  closed_at: string | null;
  closed_by: string | null;
}

export interface AccessReviewSystemTable {
  review_id: string;
  system_id: string;
  reviewer: string;
  before_snapshot_id: string;
  obligation_id: string | null;
  due_on: string | null;
  signed_off_at: string | null;
  signed_off_by: string | null;
}

export interface AccessReviewItemTable {
  review_id: string;
  system_id: string;
  external_id: string;
  person_id: string | null;
  matched_by: string | null;
  flags: string;
  flag_mask: number;
  own_account_of: string | null;
  sort_key: string;
  search_text: string;
  decision: string | null;
  reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
  exception_reason: string | null;
  exception_by: string | null;
  exception_at: string | null;
}

export interface AccessReviewCommentTable {
  id: string;
  review_id: string;
  system_id: string;
  external_id: string;
  author: string;
  text: string;
  at: string;
}

/** One row (id 1) once the observation period is set. */
export interface AuditWindowTable {
  id: number;
  from_on: string;
  to_on: string;
  firm: string | null;
  set_at: string;
  set_by: string;
}

export interface AuditRequestTable {
  id: string;
  control_ref: string | null;
  description: string;
  due_on: string;
  added_at: string;
  added_by: string;
  updated_at: string | null;
  updated_by: string | null;
}

export interface AuditRequestLinkTable {
  request_id: string;
  number: number;
  kind: string;
  population: string | null;
  from_on: string | null;
  to_on: string | null;
  attachment_sha256: string | null;
  file_name: string | null;
  package_seq: number | null;
  note: string | null;
  linked_at: string;
  linked_by: string;
  removed_at: string | null;
  removed_by: string | null;
}
