import { Anchor, Collapse, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { FormatList } from './account-types.ts';

/** The exports an import reads and the files each takes, and the columns of the plain CSV for every other system. */
export function FormatsHelp({ formats }: { formats: FormatList }) {
  const [opened, { toggle }] = useDisclosure(false);
  return (
    <div>
      <Anchor component="button" type="button" size="sm" onClick={toggle} aria-expanded={opened}>
        {opened ? 'Hide the formats' : 'Which exports can I import?'}
      </Anchor>
      <Collapse expanded={opened}>
        <Table mt="xs" withTableBorder fz="xs" verticalSpacing={4}>
          <Table.Tbody>
            {formats.formats.map((format) => (
              <Table.Tr key={format.id}>
                <Table.Td fw={500}>{format.label}</Table.Td>
                <Table.Td>{format.files}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed" mt="xs">
          For any other system, a CSV with these columns: {formats.plainCsvColumns.map((c) => `${c.header}${c.required === 'yes' ? ' (required)' : ''}`).join(', ')}.
        </Text>
      </Collapse>
    </div>
  );
}
