import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from '../app/router.tsx';
import { ProcedureLink } from './procedure-link.tsx';
import type { PolicyDetail } from './policy-types.ts';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}

/** Who owns the policy, whom it applies to, what it answers in SOC 2, and how it is carried out and proven. */
export function PolicyFacts({ policy }: { policy: PolicyDetail }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="About this policy">
      <Stack gap="sm">
        <Fact label="Owner">The {policy.ownerRole}: keeps it true{policy.kind === 'policy' ? ' and reviews it every year' : ''}</Fact>
        {policy.appliesTo.length > 0 && <Fact label="Applies to">{policy.appliesTo.join(', ')}</Fact>}
        {policy.kind === 'policy' && policy.procedure && (
          <Fact label="How it is carried out">
            <ProcedureLink policy={policy} />
          </Fact>
        )}
        {policy.parentId && (
          <Fact label="Procedure of">
            <Link to={`/policies/${encodeURIComponent(policy.parentId)}`}>the policy it carries out</Link>
          </Fact>
        )}
        {policy.evidence && <Fact label="What proves it">{policy.evidence}</Fact>}
        {policy.criteria.length > 0 && (
          <Fact label="SOC 2 criteria">
            <Group gap={4} mt={2}>
              {policy.criteria.map((criterion) => (
                <Badge key={criterion} variant="outline">
                  {criterion}
                </Badge>
              ))}
            </Group>
          </Fact>
        )}
      </Stack>
    </Paper>
  );
}
