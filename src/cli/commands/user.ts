import { loadConfig } from '../../config.ts';
import { invalidInput } from '../../errors.ts';
import { inviteUser, reissueInvite } from '../../identity/invites.ts';
import { changeUser, deactivateUser, listUsers, resetMfa } from '../../identity/manage-users.ts';
import { userRowOrThrow, type User } from '../../identity/user.ts';
import { openWorkspace } from '../../open-workspace.ts';
import { cliActor, type Command, type CommandIo } from '../command.ts';
import { formatTable } from '../output.ts';
import { remoteCall, type RemoteServer, targetFor } from '../remote.ts';
import { optionsFor } from '../options.ts';

const USAGE = `groundwork user <action> [options] [--json]
  list                                           every user, their role, status and second factor
  add --email E --role R [--name N]              invite a user; prints a single-use link valid 7 days
      [--access-from YYYY-MM-DD --access-until YYYY-MM-DD]   (auditors: the days their access covers)
  role --email E --role R [--access-from … --access-until …]  change a role or an auditor's dates
  invite --email E                               a new invite link, or a password reset link (24 hours) for an active user
  deactivate --email E                           end their sessions and revoke their API tokens
  reset-mfa --email E                            remove their authenticator; they enrol again
Roles: owner, admin, reviewer, member, auditor. On the server the CLI has every right;
with GROUNDWORK_URL and GROUNDWORK_TOKEN it acts as the token's user.`;
const { option, required } = optionsFor(USAGE);

/** What each action does, locally (the domain) or remotely (the API), with one output. */
interface Target {
  list(): Promise<User[]>;
  add(input: { email: string; role: string; name?: string; accessFrom?: string; accessUntil?: string }): Promise<{ user: User; inviteUrl: string; expiresAt: string }>;
  role(email: string, change: { role?: string; accessFrom?: string; accessUntil?: string }): Promise<User>;
  invite(email: string): Promise<{ inviteUrl: string; expiresAt: string }>;
  deactivate(email: string): Promise<User>;
  resetMfa(email: string): Promise<User>;
  close(): Promise<void>;
}

async function localTarget(): Promise<Target> {
  const workspace = await openWorkspace(loadConfig());
  const ctx = workspace.context(cliActor());
  const link = (token: string) => `${workspace.config.publicUrl}/invite/${token}`;
  const idOf = async (email: string) => (await userRowOrThrow(ctx, { email })).id;
  return {
    list: () => listUsers(ctx),
    add: async (input) => {
      const { user, invite } = await inviteUser(ctx, input, undefined);
      return { user, inviteUrl: link(invite.token), expiresAt: invite.expiresAt };
    },
    role: async (email, change) => changeUser(ctx, undefined, await idOf(email), change),
    invite: async (email) => {
      const invite = await reissueInvite(ctx, await idOf(email));
      return { inviteUrl: link(invite.token), expiresAt: invite.expiresAt };
    },
    deactivate: async (email) => deactivateUser(ctx, undefined, await idOf(email)),
    resetMfa: async (email) => resetMfa(ctx, undefined, await idOf(email)),
    close: () => workspace.close(),
  };
}

function remoteTarget(server: RemoteServer): Target {
  const list = async () => (await remoteCall<{ users: User[] }>(server, 'GET', '/api/users')).users;
  const idOf = async (email: string) => {
    const found = (await list()).find((u) => u.email === email.trim().toLowerCase());
    if (!found) throw invalidInput(`no user has the email ${email}`, 'email');
    return found.id;
  };
  return {
    list,
    add: (input) => remoteCall(server, 'POST', '/api/users', input),
    role: async (email, change) => remoteCall(server, 'PATCH', `/api/users/${await idOf(email)}`, change),
    invite: async (email) => remoteCall(server, 'POST', `/api/users/${await idOf(email)}/invite`),
    deactivate: async (email) => remoteCall(server, 'POST', `/api/users/${await idOf(email)}/deactivate`),
    resetMfa: async (email) => remoteCall(server, 'POST', `/api/users/${await idOf(email)}/reset-mfa`),
    close: async () => {},
  };
}



function describeUser(user: User): string {
  const access = user.role === 'auditor' ? `, access ${user.accessFrom} to ${user.accessUntil}` : '';
  return `${user.email}: ${user.role}, ${user.status}, ${user.mfaEnrolled ? 'authenticator enrolled' : 'no authenticator'}${access}`;
}

export const user: Command = {
  usage: USAGE,
  remote: true,
  options: {
    email: { type: 'string' },
    role: { type: 'string' },
    name: { type: 'string' },
    'access-from': { type: 'string' },
    'access-until': { type: 'string' },
  },
  async run(io) {
    const action = io.args[0];
    const actions = ['list', 'add', 'role', 'invite', 'deactivate', 'reset-mfa'];
    if (!action || !actions.includes(action)) throw invalidInput(`${action ? `unknown action "${action}"` : 'name an action'}\n\nusage: ${USAGE}`, 'action');
    const target = await targetFor(remoteTarget, localTarget);
    try {
      switch (action) {
        case 'list': {
          const users = await target.list();
          io.emit({ users }, () =>
            users.length === 0
              ? 'no users yet: `groundwork serve` prints a setup link, or run `groundwork user add --email you@company.com --role owner`'
              : formatTable(
                  users.map((u) => ({ email: u.email, name: u.name, role: u.role, status: u.status, mfa: u.mfaEnrolled ? 'yes' : 'no', access: u.accessFrom ? `${u.accessFrom} to ${u.accessUntil}` : '' })),
                  ['email', 'name', 'role', 'status', 'mfa', 'access'],
                ),
          );
          return 0;
        }
        case 'add': {
          const added = await target.add({ email: required(io, 'email'), role: required(io, 'role'), name: option(io, 'name'), accessFrom: option(io, 'access-from'), accessUntil: option(io, 'access-until') });
          io.emit(added, () => `invited ${describeUser(added.user)}\nsend them this link (single use, valid until ${added.expiresAt}):\n${added.inviteUrl}`);
          return 0;
        }
        case 'invite': {
          const invite = await target.invite(required(io, 'email'));
          io.emit(invite, () => `new link (earlier links no longer work; valid until ${invite.expiresAt}):\n${invite.inviteUrl}`);
          return 0;
        }
        case 'role': {
          const changed = await target.role(required(io, 'email'), { role: option(io, 'role'), accessFrom: option(io, 'access-from'), accessUntil: option(io, 'access-until') });
          io.emit(changed, () => describeUser(changed));
          return 0;
        }
        case 'deactivate': {
          const done = await target.deactivate(required(io, 'email'));
          io.emit(done, () => `${describeUser(done)}: sessions ended, API tokens revoked`);
          return 0;
        }
        default: {
          const done = await target.resetMfa(required(io, 'email'));
          io.emit(done, () => `${describeUser(done)}: they set up an authenticator again at their next sign-in`);
          return 0;
        }
      }
    } finally {
      await target.close();
    }
  },
};
