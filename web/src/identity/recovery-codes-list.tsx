import { Button, Code, CopyButton, Group, SimpleGrid, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

export interface RecoveryCodesListProps {
  codes: string[];
  /** The account they belong to, written into the downloaded file. */
  email: string;
  /** What to do once saved. */
  children: ReactNode;
}

/** Recovery codes as the server returned them, once: to copy or download before they are gone. */
export function RecoveryCodesList({ codes, email, children }: RecoveryCodesListProps) {
  const file = [`Groundwork recovery codes for ${email}`, 'Each code signs you in once instead of a code from your authenticator app.', '', ...codes, ''].join('\n');
  return (
    <Stack gap="md">
      <SimpleGrid cols={2} spacing="xs" data-testid="recovery-codes">
        {codes.map((code) => (
          <Code key={code} fz="md" ta="center" py={6}>
            {code}
          </Code>
        ))}
      </SimpleGrid>
      <Group gap="xs">
        <CopyButton value={codes.join('\n')}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy}>
              {copied ? 'Copied' : 'Copy all'}
            </Button>
          )}
        </CopyButton>
        <Button variant="default" component="a" href={`data:text/plain;charset=utf-8,${encodeURIComponent(file)}`} download="groundwork-recovery-codes.txt">
          Download
        </Button>
      </Group>
      {children}
    </Stack>
  );
}
