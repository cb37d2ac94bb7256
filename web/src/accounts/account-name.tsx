import { Text } from '@mantine/core';

/** An account's name as the system shows it, with its email or login and id beneath. */
export function AccountName({ account }: { account: { externalId: string; email: string | null; userName: string | null; displayName: string | null } }) {
  const name = account.displayName ?? account.userName ?? account.email ?? account.externalId;
  const handle = [account.email ?? account.userName, account.externalId].filter((part) => part && part !== name);
  return (
    <>
      <Text size="sm" fw={500}>
        {name}
      </Text>
      {handle.length > 0 && (
        <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
          {[...new Set(handle)].join(' · ')}
        </Text>
      )}
    </>
  );
}
