import type { Context } from '../context.ts';
import { owedAcknowledgements } from '../policies/acknowledgements.ts';
import { loadChecklists } from './checklist.ts';
import { ACKNOWLEDGEMENT_ITEMS } from './checklist-template.ts';
import { completeItem } from './complete-item.ts';
import { loadPerson } from './person.ts';

/**
 * The onboarding items that acknowledgements prove complete themselves, in the transaction of
 * the acknowledgement that finishes them: "policies acknowledged" once every published policy
 * for the person's kind is acknowledged, "security orientation" once the orientation is.
 */
export async function completeAcknowledgementItems(tx: Context, personId: string): Promise<void> {
  const person = await loadPerson(tx, personId);
  const [onboarding] = (await loadChecklists(tx, { engagementIds: [person.current.id] })).filter((c) => c.kind === 'onboarding');
  if (!onboarding) return;
  const open = (key: string) => onboarding.items.some((i) => i.key === key && !i.done);
  if (!open(ACKNOWLEDGEMENT_ITEMS.policies) && !open(ACKNOWLEDGEMENT_ITEMS.orientation)) return;
  const owed = await owedAcknowledgements(tx, person.id);
  const policies = owed.policies.filter((p) => p.status === 'acknowledged').map((p) => `${p.policyId} v${p.acknowledgedVersion}`);
  if (open(ACKNOWLEDGEMENT_ITEMS.policies) && owed.policies.length > 0 && owed.complete) {
    await completeItem(tx, { checklistId: onboarding.id, key: ACKNOWLEDGEMENT_ITEMS.policies, note: `acknowledged in Groundwork: ${policies.join(', ')}` });
  }
  if (open(ACKNOWLEDGEMENT_ITEMS.orientation) && owed.securityOrientation) {
    await completeItem(tx, { checklistId: onboarding.id, key: ACKNOWLEDGEMENT_ITEMS.orientation, note: 'acknowledged in Groundwork' });
  }
}
