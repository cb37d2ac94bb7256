import { Alert, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useSession } from '../identity/session-context.tsx';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { SecuritySettingsForm } from './security-settings-form.tsx';
import type { SecuritySettings } from './user-types.ts';

/** /settings: the second factor, session timeouts and single sign-on, for the whole workspace. */
export function SettingsPage() {
  const { can } = useSession();
  const loaded = useApi<SecuritySettings>('/api/security-settings');
  const [saved, setSaved] = useState<SecuritySettings>();
  const settings = saved ?? loaded.data;
  const editable = can('workspace:manage');
  return (
    <Stack gap="md" maw={860}>
      <div>
        <Title order={2}>Security settings</Title>
        <Text c="dimmed" size="sm">
          How people sign in to Groundwork and how long they stay signed in, for everyone. Every change is recorded as
          evidence.
        </Text>
      </div>
      {!editable && (
        <Alert color="gray" variant="light">
          Your role can see these settings but not change them.
        </Alert>
      )}
      {saved && (
        <Alert color="green" variant="light" title="Saved" data-testid="settings-saved">
          The new settings apply to everyone from their next request.
        </Alert>
      )}
      {loaded.error ? (
        <ProblemAlert problem={loaded.error} />
      ) : !settings ? (
        <Center p="xl">
          <Loader aria-label="Loading the settings" />
        </Center>
      ) : (
        <SecuritySettingsForm key={JSON.stringify(settings)} settings={settings} editable={editable} onSaved={setSaved} />
      )}
    </Stack>
  );
}
