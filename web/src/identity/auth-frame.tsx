import { Box, Center, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** The frame of the pages before the app: signing in, accepting an invite, setting up a second factor. */
export function AuthFrame({ width = 440, children }: { width?: number; children: ReactNode }) {
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={width} gap="md">
        <Group gap={8} justify="center">
          <Box w={18} h={18} bg="blue.6" style={{ borderRadius: 4 }} aria-hidden />
          <Text fw={700} size="lg">
            Groundwork
          </Text>
        </Group>
        <Paper withBorder shadow="xs" radius="md" p="xl">
          <Stack gap="md">{children}</Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
