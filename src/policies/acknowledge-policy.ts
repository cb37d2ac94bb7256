import { type Context, inTransaction } from '../context.ts';
import { AppError } from '../errors.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { completeAcknowledgementItems } from '../people/acknowledgement-items.ts';
import { withArticle } from '../people/person-kind.ts';
import { loadPerson } from '../people/person.ts';
import { localDateOf } from '../time/local-date.ts';
import { getWorkspace } from '../workspace/get-workspace.ts';
import { type AcknowledgementVia, versionsInForce } from './acknowledgements.ts';
import { loadPolicy } from './policy.ts';

export interface AcknowledgeInput {
  /** Directory id, work email or alias. */
  personId: string;
  policyId: string;
  /** The version the person read, and the SHA-256 of the text they read. */
  version: number;
  sha256: string;
  via: AcknowledgementVia;
}

export interface Acknowledgement {
  personId: string;
  policyId: string;
  version: number;
  sha256: string;
  acknowledgedAt: string;
  via: AcknowledgementVia;
}

/**
 * Records that a person read and agreed to the version of a policy in force, naming the SHA-256
 * of the text they read. Only what the person owes is recorded: a policy for their kind, in its
 * version in force, not yet acknowledged in a version that still counts.
 */
export async function acknowledgePolicy(ctx: Context, input: AcknowledgeInput): Promise<Acknowledgement> {
  return inTransaction(ctx, async (tx) => {
    const person = await loadPerson(tx, input.personId);
    const { kind, status } = person.current;
    if (status !== 'pre-hire' && status !== 'active') {
      throw new AppError('conflict', `${person.name} is ${status}: only people joining or working here acknowledge policies`, 'personId');
    }
    const { policy, versions } = await loadPolicy(tx, input.policyId);
    const at = tx.now().toISOString();
    const day = async (iso: string) => localDateOf(new Date(iso), (await getWorkspace(tx)).timeZone).toString();
    if (policy.kind === 'procedure') throw new AppError('conflict', `${policy.title} is a procedure: people acknowledge the policy it carries out`, 'policyId');
    if (policy.retiredAt && policy.retiredAt <= at) throw new AppError('conflict', `${policy.title} was retired on ${await day(policy.retiredAt)}: there is nothing to acknowledge`, 'policyId');
    const published = versions.filter((v) => v.publishedAt).map((v) => ({ version: v.version, sha256: v.sha256, publishedAt: v.publishedAt!, material: v.material === true }));
    const inForce = versionsInForce(published, at);
    if (!inForce) throw new AppError('conflict', `${policy.title} is not published yet: there is nothing to acknowledge`, 'policyId');
    if (!policy.appliesTo.includes(kind)) {
      throw new AppError('conflict', `${policy.title} does not apply to ${person.name}, who is ${withArticle(kind)}: it applies to ${policy.appliesTo.join(', ')}`, 'policyId');
    }
    const current = inForce.inForce;
    if (input.version !== current.version) {
      const asked = versions.find((v) => v.version === input.version);
      if (!asked) throw new AppError('not_found', `${policy.title} has no version ${input.version}; version ${current.version} is in force`, 'version');
      const why = asked.version < current.version ? `was superseded by version ${current.version} on ${await day(current.publishedAt)}` : 'is not published';
      throw new AppError('conflict', `version ${input.version} of ${policy.title} ${why}: read version ${current.version}, the one in force`, 'version');
    }
    if (input.sha256 !== current.sha256) {
      throw new AppError('conflict', `the text of version ${current.version} of ${policy.title} changed since you opened it (SHA-256 ${input.sha256.slice(0, 12)}…); open it again`, 'sha256');
    }
    const previous = await tx.db
      .selectFrom('acknowledgements')
      .select(['version', 'acknowledged_at'])
      .where('person_id', '=', person.id)
      .where('policy_id', '=', policy.id)
      .where('version', '>=', inForce.required.version)
      .orderBy('version', 'desc')
      .executeTakeFirst();
    if (previous) {
      throw new AppError('conflict', `${person.name} already acknowledged version ${previous.version} of ${policy.title} on ${await day(previous.acknowledged_at)}`, 'policyId');
    }
    const event = await appendEvent(tx, {
      action: 'policies.policy.acknowledged',
      subject: { type: 'policy', id: policy.id },
      data: { personId: person.id, email: person.email, policyId: policy.id, version: current.version, sha256: current.sha256, via: input.via },
    });
    const acknowledgement: Acknowledgement = { personId: person.id, policyId: policy.id, version: current.version, sha256: current.sha256, acknowledgedAt: at, via: input.via };
    await tx.db.insertInto('acknowledgements').values({ person_id: person.id, policy_id: policy.id, version: current.version, sha256: current.sha256, acknowledged_at: at, via: input.via, evidence_seq: event.seq }).execute();
    await completeAcknowledgementItems(tx, person.id);
    return acknowledgement;
  });
}
