import { loadConfig } from '../../config.ts';
import { seedDemo } from '../../demo/seed-demo.ts';
import { openWorkspace } from '../../open-workspace.ts';
import { cliActor, type Command } from '../command.ts';

export const demo: Command = {
  usage: 'groundwork demo [--force] [--json]',
  async run(io) {
    const workspace = await openWorkspace(loadConfig());
    try {
      const summary = await seedDemo(workspace.context(cliActor()), { force: io.flags.force });
      io.emit(summary, () =>
        [
          `${summary.company}: ${summary.users} users, ${summary.people} people, ${summary.systems} systems, ${summary.policies} policies, ${summary.acknowledgements} acknowledgements, ${summary.accountLists} account lists, ${summary.accessReviews} access reviews, ${summary.events} evidence events, ${summary.obligations} obligations, ${summary.controlRecords} control records (evidence attached, exceptions)`,
          'run `npm start`, open the web UI and sign in as the owner (you set up an authenticator app first):',
          `  email     ${summary.signIn.email}`,
          `  password  ${summary.signIn.password}`,
        ].join('\n'),
      );
      return 0;
    } finally {
      await workspace.close();
    }
  },
};
