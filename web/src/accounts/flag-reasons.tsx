import { Badge, Code, Group, Stack, Text } from '@mantine/core';
import { sentence } from '../ui/sentence.ts';
import { type AccountFlag, flagLabels } from './account-types.ts';

/** Each flag with its reason written out, and the fields its rule read where they are known. */
export function FlagReasons({ flags }: { flags: readonly (Pick<AccountFlag, 'id' | 'reason'> & { inputs?: AccountFlag['inputs'] })[] }) {
  if (flags.length === 0) return <Text size="sm" c="dimmed">No flags: nothing about this account needs a second look.</Text>;
  return (
    <Stack gap={6}>
      {flags.map((flag) => (
        <Group key={flag.id} gap="xs" wrap="nowrap" align="flex-start">
          <Badge size="sm" variant="light" color={flagLabels[flag.id].color} w={190} style={{ flexShrink: 0 }}>
            {flagLabels[flag.id].label}
          </Badge>
          <div>
            <Text size="sm">{sentence(flag.reason)}</Text>
            {flag.inputs && Object.keys(flag.inputs).length > 0 && (
              <Text size="xs" c="dimmed">
                From{' '}
                {Object.entries(flag.inputs).map(([field, value], i) => (
                  <span key={field}>
                    {i > 0 && ', '}
                    <Code>
                      {field}: {String(value)}
                    </Code>
                  </span>
                ))}
              </Text>
            )}
          </div>
        </Group>
      ))}
    </Stack>
  );
}
