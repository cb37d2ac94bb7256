import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import type { CreatedToken } from './identity-types.ts';

/** A new token's secret, shown this once, with how to use it. */
export function CreatedTokenAlert({ created, onDone }: { created: CreatedToken; onDone(): void }) {
  const usage = `GROUNDWORK_URL=${window.location.origin} GROUNDWORK_TOKEN=${created.secret} groundwork verify`;
  return (
    <Alert color="green" variant="light" title={`Copy the token “${created.token.name}” now`} data-testid="new-token">
      <Stack gap="sm">
        <Text size="sm">Groundwork shows it only this once and keeps only a fingerprint of it.</Text>
        <Group gap="xs" wrap="nowrap">
          <Code fz="sm" data-testid="new-token-secret">
            {created.secret}
          </Code>
          <CopyButton value={created.secret}>
            {({ copied, copy }) => (
              <Button size="xs" onClick={copy}>
                {copied ? 'Copied' : 'Copy token'}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Text size="sm">From a script or another computer, for example:</Text>
        <Code block>{usage}</Code>
        <Text size="sm">
          Other HTTP clients send it as the header <Code>Authorization: Bearer {'<token>'}</Code>.
        </Text>
        <Group>
          <Button size="xs" variant="default" onClick={onDone}>
            I have copied it
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
