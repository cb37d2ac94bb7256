import { Accordion, Table, Text } from '@mantine/core';
import { useApi } from '../ui/use-api.ts';
import { type HrColumns, personKindLabels, type PersonKind } from './people-types.ts';

/** Which columns of an HR export the import reads, under the names BambooHR, Gusto, Rippling and others give them. */
export function HrColumnsHelp() {
  const { data } = useApi<HrColumns>('/api/people/import/columns');
  if (!data) return null;
  return (
    <Accordion variant="contained" chevronPosition="left">
      <Accordion.Item value="columns">
        <Accordion.Control>
          <Text size="sm">Which columns the file needs</Text>
        </Accordion.Control>
        <Accordion.Panel>
          <Table fz="xs" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Column</Table.Th>
                <Table.Th>Also read as</Table.Th>
                <Table.Th>Required</Table.Th>
                <Table.Th>What it is</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.columns.map((column) => (
                <Table.Tr key={column.field}>
                  <Table.Td>{column.headers[0]}</Table.Td>
                  <Table.Td>{column.headers.slice(1).join(', ')}</Table.Td>
                  <Table.Td>{column.required}</Table.Td>
                  <Table.Td>{column.description}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed" mt="xs">
            Kinds of worker:{' '}
            {Object.entries(data.kinds)
              .map(([kind, values]) => `${personKindLabels[kind as PersonKind]} (${values.join(', ')})`)
              .join('; ')}
            .
          </Text>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
