import { Alert, Code, Text } from '@mantine/core';
import type { ApiProblem } from './api-problem.ts';
import { sentence } from './sentence.ts';

/**
 * Shows an API error as the server worded it, with the input it concerns. A form passes its own
 * `title` ("Sign-in failed") instead of the server's generic one ("Unauthenticated"); its fields
 * show their own errors, so the input's name is then left out.
 */
export function ProblemAlert({ problem, title }: { problem: ApiProblem; title?: string }) {
  return (
    <Alert color="red" variant="light" title={title ?? sentence(problem.title)} role="alert">
      {problem.detail && <Text size="sm">{sentence(problem.detail)}</Text>}
      {problem.where && !title && (
        <Text size="sm" c="dimmed" mt={4}>
          Concerns <Code>{problem.where}</Code>
        </Text>
      )}
    </Alert>
  );
}
