import { inTransaction, type Context } from '../context.ts';
import { appendEvent } from '../evidence/append-event.ts';
import { controls as catalog } from '../controls/catalog.ts';
import type { Control } from '../controls/control.ts';
import { AppError, invalidInput } from '../errors.ts';
import { storeAttachment } from '../evidence/store-attachment.ts';

function controlNamed(id: string): Control {
  const control = catalog.find((c) => c.id === id.toUpperCase());
  if (!control) throw new AppError('not_found', `there is no control "${id}"; controls are named like AC-06, as groundwork readiness lists them`, 'control');
  return control;
}

export interface AttachControlEvidenceInput {
  controlId: string;
  file: { name: string; bytes: Uint8Array };
  /** What the file shows, in a sentence. */
  note?: string;
  /** When the evidenced work was done, if earlier than now: the restore test run on 3 March. */
  effectiveAt?: Date;
}

/**
 * Evidence Groundwork does not keep itself (a restore test report, the board minutes), stored by
 * its SHA-256 and attached to the control in the evidence log. Readiness counts it for the period
 * it is effective in.
 */
export async function attachControlEvidence(ctx: Context, input: AttachControlEvidenceInput): Promise<{ controlId: string; sha256: string; seq: number }> {
  const control = controlNamed(input.controlId);
  if (input.effectiveAt && input.effectiveAt > ctx.now()) throw invalidInput('effectiveAt is in the future; evidence is of work already done', 'effectiveAt');
  return inTransaction(ctx, async (tx) => {
    const stored = await storeAttachment(tx, input.file.bytes, input.file.name);
    const event = await appendEvent(tx, {
      action: 'controls.evidence.attached',
      subject: { type: 'control', id: control.id },
      data: { fileName: input.file.name, ...(input.note ? { note: input.note } : {}) },
      effectiveAt: input.effectiveAt,
      attachments: [stored.sha256],
    });
    return { controlId: control.id, sha256: stored.sha256, seq: event.seq };
  });
}

export interface RecordControlExceptionInput {
  controlId: string;
  /** The item of the Type 2 report it explains: an occurrence, a hire, a leaver, a period. */
  ref: string;
  reason: string;
}

/** Why one occurrence or population member did not go by the rule: an auditor reads it beside the item. */
export async function recordControlException(ctx: Context, input: RecordControlExceptionInput): Promise<{ controlId: string; ref: string; seq: number }> {
  const control = controlNamed(input.controlId);
  const ref = input.ref.trim();
  const reason = input.reason.trim();
  if (!ref) throw invalidInput('name the item the exception is for (--ref, as the Type 2 report shows it)', 'ref');
  if (reason.length < 10) throw invalidInput('give the reason in a sentence: what happened and why it was acceptable', 'reason');
  return inTransaction(ctx, async (tx) => {
    const event = await appendEvent(tx, {
      action: 'controls.exception.recorded',
      subject: { type: 'control', id: control.id },
      data: { ref, reason },
    });
    return { controlId: control.id, ref, seq: event.seq };
  });
}
