import { Alert, Code, Text } from '@mantine/core';
import type { ApiProblem } from '../ui/api-problem.ts';
import { sentence } from '../ui/sentence.ts';

/** Why an import was refused, with the file, line and field it concerns; the list in force stays as it was. */
export function ImportProblem({ problem }: { problem: ApiProblem }) {
  return (
    <Alert color="red" variant="light" title="Nothing was imported: the list in force is unchanged" role="alert">
      {problem.where && problem.where !== 'body' && (
        <Text size="sm" fw={500}>
          <Code>{problem.where}</Code>
        </Text>
      )}
      <Text size="sm">{sentence(problem.detail || problem.title)}</Text>
    </Alert>
  );
}
