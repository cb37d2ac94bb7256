import { Badge, Text } from '@mantine/core';
import { Link } from '../app/router.tsx';
import { personPage } from '../people/people-types.ts';

const matchedByLabels: Record<string, string> = { email: 'by email', alias: 'by alias', mapping: 'mapped by hand' };

export interface AccountPersonProps {
  person: { id: string; name: string; email: string } | null;
  matchedBy: string | null;
}

/** Whose the account is, and how Groundwork knows; an orphan when nobody in the directory matches. */
export function AccountPerson({ person, matchedBy }: AccountPersonProps) {
  if (!person) {
    return (
      <Badge size="sm" variant="outline" color="orange">
        orphan
      </Badge>
    );
  }
  return (
    <>
      <Text size="sm">
        <Link to={personPage(person.id)}>{person.name}</Link>
      </Text>
      <Text size="xs" c="dimmed">
        {matchedBy ? matchedByLabels[matchedBy] ?? matchedBy : person.email}
      </Text>
    </>
  );
}
