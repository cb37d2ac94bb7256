import { List, Stack, Table, Text } from '@mantine/core';
import { ImportPart } from '../ui/import-part.tsx';
import { plural } from '../ui/plural.ts';
import { type ImportPreview as Preview, personKindLabels } from './people-types.ts';

type Value = Preview['changed'][number]['changes'][number]['from'];

const fieldLabels: Record<string, string> = {
  name: 'Name',
  aliases: 'Other emails',
  kind: 'Kind',
  title: 'Job title',
  department: 'Department',
  manager: 'Manager',
  startOn: 'First day',
  endOn: 'Last day',
};

const shown = (value: Value) => (value === null || (Array.isArray(value) && value.length === 0) ? '(empty)' : Array.isArray(value) ? value.join(', ') : value);

/** What importing the file would do, person by person, before anything is written. */
export function ImportPreview({ preview }: { preview: Preview }) {
  return (
    <Stack gap="md" data-testid="import-preview">
      <Text size="sm">
        {preview.fileName}: {plural(preview.rows, 'row')}. {plural(preview.new.length, 'person', 'people')} to add, {preview.changed.length} changed,{' '}
        {preview.returning.length} returning, {preview.unchanged.length} unchanged.
        {preview.ignoredColumns.length > 0 && ` Columns skipped: ${preview.ignoredColumns.join(', ')}.`}
      </Text>
      {preview.notes.length > 0 && (
        <List size="sm" spacing={2}>
          {preview.notes.map((note) => (
            <List.Item key={note}>{note}</List.Item>
          ))}
        </List>
      )}
      <ImportPart title="New" count={preview.new.length} color="green" description="Not in the directory yet: they are added. Start their onboarding from their page.">
        {preview.new.map((p) => (
          <Table.Tr key={p.email}>
            <Table.Td w={70}>line {p.line}</Table.Td>
            <Table.Td>
              {p.name} <Text span size="xs" c="dimmed">{p.email}</Text>
            </Table.Td>
            <Table.Td>{personKindLabels[p.kind]}</Table.Td>
            <Table.Td>
              {p.startOn}
              {p.endOn ? ` to ${p.endOn}` : ''}
            </Table.Td>
          </Table.Tr>
        ))}
      </ImportPart>
      <ImportPart title="Changed" count={preview.changed.length} color="blue" description="In the directory with other details: each change is recorded, before and after.">
        {preview.changed.map((p) => (
          <Table.Tr key={p.personId}>
            <Table.Td w={70}>line {p.line}</Table.Td>
            <Table.Td>{p.name}</Table.Td>
            <Table.Td>
              {p.changes.map((change) => (
                <Text size="sm" key={change.field}>
                  {fieldLabels[change.field] ?? change.field}: {shown(change.from)} → {shown(change.to)}
                </Text>
              ))}
            </Table.Td>
          </Table.Tr>
        ))}
      </ImportPart>
      <ImportPart title="Returning" count={preview.returning.length} color="violet" description="They left and are back: each gets a new engagement, onboarded from zero.">
        {preview.returning.map((p) => (
          <Table.Tr key={p.personId}>
            <Table.Td w={70}>line {p.line}</Table.Td>
            <Table.Td>{p.name}</Table.Td>
            <Table.Td>
              left {p.leftOn}, back {p.startOn}
            </Table.Td>
          </Table.Tr>
        ))}
      </ImportPart>
      <ImportPart title="Already gone" count={preview.left.length} color="gray" description="The file gives an end date that has passed: they are not imported.">
        {preview.left.map((p) => (
          <Table.Tr key={`${p.line}:${p.email}`}>
            <Table.Td w={70}>line {p.line}</Table.Td>
            <Table.Td>{p.name}</Table.Td>
            <Table.Td>ended {p.endOn}</Table.Td>
          </Table.Tr>
        ))}
      </ImportPart>
      <ImportPart
        title="Missing from the file"
        count={preview.missing.length}
        color="orange"
        description="Active or about to start in the directory, but not in the export. The import never offboards anyone: if they left, offboard them from their page."
      >
        {preview.missing.map((p) => (
          <Table.Tr key={p.personId}>
            <Table.Td>
              {p.name} <Text span size="xs" c="dimmed">{p.email}</Text>
            </Table.Td>
            <Table.Td>{p.kind}</Table.Td>
            <Table.Td>{p.status}</Table.Td>
          </Table.Tr>
        ))}
      </ImportPart>
    </Stack>
  );
}
