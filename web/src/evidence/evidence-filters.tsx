import { Button, Group, Paper, SimpleGrid, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { type EvidenceView, type FilterName, filterNames } from './evidence-view.ts';

export interface EvidenceFiltersProps {
  view: EvidenceView;
  timeZone: string;
  onApply(filters: Record<FilterName, string>): void;
}

type DateErrors = Partial<Record<'from' | 'to', string>>;

/**
 * The filter form. It applies on submit (Enter or the button) rather than on each keystroke,
 * so the list and the URL change once per decision. Mount it with a `key` of the current
 * filters so that back and forward refill it. Dates are typed as YYYY-MM-DD, the form the
 * whole UI shows them in, rather than in the browser's locale.
 */
export function EvidenceFilters({ view, timeZone, onApply }: EvidenceFiltersProps) {
  const [errors, setErrors] = useState<DateErrors>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const filters = Object.fromEntries(filterNames.map((name) => [name, String(form.get(name) ?? '').trim()])) as Record<FilterName, string>;
    const found = dateErrors(filters.from, filters.to);
    setErrors(found);
    if (!found.from && !found.to) onApply(filters);
  }

  const clear = () => onApply({ subjectType: '', subjectId: '', action: '', actor: '', from: '', to: '' });

  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-label="Filter events">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="xs">
        <TextInput name="action" label="Action" placeholder="reviews.review.signed_off" defaultValue={view.action} />
        <TextInput name="subjectType" label="Subject type" placeholder="review" defaultValue={view.subjectType} />
        <TextInput name="subjectId" label="Subject id" placeholder="aws-2026-q2" defaultValue={view.subjectId} />
        <TextInput name="actor" label="Actor" placeholder="maya@example.com" defaultValue={view.actor} />
        <TextInput
          name="from"
          label="Effective from"
          placeholder="YYYY-MM-DD"
          description={`On or after this date, in ${timeZone}`}
          inputWrapperOrder={['label', 'input', 'error', 'description']}
          defaultValue={view.from}
          error={errors.from}
        />
        <TextInput
          name="to"
          label="Effective to"
          placeholder="YYYY-MM-DD"
          description="On or before this date"
          inputWrapperOrder={['label', 'input', 'error', 'description']}
          defaultValue={view.to}
          error={errors.to}
        />
      </SimpleGrid>
      <Group gap="xs" mt="md">
        <Button type="submit">Apply filters</Button>
        <Button variant="subtle" color="gray" onClick={clear}>
          Clear
        </Button>
      </Group>
    </Paper>
  );
}

function dateErrors(from: string, to: string): DateErrors {
  const errors: DateErrors = {};
  if (from && !isDate(from)) errors.from = 'Write the date as YYYY-MM-DD, e.g. 2026-04-01';
  if (to && !isDate(to)) errors.to = 'Write the date as YYYY-MM-DD, e.g. 2026-06-30';
  if (!errors.from && !errors.to && from && to && from > to) errors.to = `Must be on or after ${from}`;
  return errors;
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
