import { Center, Drawer, Loader, Stack, Text, Typography } from '@mantine/core';
import { ProblemAlert } from '../ui/problem-alert.tsx';
import { useApi } from '../ui/use-api.ts';
import type { TemplatePreview as Preview } from './policy-types.ts';

/** A template's text, filled with the suggested values, as it would read once adopted. */
export function TemplatePreview({ id, onClose }: { id: string | undefined; onClose(): void }) {
  const preview = useApi<Preview>(id ? `/api/policy-templates/${encodeURIComponent(id)}` : null);
  const shown = preview.data?.id === id ? preview.data : undefined;
  return (
    <Drawer opened={id !== undefined} onClose={onClose} position="right" size="xl" title={<Text fw={600}>{shown?.title ?? 'Template'}</Text>}>
      {preview.error ? (
        <ProblemAlert problem={preview.error} />
      ) : !shown ? (
        <Center p="xl">
          <Loader aria-label="Loading the template" />
        </Center>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Filled in with your company’s name and suggested values for {shown.variables.filter((v) => v.name !== 'companyName').map((v) => v.label.toLowerCase()).join(', ')}; you set your own when you adopt it.
          </Text>
          {/* Rendered by the server with raw HTML shown as text: nothing in a template runs here. */}
          <Typography data-testid="template-text">
            <div dangerouslySetInnerHTML={{ __html: shown.html }} />
          </Typography>
        </Stack>
      )}
    </Drawer>
  );
}
