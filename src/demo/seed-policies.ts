import type { Temporal } from 'temporal-polyfill';
import type { Context } from '../context.ts';
import { adoptPolicy } from '../policies/adopt-policy.ts';
import { approveVersion, publishVersion, submitVersion } from '../policies/approve-and-publish.ts';
import { loadPolicy } from '../policies/policy.ts';
import { suggestedValues } from '../policies/template-variables.ts';
import { writeVersion } from '../policies/write-version.ts';

type At = (actor: Context['actor'], date: Temporal.PlainDate, hour: number) => Context | undefined;

const brightline = {
  ...suggestedValues,
  companyName: 'Brightline Analytics',
  securityOwner: 'Maya Chen, the CTO',
  incidentContact: 'security@brightline.example or Maya Chen by phone',
};

/**
 * Brightline's policies: the day-one five adopted in the first week, written by the engineer and
 * approved by the CTO (who approved her own Information Security Policy: a small company has no
 * one else), with the security orientation, a non-material edit republished later, and the Incident Response Policy in review now.
 */
export async function seedPolicies(at: At, who: { cto: Context['actor']; engineer: Context['actor'] }, dates: { start: Temporal.PlainDate; later: Temporal.PlainDate; recent: Temporal.PlainDate }): Promise<number> {
  const dayOne = ['information-security', 'acceptable-use', 'access-control', 'password-authentication', 'data-classification'];
  // The one-page security orientation goes out with them: every onboarding asks for it.
  for (const id of [...dayOne, 'security-orientation']) {
    const author = id === 'information-security' ? who.cto : who.engineer;
    await adoptPolicy(at(author, dates.start, 10)!, { templateId: id, values: brightline });
    await submitVersion(at(author, dates.start.add({ days: 2 }), 11)!, { policyId: id, version: 1 });
    const approving = at(who.cto, dates.start.add({ days: 3 }), 16)!;
    const { policy } = await loadPolicy(approving, id);
    await approveVersion(approving, { policyId: id, version: 1, sha256: policy.latest.sha256 }, 'owner');
    await publishVersion(at(who.cto, dates.start.add({ days: 3 }), 17)!, { policyId: id, version: 1 });
  }

  const editing = at(who.engineer, dates.later, 10);
  if (editing) {
    const { policy } = await loadPolicy(editing, 'acceptable-use');
    const edited = await writeVersion(editing, {
      policyId: 'acceptable-use',
      basedOn: 1,
      text: `${policy.latest.text}\n\nPersonal phones may read work email and chat only with a screen lock and the company's device management profile.`,
    });
    await submitVersion(editing, { policyId: 'acceptable-use', version: 2 });
    const approving = at(who.cto, dates.later.add({ days: 1 }), 9)!;
    await approveVersion(approving, { policyId: 'acceptable-use', version: 2, sha256: edited.latest.sha256 }, 'owner');
    await publishVersion(approving, { policyId: 'acceptable-use', version: 2, material: false });
  }

  const drafting = at(who.engineer, dates.recent, 14);
  if (drafting) {
    await adoptPolicy(drafting, { templateId: 'incident-response', values: brightline });
    await submitVersion(drafting, { policyId: 'incident-response', version: 1 });
  }
  return dayOne.length + (drafting ? 1 : 0);
}
