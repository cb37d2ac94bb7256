/** The kinds of people who get access: each follows the same procedure, and each is asked to acknowledge the policies for its kind. */
export const personKinds = ['employee', 'contractor', 'freelancer', 'intern', 'short-term'] as const;
export type PersonKind = (typeof personKinds)[number];

/** Kinds whose engagement must say when it ends: their access is time-bounded from the start. */
export const timeBoundKinds: readonly PersonKind[] = ['contractor', 'short-term'];

export function isPersonKind(value: string): value is PersonKind {
  return (personKinds as readonly string[]).includes(value);
}

/** "an employee", "short-term help": a kind of person in a sentence. */
export function withArticle(kind: PersonKind): string {
  return kind === 'short-term' ? 'short-term help' : `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}
