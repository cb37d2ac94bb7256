import { invalidInput } from '../../errors.ts';
import type { Command } from '../command.ts';
import { checklistTarget, checklistText } from './checklist-output.ts';

const USAGE = `groundwork onboard <person> [--system ID[:ROLE] …] [--json]
  Starts the onboarding checklist for the person's kind: before day one, day one, first weeks.
  --system github:member   an account to create with its least-privilege role (repeat). Without it,
                           employees and interns get every in-scope system that has a default role;
                           contractors, freelancers and short-term help get only what is listed.`;

export const onboard: Command = {
  usage: USAGE,
  remote: true,
  options: { system: { type: 'string', multiple: true } },
  async run(io) {
    const [person] = io.args;
    if (!person) throw invalidInput(`name the person by email\n\nusage: ${USAGE}`, 'person');
    const listed = io.options.system as unknown as string[] | undefined;
    const systems = listed?.map((entry) => {
      const at = entry.indexOf(':');
      return at === -1 ? { system: entry } : { system: entry.slice(0, at), role: entry.slice(at + 1) };
    });
    const target = await checklistTarget();
    try {
      const checklist = await target.onboard(person, systems);
      io.emit(checklist, () => checklistText(checklist));
      return 0;
    } finally {
      await target.close();
    }
  },
};
