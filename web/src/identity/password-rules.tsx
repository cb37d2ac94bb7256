import { List, Text } from '@mantine/core';

/** The rules the server applies to a new password (src/identity/password.ts), said before anyone types. */
export function PasswordRules() {
  return (
    <div>
      <Text size="sm" fw={500}>
        Your password must be
      </Text>
      <List size="sm" c="dimmed" spacing={2}>
        <List.Item>at least 12 characters: a few unrelated words work well</List.Item>
        <List.Item>without your email address or company name in it</List.Item>
        <List.Item>not a common password, even with numbers or symbols added</List.Item>
      </List>
    </div>
  );
}
