import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { sentence } from '../ui/sentence.ts';
import type { ControlView, OperationItem, Type1Report, Type2Report } from './readiness-types.ts';

const resultColor: Record<OperationItem['result'], string> = { ok: 'green', late: 'orange', failed: 'red', open: 'gray' };

function YesNo({ ok, yes, no }: { ok: boolean; yes: string; no: string }) {
  return (
    <Badge size="sm" variant="light" color={ok ? 'green' : 'red'} style={{ overflow: 'visible' }} miw="fit-content">
      {ok ? yes : no}
    </Badge>
  );
}

/** For a manual control, to those who may attach its evidence. */
function AttachButton({ control, onAttach }: { control: ControlView; onAttach?: Actions['onAttach'] }) {
  if (!control.manual || !onAttach) return null;
  return (
    <Group>
      <Button size="compact-xs" variant="light" onClick={() => onAttach(control)}>
        Attach evidence
      </Button>
    </Group>
  );
}

interface Actions {
  /** Present for those who may attach evidence and record exceptions. */
  onAttach?(control: ControlView): void;
  onExcept?(control: ControlView, item: OperationItem): void;
}

/** Type 1: each control designed and in place, with what the data shows. */
export function Type1Table({ report, onAttach }: { report: Type1Report } & Actions) {
  return (
    <Table striped verticalSpacing="xs" data-testid="type1-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Control</Table.Th>
          <Table.Th>Designed</Table.Th>
          <Table.Th>In place</Table.Th>
          <Table.Th>What the records show</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {report.controls.map(({ control, designed, inPlace }) => (
          <Table.Tr key={control.id} data-control={control.id}>
            <Table.Td maw={320}>
              <Text size="sm" fw={600}>
                {control.id} {control.title}
              </Text>
              <Text size="xs" c="dimmed">
                {control.frequency} · {control.criteria.join(', ')}
              </Text>
            </Table.Td>
            <Table.Td>
              <YesNo ok={designed.ok} yes="Designed" no="Not yet" />
            </Table.Td>
            <Table.Td>
              <YesNo ok={inPlace.ok} yes="In place" no={control.manual ? 'Attach' : 'Gap'} />
            </Table.Td>
            <Table.Td>
              <Stack gap={2}>
                {!designed.ok && <Text size="sm">{sentence(designed.summary)}</Text>}
                <Text size="sm" c={inPlace.ok ? undefined : 'red.8'}>
                  {sentence(inPlace.summary)}
                </Text>
                <AttachButton control={control} onAttach={onAttach} />
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Type 2: each control's occurrences or population over the window; a row opens to its items. */
export function Type2Table({ report, onAttach, onExcept }: { report: Type2Report } & Actions) {
  const [open, setOpen] = useState<string | null>(null);
  return (
    <Table verticalSpacing="xs" data-testid="type2-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Control</Table.Th>
          <Table.Th>Operated consistently</Table.Th>
          <Table.Th>Expected</Table.Th>
          <Table.Th>On time</Table.Th>
          <Table.Th>Late</Table.Th>
          <Table.Th>Missed</Table.Th>
          <Table.Th>Excepted</Table.Th>
          <Table.Th>Not yet due</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {report.controls.map(({ control, consistent, counts, items, selection }) => (
          <Fragment key={control.id}>
            <Table.Tr data-control={control.id} style={{ cursor: 'pointer' }} onClick={() => setOpen(open === control.id ? null : control.id)}>
              <Table.Td maw={320}>
                <Text size="sm" fw={600}>
                  {control.id} {control.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {selection}
                </Text>
              </Table.Td>
              <Table.Td>
                <YesNo ok={consistent} yes="Yes" no="No" />
              </Table.Td>
              <Table.Td>{counts.expected}</Table.Td>
              <Table.Td>{counts.ok}</Table.Td>
              <Table.Td>{counts.late}</Table.Td>
              <Table.Td>{counts.failed}</Table.Td>
              <Table.Td>{counts.excepted}</Table.Td>
              <Table.Td>{counts.open}</Table.Td>
            </Table.Tr>
            {open === control.id && (
              <Table.Tr>
                <Table.Td colSpan={8}>
                  <Stack gap={4}>
                    {items.length === 0 && <Text size="sm">Nothing fell due in the window.</Text>}
                    {items.map((item) => (
                      <Group key={item.ref} gap="xs" wrap="nowrap" align="flex-start">
                        <Badge size="sm" variant="light" color={item.exception ? 'blue' : resultColor[item.result]} w={90}>
                          {item.exception ? 'excepted' : item.result}
                        </Badge>
                        <Text size="sm" w={96}>
                          {item.date}
                        </Text>
                        <Text size="sm" style={{ flex: 1 }}>
                          {item.label}: {item.detail}
                          {item.exception && <Text span c="dimmed"> — exception: {item.exception.reason}</Text>}
                        </Text>
                        {onExcept && !item.exception && (item.result === 'late' || item.result === 'failed') && (
                          <Button size="compact-xs" variant="subtle" onClick={() => onExcept(control, item)}>
                            Record exception
                          </Button>
                        )}
                      </Group>
                    ))}
                    <AttachButton control={control} onAttach={onAttach} />
                  </Stack>
                </Table.Td>
              </Table.Tr>
            )}
          </Fragment>
        ))}
      </Table.Tbody>
    </Table>
  );
}
