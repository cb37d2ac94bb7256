import { Accordion, Stack, Text, Title } from '@mantine/core';
import { useSession } from '../identity/session-context.tsx';
import { ChecklistSection } from './checklist-section.tsx';
import { confirmerName } from './checklist-labels.ts';
import type { ItemToComplete } from './complete-item-modal.tsx';
import { type Checklist, type ChecklistItem, type Engagement, type PersonDetail, personKindLabels } from './people-types.ts';

export interface PersonChecklistsProps {
  person: PersonDetail;
  checklists: Checklist[];
  onComplete(target: ItemToComplete): void;
}

/** The current engagement's checklists, newest first, to work on; an earlier engagement's below, read-only. */
export function PersonChecklists({ person, checklists, onComplete }: PersonChecklistsProps) {
  const { user } = useSession();
  const current = person.current;
  const of = (engagement: Engagement) => checklists.filter((c) => c.engagement.id === engagement.id).reverse();
  const earlier = person.engagements.filter((e) => e.id !== current.id).reverse();
  const me = user.email.toLowerCase();

  const section = (checklist: Checklist, engagement: Engagement, editable: boolean) => {
    const names = { person: person.name, manager: engagement.manager?.name };
    const isMe = (item: ChecklistItem) =>
      item.confirmedBy === 'person' ? [person.email, ...person.aliases].includes(me) : item.confirmedBy === 'manager' ? engagement.manager?.email === me : true;
    return (
      <ChecklistSection
        key={checklist.id}
        checklist={checklist}
        confirmer={(item) => confirmerName(item, names)}
        onComplete={
          editable
            ? (item) =>
                onComplete({
                  checklistId: checklist.id,
                  item,
                  of: `${person.name}’s ${checklist.kind}`,
                  onBehalfOf: isMe(item) ? undefined : confirmerName(item, names),
                })
            : undefined
        }
      />
    );
  };

  const own = of(current);
  return (
    <Stack gap="md">
      {own.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="no-checklist">
          {current.status === 'departed'
            ? 'This engagement ended without a checklist.'
            : current.status === 'pre-hire'
              ? `No onboarding yet. Start it before their first day (${current.startOn}): accounts, signed agreements and the policies to acknowledge are all on it.`
              : `No onboarding on record, though they started on ${current.startOn}. Start it now to record their accounts, signed agreements and acknowledgements.`}
        </Text>
      ) : (
        own.map((checklist) => section(checklist, current, current.status !== 'departed'))
      )}
      {earlier.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            Earlier engagements
          </Title>
          <Accordion variant="contained">
            {earlier.map((engagement) => (
              <Accordion.Item key={engagement.id} value={engagement.id}>
                <Accordion.Control>
                  {personKindLabels[engagement.kind]} from {engagement.startOn}: {of(engagement).length === 0 ? 'no checklists' : of(engagement).map((c) => c.kind).join(' and ')}, read-only
                </Accordion.Control>
                <Accordion.Panel>
                  <Stack gap="md">{of(engagement).map((checklist) => section(checklist, engagement, false))}</Stack>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </Stack>
      )}
    </Stack>
  );
}
