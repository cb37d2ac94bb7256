import { Stack, Text, Title } from '@mantine/core';
import { ApiTokensSection } from './api-tokens-section.tsx';
import { roleLabels } from './role-descriptions.ts';
import { SecondFactorSection } from './second-factor-section.tsx';
import { SessionsSection } from './sessions-section.tsx';
import { useSession } from './session-context.tsx';

/** /account: the signed-in user's own sessions, API tokens and second factor. */
export function AccountPage() {
  const { user } = useSession();
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={2}>My account</Title>
        <Text c="dimmed" size="sm">
          {user.name} · {user.email} · {roleLabels[user.role]}
        </Text>
      </div>
      <SessionsSection />
      <SecondFactorSection />
      <ApiTokensSection />
    </Stack>
  );
}
