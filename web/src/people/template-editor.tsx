import { ActionIcon, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import type { ApiProblem } from '../ui/api.ts';
import { sentence } from '../ui/sentence.ts';
import { confirmerLabels, phaseName, phasesOf, proofLabels } from './checklist-labels.ts';
import type { ChecklistKind, ItemSpec } from './people-types.ts';

/** A row as edited: the key follows the title until someone types one. */
interface Row extends ItemSpec {
  id: number;
  keyTyped: boolean;
}

const slug = (title: string) =>
  title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63);

/** items[2].title or body.items.2.title → [2, "title"]. */
function problemAt(problem: ApiProblem | undefined): [number, string] | undefined {
  const match = /items(?:\[(\d+)\]|\.(\d+))\.(\w+)/.exec(problem?.where ?? '');
  return match ? [Number(match[1] ?? match[2]), match[3]!] : undefined;
}

export interface TemplateEditorProps {
  kind: ChecklistKind;
  items: ItemSpec[];
  busy: boolean;
  problem: ApiProblem | undefined;
  onSave(items: ItemSpec[]): void;
  onCancel(): void;
}

/** Add, remove, reorder and rewrite the items of one checklist; saving replaces it whole. */
export function TemplateEditor({ kind, items, busy, problem, onSave, onCancel }: TemplateEditorProps) {
  const ids = useRef(items.length);
  const [rows, setRows] = useState<Row[]>(() => items.map((item, id) => ({ ...item, id, keyTyped: true })));
  const phases = phasesOf[kind];
  const at = problemAt(problem);
  const update = (index: number, change: Partial<Row>) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const move = (index: number, by: number) =>
    setRows((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      next.splice(index + by, 0, row!);
      return next;
    });
  const error = (index: number, field: string) => (at && at[0] === index && at[1] === field && problem ? sentence(problem.detail) : undefined);

  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={900}>
        <Table verticalSpacing={6} aria-label="Checklist items">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={165}>Phase</Table.Th>
              <Table.Th>Item</Table.Th>
              <Table.Th w={150}>Proof</Table.Th>
              <Table.Th w={170}>Confirmed by</Table.Th>
              <Table.Th w={110} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => (
              <Table.Tr key={row.id} data-row={index}>
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={`Phase of item ${index + 1}`}
                    allowDeselect={false}
                    data={phases.map((p) => ({ value: p, label: phaseName(p) }))}
                    value={row.phase}
                    onChange={(phase) => phase && update(index, { phase })}
                    error={error(index, 'phase')}
                    comboboxProps={{ withinPortal: true }}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label={`Title of item ${index + 1}`}
                    value={row.title}
                    onChange={(e) => {
                      const title = e.currentTarget.value;
                      update(index, row.keyTyped ? { title } : { title, key: slug(title) });
                    }}
                    error={error(index, 'title')}
                  />
                  <TextInput
                    size="xs"
                    variant="unstyled"
                    aria-label={`Key of item ${index + 1}`}
                    leftSection={<Text size="xs" c="dimmed">key</Text>}
                    value={row.key}
                    onChange={(e) => update(index, { key: e.currentTarget.value, keyTyped: true })}
                    error={error(index, 'key')}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={`Proof of item ${index + 1}`}
                    allowDeselect={false}
                    data={Object.entries(proofLabels).map(([value, label]) => ({ value, label }))}
                    value={row.proof}
                    onChange={(proof) => proof && update(index, { proof: proof as Row['proof'] })}
                    comboboxProps={{ withinPortal: true }}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={`Who confirms item ${index + 1}`}
                    allowDeselect={false}
                    data={Object.entries(confirmerLabels).map(([value, label]) => ({ value, label }))}
                    value={row.confirmedBy}
                    onChange={(confirmedBy) => confirmedBy && update(index, { confirmedBy: confirmedBy as Row['confirmedBy'] })}
                    comboboxProps={{ withinPortal: true }}
                  />
                </Table.Td>
                <Table.Td>
                  <Group gap={2} wrap="nowrap">
                    <ActionIcon variant="subtle" color="gray" aria-label={`Move item ${index + 1} up`} disabled={index === 0} onClick={() => move(index, -1)}>
                      ↑
                    </ActionIcon>
                    <ActionIcon variant="subtle" color="gray" aria-label={`Move item ${index + 1} down`} disabled={index === rows.length - 1} onClick={() => move(index, 1)}>
                      ↓
                    </ActionIcon>
                    <ActionIcon variant="subtle" color="red" aria-label={`Remove item ${index + 1}`} onClick={() => setRows((current) => current.filter((_, i) => i !== index))}>
                      ✕
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group justify="space-between">
        <Button variant="default" size="xs" onClick={() => setRows((current) => [...current, { key: '', phase: phases[0], title: '', proof: 'confirmation', confirmedBy: 'admin', id: ids.current++, keyTyped: false }])}>
          Add item
        </Button>
        <Group gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button loading={busy} disabled={rows.some((row) => !row.title.trim())} onClick={() => onSave(rows.map(({ key, phase, title, proof, confirmedBy }) => ({ key, phase, title, proof, confirmedBy })))}>
            Save checklist
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
