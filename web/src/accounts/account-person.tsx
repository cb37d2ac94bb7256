import { Badge, Text } from '@mantine/core';
import { Link } from '../app/router.tsx';
import { personPage } from '../people/people-types.ts';

const matchedByLabels: Record<string, string> = { email: 'by email', alias: 'by alias', mapping: 'mapped by hand' };

export interface AccountPersonProps {
  person: { id: string; name: string; email: string } | null;
  matchedBy: string | null;
  /** The account's flags: only a person's account with nobody behind it is an orphan; a bot's or a service's is nobody's by nature. */
  flags: readonly { id: string }[];
}

/** Whose the account is, and how Groundwork knows; an orphan when it is a person's and nobody in the directory matches. */
export function AccountPerson({ person, matchedBy, flags }: AccountPersonProps) {
  if (!person) {
    return flags.some((flag) => flag.id === 'orphan') ? (
      <Badge size="sm" variant="outline" color="orange">
        orphan
      </Badge>
    ) : (
      <Text size="sm" c="dimmed">
        no person
      </Text>
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
