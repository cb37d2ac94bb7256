import { invalidInput } from '../../errors.ts';
import type { Command } from '../command.ts';
import { checklistTarget, checklistText, fileProof, instant, option, pickChecklist } from './checklist-output.ts';

const USAGE = `groundwork checklist <action> <person> … [--kind onboarding|offboarding] [--json]
  show <person>                 the open checklist (or --kind), its items, deadline and exceptions
  done <person> <key> [--outcome O] [--link URL] [--file FILE] [--note TEXT] [--effective TIME] [--forward-until DATE]
                                complete one item with its proof; --effective when it was done earlier
  Outcomes: revoke:… revoked | no-account; return:… returned | not-returned (with --note);
  account:… created | not-needed (with --note); email-forwarding none | forwarded (with --forward-until).`;

export const checklist: Command = {
  usage: USAGE,
  remote: true,
  options: { kind: { type: 'string' }, outcome: { type: 'string' }, link: { type: 'string' }, file: { type: 'string' }, note: { type: 'string' }, effective: { type: 'string' }, 'forward-until': { type: 'string' } },
  async run(io) {
    const [action, person, key] = io.args;
    if ((action !== 'show' && action !== 'done') || !person) throw invalidInput(`usage: ${USAGE}`, 'action');
    const target = await checklistTarget();
    try {
      const found = pickChecklist(await target.checklists(person), person, option(io, 'kind', USAGE));
      if (action === 'show') {
        io.emit(found, () => checklistText(found));
        return 0;
      }
      if (!key) throw invalidInput(`name the item's key (${found.items.filter((i) => !i.done).map((i) => i.key).join(', ')})\n\nusage: ${USAGE}`, 'key');
      const file = option(io, 'file', USAGE);
      const effective = option(io, 'effective', USAGE);
      const done = await target.complete(found.id, key, {
        outcome: option(io, 'outcome', USAGE),
        link: option(io, 'link', USAGE),
        note: option(io, 'note', USAGE),
        forwardUntil: option(io, 'forward-until', USAGE),
        effectiveAt: effective && instant(effective, 'effective'),
        file: file ? await fileProof(file) : undefined,
      });
      io.emit(done, () => checklistText(done));
      return 0;
    } finally {
      await target.close();
    }
  },
};
