import { Group, Select, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import type { ApiProblem } from '../ui/api.ts';
import { fieldError } from '../ui/field-error.ts';
import { useApi } from '../ui/use-api.ts';
import { type Engagement, type PersonDetail, type PersonKind, type PersonList, personKindLabels } from './people-types.ts';

/** A person's form as typed: empty text is "not given". */
export interface PersonValues {
  name: string;
  email: string;
  aliases: string[];
  kind: PersonKind;
  title: string;
  department: string;
  /** The manager's work email, or "". */
  manager: string;
  startOn: string;
  endOn: string;
}

export const emptyPerson: PersonValues = { name: '', email: '', aliases: [], kind: 'employee', title: '', department: '', manager: '', startOn: '', endOn: '' };

export function valuesOf(person: PersonDetail, engagement: Engagement = person.current): PersonValues {
  return {
    name: person.name,
    email: person.email,
    aliases: person.aliases,
    kind: engagement.kind,
    title: engagement.title ?? '',
    department: engagement.department ?? '',
    manager: engagement.manager?.email ?? '',
    startOn: engagement.startOn,
    endOn: engagement.endOn ?? '',
  };
}

export interface PersonFieldsProps {
  value: PersonValues;
  onChange(value: PersonValues): void;
  problem: ApiProblem | undefined;
  /** Bringing someone back: only the new engagement, and their name if it changed. */
  engagementOnly?: boolean;
  /** Left out of the managers offered: nobody manages themselves. */
  personId?: string;
}

export const personFieldNames = ['name', 'email', 'aliases', 'kind', 'title', 'department', 'manager', 'startOn', 'endOn'];

/** Who the person is and their engagement: kind, title, manager and dates. */
export function PersonFields({ value, onChange, problem, engagementOnly = false, personId }: PersonFieldsProps) {
  const people = useApi<PersonList>('/api/people');
  const set = <K extends keyof PersonValues>(key: K, v: PersonValues[K]) => onChange({ ...value, [key]: v });
  const error = (field: string) => fieldError(problem, field);
  const managers = (people.data?.people ?? []).filter((p) => p.id !== personId && p.current.status !== 'departed').map((p) => ({ value: p.email, label: p.name }));
  if (value.manager && !managers.some((m) => m.value === value.manager)) managers.push({ value: value.manager, label: value.manager });
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label="Name" required={!engagementOnly} data-autofocus value={value.name} onChange={(e) => set('name', e.currentTarget.value)} error={error('name')} />
        {!engagementOnly && (
          <TextInput label="Work email" type="email" required value={value.email} onChange={(e) => set('email', e.currentTarget.value)} error={error('email')} />
        )}
        <Select
          label="Kind"
          allowDeselect={false}
          data={Object.entries(personKindLabels).map(([kind, label]) => ({ value: kind, label }))}
          value={value.kind}
          onChange={(kind) => kind && set('kind', kind as PersonKind)}
          error={error('kind')}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label="Manager"
          description="Confirms their access matches the role"
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          placeholder="Nobody"
          searchable
          clearable
          data={managers}
          value={value.manager || null}
          onChange={(manager) => set('manager', manager ?? '')}
          error={error('manager')}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput label="Job title" value={value.title} onChange={(e) => set('title', e.currentTarget.value)} error={error('title')} />
        <TextInput label="Department" value={value.department} onChange={(e) => set('department', e.currentTarget.value)} error={error('department')} />
      </SimpleGrid>
      <Group grow align="flex-start">
        <TextInput label="First day" type="date" required value={value.startOn} onChange={(e) => set('startOn', e.currentTarget.value)} error={error('startOn')} />
        <TextInput
          label="Last day"
          type="date"
          description="Required for contractors and short-term help"
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          value={value.endOn}
          onChange={(e) => set('endOn', e.currentTarget.value)}
          error={error('endOn')}
        />
      </Group>
      {!engagementOnly && (
        <TagsInput
          label="Other email addresses"
          description="Addresses their accounts use besides the work email, so their accounts are matched to them"
          value={value.aliases}
          onChange={(aliases) => set('aliases', aliases)}
          error={error('aliases')}
        />
      )}
    </Stack>
  );
}
