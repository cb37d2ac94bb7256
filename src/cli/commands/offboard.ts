import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { invalidInput } from '../../errors.ts';
import type { Command } from '../command.ts';
import { formatTable } from '../output.ts';
import { instantOption, optionsFor } from '../options.ts';
import { checklistTarget, checklistText } from './checklist-output.ts';

const USAGE = `groundwork offboard <person> --at TIME [--reason voluntary|contract-end] [--json]
groundwork offboard <person> --at TIME --involuntary --conversation-at TIME
groundwork offboard --rif FILE --at TIME [--conversation-at TIME]
  --at               when access ends: "now" or an ISO time with offset (2026-03-02T17:00:00-05:00).
                     Every revocation is due by the end of that day in the workspace's time zone.
  --involuntary      access is cut before the conversation; anything revoked after --conversation-at is flagged.
  --rif FILE         a reduction in force: a CSV with an "email" column (or one email per line);
                     everyone is offboarded at the same cut-off, in one step, or nobody is.`;

const { option, required } = optionsFor(USAGE);

/** The people of a reduction-in-force file: an "email" column, or one address per line. */
async function rifPeople(file: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw invalidInput(`cannot read ${file} (${(error as NodeJS.ErrnoException).code})`, '--rif');
  }
  const rows = parse(text, { skip_empty_lines: true, trim: true, relax_column_count: true }) as string[][];
  const header = rows[0]?.map((h) => h.toLowerCase()) ?? [];
  const column = header.indexOf('email');
  const body = column === -1 ? rows : rows.slice(1);
  const emails = body.map((row, index) => {
    const email = row[column === -1 ? 0 : column]?.trim() ?? '';
    const line = index + (column === -1 ? 1 : 2);
    if (!email.includes('@')) throw invalidInput(`${file} line ${line}: "${email}" is not an email address`, `${file}:${line}`);
    return email;
  });
  if (emails.length === 0) throw invalidInput(`${file} names nobody`, '--rif');
  return emails;
}

export const offboard: Command = {
  usage: USAGE,
  remote: true,
  options: { at: { type: 'string' }, reason: { type: 'string' }, involuntary: { type: 'boolean' }, 'conversation-at': { type: 'string' }, rif: { type: 'string' } },
  async run(io) {
    const terminatesAt = instantOption(required(io, 'at'), 'at').toISOString();
    const conversationText = option(io, 'conversation-at');
    const conversationAt = conversationText === undefined ? undefined : instantOption(conversationText, 'conversation-at').toISOString();
    const rif = option(io, 'rif');
    const target = await checklistTarget();
    try {
      if (rif) {
        if (io.args.length > 0 || io.options.involuntary || io.options.reason) throw invalidInput(`--rif names everyone in its file, with one cut-off\n\nusage: ${USAGE}`, '--rif');
        const { batchId, checklists } = await target.reductionInForce(await rifPeople(rif), terminatesAt, conversationAt);
        io.emit({ batchId, checklists }, () =>
          `Reduction in force ${batchId}: ${checklists.length} people offboarded at ${terminatesAt}\n\n${formatTable(checklists.map((c) => ({ person: c.person.email, items: c.total, due: c.deadline?.dueOn ?? '' })), ['person', 'items', 'due'])}`,
        );
        return 0;
      }
      const [person] = io.args;
      if (!person) throw invalidInput(`name the person by email, or give --rif FILE\n\nusage: ${USAGE}`, 'person');
      const reason = io.options.involuntary ? 'involuntary' : (option(io, 'reason') ?? 'voluntary');
      if (io.options.involuntary && io.options.reason) throw invalidInput('give --involuntary or --reason, not both', '--reason');
      if (reason !== 'voluntary' && reason !== 'involuntary' && reason !== 'contract-end') throw invalidInput(`--reason must be voluntary or contract-end (or use --involuntary, or --rif), not "${reason}"`, '--reason');
      const checklist = await target.offboard(person, { terminatesAt, reason, conversationAt });
      io.emit(checklist, () => checklistText(checklist));
      return 0;
    } finally {
      await target.close();
    }
  },
};
