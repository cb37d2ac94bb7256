import { Alert, Badge, Button, Center, Group, Loader, Select, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from '../app/router.tsx';
import { useSession } from '../identity/session-context.tsx';
import { type ApiProblem, sendJson } from '../ui/api.ts';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import { confirmerLabels, phaseName, proofLabels } from './checklist-labels.ts';
import { type ChecklistKind, type ChecklistTemplate, type ItemSpec, type PersonKind, personKindLabels, personKindPlurals } from './people-types.ts';
import { TemplateEditor } from './template-editor.tsx';

/** /people/checklists: the checklist each kind of person gets; owners and admins edit them. */
export function ChecklistTemplatesPage() {
  const manage = useSession().can('people:manage');
  const [kind, setKind] = useState<ChecklistKind>('onboarding');
  const [personKind, setPersonKind] = useState<PersonKind>('employee');
  const url = `/api/checklist-templates/${kind}/${personKind}`;
  const template = useApi<ChecklistTemplate>(url);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const [saved, setSaved] = useState(false);
  const reset = () => {
    setEditing(false);
    setProblem(undefined);
    setSaved(false);
  };
  const save = (items: ItemSpec[]) => {
    setBusy(true);
    setProblem(undefined);
    sendJson<ChecklistTemplate>('PUT', url, { items })
      .then(() => {
        setEditing(false);
        setSaved(true);
        template.reload();
      }, setProblem)
      .finally(() => setBusy(false));
  };
  // While another choice loads, the previous answer is still there: never show it as this one.
  const data = template.loading ? undefined : template.data;

  return (
    <Stack gap="md" maw={1200}>
      <Text size="sm">
        <Link to="/people">← All people</Link>
      </Text>
      <div>
        <Title order={2}>Checklists</Title>
        <Text c="dimmed" size="sm" maw={760}>
          The onboarding and offboarding checklists each kind of person gets, so the same steps are followed every time.{' '}
          {manage ? 'Change them to fit how your company works;' : 'Owners and admins change them;'} checklists already started keep the items they
          started with.
        </Text>
      </div>
      <Group gap="md" align="flex-end">
        <SegmentedControl
          aria-label="Checklist"
          data={[
            { value: 'onboarding', label: 'Onboarding' },
            { value: 'offboarding', label: 'Offboarding' },
          ]}
          value={kind}
          onChange={(value) => {
            setKind(value as ChecklistKind);
            reset();
          }}
        />
        <Select
          aria-label="Kind of person"
          allowDeselect={false}
          w={200}
          data={Object.entries(personKindLabels).map(([value, label]) => ({ value, label }))}
          value={personKind}
          onChange={(value) => {
            if (!value) return;
            setPersonKind(value as PersonKind);
            reset();
          }}
        />
        {data && (
          <Badge variant="light" color={data.edited ? 'blue' : 'gray'}>
            {data.edited ? 'Your own checklist' : 'As Groundwork ships it'}
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {kind === 'onboarding'
          ? `When an onboarding of ${personKindPlurals[personKind]} starts, one “create the account” item is added per system chosen.`
          : `When an offboarding of ${personKindPlurals[personKind]} starts, one revocation item is added per system in the inventory and one return item per asset they hold.`}
      </Text>
      {saved && (
        <Alert color="green" variant="light" withCloseButton onClose={() => setSaved(false)}>
          Saved. The next {kind} of {personKindPlurals[personKind]} follows it; checklists already started keep theirs.
        </Alert>
      )}
      {template.error ? (
        <ProblemAlert problem={template.error} />
      ) : !data ? (
        <Center p="xl">
          <Loader aria-label="Loading the checklist" />
        </Center>
      ) : editing ? (
        <>
          {problem && <ProblemAlert problem={problem} title="The checklist was not saved" />}
          <TemplateEditor key={url} kind={kind} items={data.items} busy={busy} problem={problem} onSave={save} onCancel={reset} />
        </>
      ) : (
        <>
          <TemplateTable items={data.items} />
          {manage && (
            <Group>
              <Button variant="light" onClick={() => setEditing(true)}>
                Edit this checklist
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}

function TemplateTable({ items }: { items: ItemSpec[] }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" aria-label="Checklist items">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={140}>Phase</Table.Th>
            <Table.Th>Item</Table.Th>
            <Table.Th w={140}>Proof</Table.Th>
            <Table.Th w={170}>Confirmed by</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.key}>
              <Table.Td>{phaseName(item.phase)}</Table.Td>
              <Table.Td>{item.title}</Table.Td>
              <Table.Td>{proofLabels[item.proof]}</Table.Td>
              <Table.Td>{confirmerLabels[item.confirmedBy]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
