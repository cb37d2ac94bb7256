import { Alert, List, Text } from '@mantine/core';
import type { ApiProblem } from '../ui/api.ts';
import { sentence } from '../ui/sentence.ts';

/**
 * The import's refusal: the API lists every problem of the file on its own line ("line 4: Start
 * Date: empty; every row needs a start date"), so the whole file is fixed in one go.
 */
export function ImportProblems({ problem }: { problem: ApiProblem }) {
  const [first = '', ...lines] = problem.detail.split('\n');
  const listed = lines.map((line) => line.trim()).filter(Boolean);
  return (
    <Alert color="red" variant="light" title="Nothing was imported" role="alert" data-testid="import-problems">
      <Text size="sm">{sentence(first || problem.title)}</Text>
      {listed.length > 0 && (
        <List size="sm" mt={4} spacing={2}>
          {listed.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      )}
      {listed.length === 0 && problem.where && (
        <Text size="sm" c="dimmed" mt={4}>
          At {problem.where}
        </Text>
      )}
    </Alert>
  );
}
