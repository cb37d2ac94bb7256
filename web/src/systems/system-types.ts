/** The shapes of the systems API, from the route schemas (src/systems/schemas.ts) via web/src/api/openapi.d.ts. */
import type { BodyOf, ResponseOf } from '../api/types.ts';

/** GET /api/systems */
export type SystemList = ResponseOf<'/api/systems', 'get'>;
export type System = SystemList['systems'][number];
export type SystemCategory = System['category'];
export type DataClassification = System['classification'];
/** POST /api/systems */
export type AddSystemBody = BodyOf<'/api/systems', 'post'>;
/** PATCH /api/systems/:id: only what changes. */
export type UpdateSystemBody = BodyOf<'/api/systems/{id}', 'patch'>;

export const categoryLabels: Record<SystemCategory, string> = {
  'cloud-provider': 'Cloud provider',
  'code-repository': 'Code repository',
  'production-database': 'Production database',
  'payment-processor': 'Payment processor',
  email: 'Email',
  chat: 'Chat',
  'password-manager': 'Password manager',
  monitoring: 'Monitoring',
  support: 'Support',
  marketing: 'Marketing',
  analytics: 'Analytics',
  hr: 'HR',
  finance: 'Finance',
  legal: 'Legal',
  'customer-facing-admin': 'Customer-facing admin',
  other: 'Other',
};

/** The Data Classification Policy's classes, with what each holds. */
export const classificationLabels: Record<DataClassification, { label: string; color: string; holds: string }> = {
  confidential: { label: 'Confidential', color: 'red', holds: 'customer data, personal data, secrets, contracts, finances' },
  internal: { label: 'Internal', color: 'blue', holds: 'plans, internal documents, code, chat' },
  public: { label: 'Public', color: 'gray', holds: 'what the company has chosen to publish' },
};

/** The system's page in the web UI. */
export const systemPage = (id: string) => `/systems/${encodeURIComponent(id)}`;
