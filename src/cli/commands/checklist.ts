import { invalidInput } from '../../errors.ts';
import type { Command } from '../command.ts';
import { instantOption, optionsFor } from '../options.ts';
import { checklistTarget, checklistText, fileProof, pickChecklist } from './checklist-output.ts';

const USAGE = `groundwork checklist <action> <person> … [--kind onboarding|offboarding] [--json]
  show <person>                 the open checklist (or --kind), its items, deadline and exceptions
  done <person> <key> [--outcome O] [--link URL] [--file FILE] [--note TEXT] [--effective TIME] [--forward-until DATE]
                                complete one item with its proof; --effective when it was done earlier
  Outcomes: revoke:… revoked | no-account; return:… returned | not-returned (with --note);
  account:… created | not-needed (with --note); email-forwarding none | forwarded (with --forward-until).`;

const { option } = optionsFor(USAGE);

export const checklist: Command = {
  usage: USAGE,
  remote: true,
  options: { kind: { type: 'string' }, outcome: { type: 'string' }, link: { type: 'string' }, file: { type: 'string' }, note: { type: 'string' }, effective: { type: 'string' }, 'forward-until': { type: 'string' } },
  async run(io) {
    const [action, person, key] = io.args;
    if ((action !== 'show' && action !== 'done') || !person) throw invalidInput(`usage: ${USAGE}`, 'action');
    const target = await checklistTarget();
    try {
      const found = pickChecklist(await target.checklists(person), person, option(io, 'kind'));
      if (action === 'show') {
        io.emit(found, () => checklistText(found));
        return 0;
      }
      if (!key) throw invalidInput(`name the item's key (${found.items.filter((i) => !i.done).map((i) => i.key).join(', ')})\n\nusage: ${USAGE}`, 'key');
      const file = option(io, 'file');
      const effective = option(io, 'effective');
      const done = await target.complete(found.id, key, {
        outcome: option(io, 'outcome'),
        link: option(io, 'link'),
        note: option(io, 'note'),
        forwardUntil: option(io, 'forward-until'),
        effectiveAt: effective && instantOption(effective, 'effective').toISOString(),
        file: file ? await fileProof(file) : undefined,
      });
      io.emit(done, () => checklistText(done));
      return 0;
    } finally {
      await target.close();
    }
  },
};
