import { Stack, Table, Text } from '@mantine/core';
import { ImportPart } from '../ui/import-part.tsx';
import { plural } from '../ui/plural.ts';
import { fieldLabels, type ImportResult } from './audit-types.ts';

/** What importing the list does, request by request, before anything is written. */
export function ImportResultView({ result }: { result: ImportResult }) {
  return (
    <Stack gap="md" data-testid="import-preview">
      <Text size="sm">
        {result.fileName}: {plural(result.rows, 'request')}. Columns read: {result.columns.map((c) => `${c.header} as ${fieldLabels[c.field].toLowerCase()}`).join(', ')}.
        {result.ignoredColumns.length > 0 && ` Left out: ${result.ignoredColumns.join(', ')}.`}
      </Text>
      <ImportPart title="New" count={result.new.length} color="green" description="Not imported before: they are added, open until answered.">
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
      </ImportPart>
      <ImportPart title="Changed" count={result.changed.length} color="blue" description="Imported before with other wording or due date: they take the list’s, and keep their answers.">
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
      </ImportPart>
      <ImportPart title="Not in this file" count={result.notInFile.length} color="gray" description="Imported before and left out of this list: they are kept, with their answers.">
        {result.notInFile.map((r) => (
          <Table.Tr key={r.id}>
            <Table.Td w={110}>{r.id}</Table.Td>
            <Table.Td>{r.description}</Table.Td>
          </Table.Tr>
        ))}
      </ImportPart>
      {result.unchanged.length > 0 && <Text size="sm" c="dimmed">{plural(result.unchanged.length, 'request')} unchanged.</Text>}
    </Stack>
  );
}
