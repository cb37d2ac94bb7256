import { Alert, Code, Text } from '@mantine/core';
import type { ApiProblem } from './api-problem.ts';

/** Shows an API error as the server worded it, with the input it concerns. */
export function ProblemAlert({ problem }: { problem: ApiProblem }) {
  return (
    <Alert color="red" variant="light" title={sentence(problem.title)} role="alert">
      {problem.detail && <Text size="sm">{problem.detail}</Text>}
      {problem.where && (
        <Text size="sm" c="dimmed" mt={4}>
          Concerns <Code>{problem.where}</Code>
        </Text>
      )}
    </Alert>
  );
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
