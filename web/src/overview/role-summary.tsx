import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from '../app/router.tsx';
import type { Permission } from '../identity/identity-types.ts';
import { withArticle } from '../identity/role-descriptions.ts';
import { useSession } from '../identity/session-context.tsx';

const abilities: [Permission, string][] = [
  ['evidence:read', 'browse the evidence log'],
  ['cadence:read', 'see recurring work and what is due'],
  ['cadence:write', 'set up recurring work and record it as done'],
  ['people:read', 'see the people directory, onboardings and offboardings'],
  ['people:manage', 'add people, onboard and offboard them'],
  ['checklists:confirm', 'confirm the onboarding items that are yours or your team’s'],
  ['systems:read', 'see the systems inventory'],
  ['users:read', 'see who uses Groundwork'],
  ['users:manage', 'invite people and change their roles'],
  ['workspace:manage', 'choose how people sign in'],
];

/** For roles that see less than the whole overview: what they can do instead, and what they cannot. */
export function RoleSummary() {
  const { user, can } = useSession();
  const missing = [!can('evidence:read') && 'the evidence log', !can('cadence:read') && 'the list of what is due'].filter(Boolean);
  return (
    <Paper withBorder p="lg" radius="md" data-testid="role-summary">
      <Stack gap="sm">
        <Title order={3}>What you can do here</Title>
        <Text size="sm">
          You are signed in as {withArticle(user.role)}, so here you can:
        </Text>
        <List size="sm" spacing={4}>
          {abilities
            .filter(([permission]) => can(permission))
            .map(([permission, ability]) => (
              <List.Item key={permission}>{ability}</List.Item>
            ))}
          <List.Item>
            look after your own account: where you are signed in, your authenticator app and your API tokens, in{' '}
            <Link to="/account">My account</Link>
          </List.Item>
        </List>
        {missing.length > 0 && (
          <Text size="sm" c="dimmed">
            Your role does not include {missing.join(' or ')}. If your work needs {missing.length > 1 ? 'them' : 'it'}, ask an
            owner or admin of your workspace.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
