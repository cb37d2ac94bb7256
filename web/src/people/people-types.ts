/** The shapes of the people API, from src/people/schemas.ts and checklist-schemas.ts via web/src/api/openapi.d.ts. */
import type { BodyOf, ResponseOf } from '../api/types.ts';

export type PersonList = ResponseOf<'/api/people', 'get'>;
export type PersonSummary = PersonList['people'][number];
export type PersonDetail = ResponseOf<'/api/people/{id}', 'get'>;
export type Engagement = PersonDetail['engagements'][number];
export type EngagementStatus = Engagement['status'];
export type PersonKind = Engagement['kind'];
export type AddPersonBody = BodyOf<'/api/people', 'post'>;
export type UpdatePersonBody = BodyOf<'/api/people/{id}', 'patch'>;
export type RehireBody = BodyOf<'/api/people/{id}/engagements', 'post'>;

export type HrColumns = ResponseOf<'/api/people/import/columns', 'get'>;
export type ImportBody = BodyOf<'/api/people/import/preview', 'post'>;
export type ImportPreview = ResponseOf<'/api/people/import/preview', 'post'>;
export type DateFormat = NonNullable<ImportBody['dateFormat']>;

export type ChecklistList = ResponseOf<'/api/people/{id}/checklists', 'get'>;
export type Checklist = ResponseOf<'/api/checklists/{id}', 'get'>;
export type ChecklistItem = Checklist['items'][number];
export type ChecklistException = Checklist['exceptions'][number];
export type Deadline = NonNullable<Checklist['deadline']>;
export type OnboardingBody = BodyOf<'/api/people/{id}/onboarding', 'post'>;
export type OffboardingBody = BodyOf<'/api/people/{id}/offboarding', 'post'>;
export type OffboardingReason = OffboardingBody['reason'];
export type ReductionInForceBody = BodyOf<'/api/people/reduction-in-force', 'post'>;
export type CompleteItemBody = BodyOf<'/api/checklists/{id}/items/{key}', 'post'>;
export type MyItems = ResponseOf<'/api/me/checklist-items', 'get'>;
export type WaitingItem = MyItems['items'][number];

export type ChecklistTemplate = ResponseOf<'/api/checklist-templates/{kind}/{personKind}', 'get'>;
export type ItemSpec = ChecklistTemplate['items'][number];
export type ChecklistKind = Checklist['kind'];

export type PeopleReport = ResponseOf<'/api/people/report', 'get'>;
export type ReportRow = PeopleReport['hires'][number];

export type SystemList = ResponseOf<'/api/systems', 'get'>;
export type AssetList = ResponseOf<'/api/assets', 'get'>;

export const personKindLabels: Record<PersonKind, string> = {
  employee: 'Employee',
  contractor: 'Contractor',
  freelancer: 'Freelancer',
  intern: 'Intern',
  'short-term': 'Short-term help',
};

export const personKindPlurals: Record<PersonKind, string> = {
  employee: 'employees',
  contractor: 'contractors',
  freelancer: 'freelancers',
  intern: 'interns',
  'short-term': 'short-term help',
};

/** `/api/people/ada@example.com` + `/checklists` → the URL of a person's route. */
export function personUrl(id: string, rest = ''): string {
  return `/api/people/${encodeURIComponent(id)}${rest}`;
}

/** The page of a person in the web UI. */
export function personPage(id: string): string {
  return `/people/${encodeURIComponent(id)}`;
}
