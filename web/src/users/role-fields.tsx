import { Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { ApiProblem } from '../ui/api.ts';
import { fieldError } from '../ui/field-error.ts';
import type { Role } from '../identity/identity-types.ts';
import { roleLabels, roleSentence } from '../identity/role-descriptions.ts';

export interface RoleChoice {
  role: Role;
  /** Auditors only, YYYY-MM-DD. */
  accessFrom: string;
  accessUntil: string;
}

/** The body fields for a role: the dates only for auditors. */
export function roleBody(choice: RoleChoice): { role: Role; accessFrom?: string; accessUntil?: string } {
  return choice.role === 'auditor' ? choice : { role: choice.role };
}

/** A role, what it means, and for an auditor the days their access lasts. */
export function RoleFields({ value, onChange, problem }: { value: RoleChoice; onChange(value: RoleChoice): void; problem: ApiProblem | undefined }) {
  return (
    <Stack gap="sm">
      <Select
        label="Role"
        allowDeselect={false}
        data={Object.entries(roleLabels).map(([role, label]) => ({ value: role, label }))}
        value={value.role}
        onChange={(role) => role && onChange({ ...value, role: role as Role })}
        description={roleSentence(value.role)}
        inputWrapperOrder={['label', 'input', 'description', 'error']}
        error={fieldError(problem, 'role')}
        comboboxProps={{ withinPortal: true }}
      />
      {value.role === 'auditor' && (
        <div>
          <Group grow align="flex-start">
            <TextInput
              label="First day of access"
              type="date"
              required
              value={value.accessFrom}
              onChange={(event) => onChange({ ...value, accessFrom: event.currentTarget.value })}
              error={fieldError(problem, 'accessFrom')}
            />
            <TextInput
              label="Last day of access"
              type="date"
              required
              value={value.accessUntil}
              onChange={(event) => onChange({ ...value, accessUntil: event.currentTarget.value })}
              error={fieldError(problem, 'accessUntil')}
            />
          </Group>
          <Text size="xs" c="dimmed" mt={4}>
            The auditor can sign in on these days only, both included, in the workspace’s time zone. Each page they open is
            recorded as evidence.
          </Text>
        </div>
      )}
    </Stack>
  );
}
