import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { plural } from '../ui/plural.ts';
import { fieldLabels, type ImportResult } from './audit-types.ts';

function Part({ title, count, color, description, children }: { title: string; count: number; color: string; description: string; children: ReactNode }) {
  if (count === 0) return null;
  return (
    <Stack gap={4} component="section" aria-label={title}>
      <Group gap="xs">
        <Title order={4} size="h6">
          {title}
        </Title>
        <Badge size="sm" variant="light" color={color}>
          {count}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {description}
      </Text>
      <Table.ScrollContainer minWidth={520} maxHeight={260}>
        <Table fz="sm" verticalSpacing={4}>
          <Table.Tbody>{children}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** What importing the list does, request by request, before anything is written. */
export function ImportResultView({ result }: { result: ImportResult }) {
  return (
    <Stack gap="md" data-testid="import-preview">
      <Text size="sm">
        {result.fileName}: {plural(result.rows, 'request')}. Columns read: {result.columns.map((c) => `${c.header} as ${fieldLabels[c.field].toLowerCase()}`).join(', ')}.
        {result.ignoredColumns.length > 0 && ` Left out: ${result.ignoredColumns.join(', ')}.`}
      </Text>
      <Part title="New" count={result.new.length} color="green" description="Not imported before: they are added, open until answered.">
        {result.new.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td w={70}>line {r.line}</Table.Td>
            <Table.Td w={110}>{r.id}</Table.Td>
            <Table.Td w={110}>{r.control ?? ''}</Table.Td>
            <Table.Td>
              <Text size="sm" lineClamp={2}>
                {r.description}
              </Text>
            </Table.Td>
            <Table.Td w={100}>{r.dueOn}</Table.Td>
          </Table.Tr>
        ))}
      </Part>
      <Part title="Changed" count={result.changed.length} color="blue" description="Imported before with other wording or due date: they take the list’s, and keep their answers.">
        {result.changed.flatMap((r) =>
          r.changes.map((change) => (
            <Table.Tr key={`${r.id}/${change.field}`}>
              <Table.Td w={70}>line {r.line}</Table.Td>
              <Table.Td w={110}>{r.id}</Table.Td>
              <Table.Td w={130}>{fieldLabels[change.field]}</Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed" td="line-through" lineClamp={2}>
                  {change.from ?? '(empty)'}
                </Text>
                <Text size="sm" lineClamp={2}>
                  {change.to ?? '(empty)'}
                </Text>
              </Table.Td>
            </Table.Tr>
          )),
        )}
      </Part>
      <Part title="Not in this file" count={result.notInFile.length} color="gray" description="Imported before and left out of this list: they are kept, with their answers.">
        {result.notInFile.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td w={110}>{r.id}</Table.Td>
            <Table.Td>{r.description}</Table.Td>
          </Table.Tr>
        ))}
      </Part>
      {result.unchanged.length > 0 && <Text size="sm" c="dimmed">{plural(result.unchanged.length, 'request')} unchanged.</Text>}
    </Stack>
  );
}
