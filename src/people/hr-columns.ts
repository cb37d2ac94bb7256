import { comparable } from '../csv/comparable.ts';
import type { PersonKind } from './person-kind.ts';

export type HrField = 'name' | 'firstName' | 'lastName' | 'preferredName' | 'email' | 'aliases' | 'kind' | 'title' | 'department' | 'manager' | 'startOn' | 'endOn';

export interface HrColumn {
  field: HrField;
  /** The headers that fill this field, matched ignoring case, spaces, underscores, hyphens and dots; the first is Groundwork's own. */
  headers: string[];
  required: 'yes' | 'no' | 'unless First Name and Last Name are given';
  description: string;
}

/**
 * The columns of an HR system's CSV export the people import reads, with the names BambooHR,
 * Gusto, Rippling, Personio, HiBob and Deel give them. The README and the import page show this table.
 */
export const hrColumns: HrColumn[] = [
  { field: 'name', headers: ['Name', 'Full Name', 'Employee Name', 'Display Name'], required: 'unless First Name and Last Name are given', description: 'the name people know them by' },
  { field: 'firstName', headers: ['First Name', 'Legal First Name', 'Given Name'], required: 'no', description: 'with Last Name, when there is no Name column' },
  { field: 'lastName', headers: ['Last Name', 'Legal Last Name', 'Family Name', 'Surname'], required: 'no', description: 'with First Name, when there is no Name column' },
  { field: 'preferredName', headers: ['Preferred Name', 'Preferred First Name', 'Nickname'], required: 'no', description: 'used instead of First Name where filled in' },
  { field: 'email', headers: ['Work Email', 'Email', 'Work Email Address', 'Company Email', 'Email Address'], required: 'yes', description: 'their work email: one address is one person' },
  { field: 'aliases', headers: ['Other Emails', 'Aliases', 'Alias Emails', 'Secondary Emails'], required: 'no', description: 'other addresses their accounts use, separated by ; or ,' },
  { field: 'kind', headers: ['Employment Type', 'Kind', 'Worker Type', 'Employee Type', 'Employment Status', 'Contract Type'], required: 'yes', description: 'employee, contractor, freelancer, intern or short-term (see the values below)' },
  { field: 'title', headers: ['Job Title', 'Title', 'Position'], required: 'no', description: 'job title' },
  { field: 'department', headers: ['Department', 'Team'], required: 'no', description: 'department or team' },
  { field: 'manager', headers: ['Manager Email', 'Manager', 'Supervisor Email', 'Reports To Email', 'Manager Work Email'], required: 'no', description: "the manager's work email: in the directory already, or in the same file" },
  { field: 'startOn', headers: ['Start Date', 'Start', 'Hire Date'], required: 'yes', description: 'first day' },
  { field: 'endOn', headers: ['End Date', 'End', 'Contract End Date', 'Termination Date'], required: 'no', description: 'last day; required for contractors and short-term help' },
];

/** The values of the kind column an HR system writes, and what each is in the directory. */
export const hrKindValues: Record<PersonKind, string[]> = {
  employee: ['Employee', 'Full-Time', 'Part-Time', 'Permanent', 'Regular', 'Salaried', 'Hourly', 'W-2', 'W2'],
  contractor: ['Contractor', 'Contract', 'Independent Contractor', '1099', 'Consultant'],
  freelancer: ['Freelancer', 'Freelance'],
  intern: ['Intern', 'Internship'],
  'short-term': ['Short-Term', 'Temporary', 'Temp', 'Seasonal'],
};

const fieldByHeader = new Map(hrColumns.flatMap((column) => column.headers.map((header) => [comparable(header), column.field] as const)));
const kindByValue = new Map(Object.entries(hrKindValues).flatMap(([kind, values]) => values.map((value) => [comparable(value), kind as PersonKind] as const)));

export function hrFieldOf(header: string): HrField | undefined {
  return fieldByHeader.get(comparable(header));
}

export function hrKindOf(value: string): PersonKind | undefined {
  return kindByValue.get(comparable(value));
}
