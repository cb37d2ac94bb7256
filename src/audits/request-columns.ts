import { comparable } from '../csv/comparable.ts';

export const requestFields = ['id', 'control', 'description', 'dueOn'] as const;
export type RequestField = (typeof requestFields)[number];

export interface RequestColumn {
  field: RequestField;
  /** The headers that fill this field, matched ignoring case, spaces, underscores, hyphens and dots; the first is Groundwork's own. */
  headers: string[];
  required: boolean;
  description: string;
}

/**
 * The columns of an auditor's request list (a "PBC list": provided by client) the import reads,
 * under the names audit firms give them. A file that names them otherwise maps its own columns.
 */
export const requestColumns: RequestColumn[] = [
  {
    field: 'id',
    headers: ['Request ID', 'Request #', 'Request No', 'Request Number', 'Req #', 'Req ID', 'PBC #', 'PBC ID', 'PBC No', 'PBC', 'IRL #', 'Item #', 'Ref', 'Ref #', 'Ref No', 'Reference', 'ID', '#'],
    required: true,
    description: "the auditor's id for the request, unique in the list: re-importing the list updates the request with the same id",
  },
  {
    field: 'control',
    headers: ['Control Ref', 'Control', 'Control Reference', 'Control ID', 'Control #', 'Control No', 'TSC', 'TSC Ref', 'Criteria', 'Criterion', 'Trust Services Criteria', 'SOC 2 Criteria'],
    required: false,
    description: 'the control or criterion it tests: a Groundwork control (AC-06) or a criterion (CC6.2) is recognised, anything else is kept as written',
  },
  {
    field: 'description',
    headers: ['Description', 'Request', 'Request Description', 'Request Detail', 'Details', 'Evidence Requested', 'Item Requested', 'Documentation Requested', 'Requested Item', 'Information Requested'],
    required: true,
    description: 'what the auditor asks for',
  },
  {
    field: 'dueOn',
    headers: ['Due Date', 'Due', 'Due By', 'Date Due', 'Deadline', 'Target Date'],
    required: true,
    description: 'when the answer is due',
  },
];

const fieldByHeader = new Map(requestColumns.flatMap((column) => column.headers.map((header) => [comparable(header), column.field] as const)));

export function requestFieldOf(header: string): RequestField | undefined {
  return fieldByHeader.get(comparable(header));
}

export function isRequestField(value: string): value is RequestField {
  return (requestFields as readonly string[]).includes(value);
}

/** "the request id": how errors name a field. */
export const fieldNames: Record<RequestField, string> = { id: 'request id', control: 'control reference', description: 'description', dueOn: 'due date' };
