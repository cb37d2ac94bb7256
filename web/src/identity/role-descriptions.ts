import { sentence } from '../ui/sentence.ts';
import type { Role } from './identity-types.ts';

/** What each role is for, in a phrase a founder understands without the permission table. */
const roleDescriptions: Record<Role, string> = {
  owner: 'can do everything, including choosing who may sign in and how',
  admin: 'manages users, evidence and recurring work',
  reviewer: 'reviews access to the systems they own and sees what is due',
  member: 'acknowledges policies and completes training',
  auditor: 'reads the evidence, between two dates',
};

export const roleLabels: Record<Role, string> = {
  owner: 'Owner',
  admin: 'Admin',
  reviewer: 'Reviewer',
  member: 'Member',
  auditor: 'Auditor',
};

/** "an admin", "a member". */
export function withArticle(role: Role): string {
  return `${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role}`;
}

/** "A member acknowledges policies and completes training." */
export function roleSentence(role: Role): string {
  return `${sentence(withArticle(role))} ${roleDescriptions[role]}.`;
}
