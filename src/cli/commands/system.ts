import type { AccountFlagId } from '../../accounts/account-flags.ts';
import { listAccounts } from '../../accounts/list-accounts.ts';
import { type AccountSnapshot, latestSnapshot } from '../../accounts/snapshot.ts';
import { loadConfig } from '../../config.ts';
import { AppError } from '../../errors.ts';
import { openWorkspace } from '../../open-workspace.ts';
import { addSystem } from '../../systems/add-system.ts';
import { retireSystem } from '../../systems/retire-system.ts';
import { listSystems, loadSystem, type System } from '../../systems/system.ts';
import type { SystemInput } from '../../systems/system-input.ts';
import { updateSystem } from '../../systems/update-system.ts';
import { cliActor, type Command, type CommandIo } from '../command.ts';
import { formatTable } from '../output.ts';
import { remoteCall, type RemoteServer, targetFor } from '../remote.ts';
import { optionsFor } from '../options.ts';
import { flagCountTable, snapshotLine } from './accounts-output.ts';

const USAGE = `groundwork system|systems <action> [options] [--json]
  list                                           every system: in use first, then retired
  show <id>                                      one system, and its accounts' snapshot in force
  add --name N --category C --owner O --classification K [details]
  update <id> [--name N] [--category C] [--owner O] [--classification K] [details]
  retire <id> --reason TEXT                      stopped using it: kept for the record, out of checklists
Details: --in-scope yes|no (default yes), --sso yes|no, --mfa yes|no (default no),
  --session-timeout MINUTES|none, --default-role ROLE ("" for none).
Categories: cloud-provider, code-repository, production-database, payment-processor, email, chat,
  password-manager, monitoring, support, marketing, analytics, hr, finance, legal,
  customer-facing-admin, other. Classes: public, internal, confidential.
On the server the CLI has every right; with GROUNDWORK_URL and GROUNDWORK_TOKEN it acts as the token's user.`;
const { usageError, option, required } = optionsFor(USAGE);

/** What each action does, locally (the domain) or remotely (the API), with one output. */
interface Target {
  list(): Promise<System[]>;
  show(id: string): Promise<System>;
  add(input: SystemInput): Promise<System>;
  update(id: string, changes: Partial<SystemInput>): Promise<System>;
  retire(id: string, reason: string): Promise<System>;
  /** The snapshot of the system's accounts in force, with how many carry each flag; undefined before the first import. */
  accounts(id: string): Promise<SnapshotInForce | undefined>;
  close(): Promise<void>;
}

type SnapshotInForce = AccountSnapshot & { counts: Record<AccountFlagId, number> };

async function localTarget(): Promise<Target> {
  const workspace = await openWorkspace(loadConfig());
  const ctx = workspace.context(cliActor());
  return {
    list: () => listSystems(ctx),
    show: (id) => loadSystem(ctx, id),
    add: (input) => addSystem(ctx, input),
    update: (id, changes) => updateSystem(ctx, id, changes),
    retire: (id, reason) => retireSystem(ctx, { id, reason }),
    accounts: async (id) => {
      if (!(await latestSnapshot(ctx, id))) return undefined;
      const { snapshot, counts } = await listAccounts(ctx, { systemId: id, limit: 0 });
      return { ...snapshot, counts };
    },
    close: () => workspace.close(),
  };
}

function remoteTarget(server: RemoteServer): Target {
  const at = (id: string) => `/api/systems/${encodeURIComponent(id)}`;
  return {
    list: async () => (await remoteCall<{ systems: System[] }>(server, 'GET', '/api/systems')).systems,
    show: (id) => remoteCall(server, 'GET', at(id)),
    add: (input) => remoteCall(server, 'POST', '/api/systems', input),
    update: (id, changes) => remoteCall(server, 'PATCH', at(id), changes),
    retire: (id, reason) => remoteCall(server, 'POST', `${at(id)}/retire`, { reason }),
    accounts: async (id) => {
      try {
        const { snapshot, counts } = await remoteCall<{ snapshot: AccountSnapshot; counts: SnapshotInForce['counts'] }>(server, 'GET', `${at(id)}/accounts?limit=0`);
        return { ...snapshot, counts };
      } catch (error) {
        // The system was just found: not found means it has no accounts yet.
        if (error instanceof AppError && error.code === 'not_found') return undefined;
        throw error;
      }
    },
    close: async () => {},
  };
}




function yesNo(io: CommandIo, name: string): boolean | undefined {
  const value = option(io, name)?.trim().toLowerCase();
  if (value === undefined) return undefined;
  if (value !== 'yes' && value !== 'no') throw usageError(`--${name} is yes or no, not "${option(io, name)}"`, `--${name}`);
  return value === 'yes';
}

function minutes(io: CommandIo): number | null | undefined {
  const value = option(io, 'session-timeout')?.trim();
  if (value === undefined) return undefined;
  if (value === 'none') return null;
  if (!/^\d+$/.test(value)) throw usageError(`--session-timeout is a number of minutes, or none; not "${value}"`, '--session-timeout');
  return Number(value);
}

/** The fields given on the command line; those left out stay as they are. */
function details(io: CommandIo): Partial<SystemInput> {
  const given: Partial<SystemInput> = {
    name: option(io, 'name'),
    category: option(io, 'category'),
    owner: option(io, 'owner'),
    classification: option(io, 'classification'),
    inScope: yesNo(io, 'in-scope'),
    ssoEnforced: yesNo(io, 'sso'),
    mfaEnforced: yesNo(io, 'mfa'),
    sessionTimeoutMinutes: minutes(io),
    defaultRole: option(io, 'default-role'),
  };
  return Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
}

const yes = (value: boolean) => (value ? 'yes' : 'no');
const timeout = (system: System) => (system.sessionTimeoutMinutes === null ? '-' : `${system.sessionTimeoutMinutes} min`);

function shown(system: System): string {
  return [
    `${system.name} (${system.id})${system.retiredAt ? `: retired on ${system.retiredAt.slice(0, 10)}` : ''}`,
    `  category        ${system.category}`,
    `  owner           ${system.owner}`,
    `  classification  ${system.classification}`,
    `  in scope        ${yes(system.inScope)}`,
    `  SSO enforced    ${yes(system.ssoEnforced)}`,
    `  MFA enforced    ${yes(system.mfaEnforced)}`,
    `  session timeout ${timeout(system)}`,
    `  default role    ${system.defaultRole ?? '-'}`,
  ].join('\n');
}

function positional(io: CommandIo): string {
  const id = io.args[1];
  if (!id) throw usageError(`name the system: groundwork system ${io.args[0]} <id>`, 'id');
  return id;
}

export const system: Command = {
  usage: USAGE,
  remote: true,
  options: Object.fromEntries(['name', 'category', 'owner', 'classification', 'in-scope', 'sso', 'mfa', 'session-timeout', 'default-role', 'reason'].map((name) => [name, { type: 'string' }])),
  async run(io) {
    const action = io.args[0];
    const actions = ['list', 'show', 'add', 'update', 'retire'];
    if (!action || !actions.includes(action)) throw usageError(action ? `unknown action "${action}"` : 'name an action', 'action');
    const target = await targetFor(remoteTarget, localTarget);
    try {
      switch (action) {
        case 'list': {
          const systems = await target.list();
          io.emit({ systems }, () =>
            systems.length === 0
              ? 'no systems yet: add one with `groundwork system add --name GitHub --category code-repository --owner cto@company.com --classification confidential`'
              : formatTable(
                  systems.map((s) => ({ id: s.id, name: s.name, category: s.category, owner: s.owner, class: s.classification, scope: yes(s.inScope), sso: yes(s.ssoEnforced), mfa: yes(s.mfaEnforced), timeout: timeout(s), retired: s.retiredAt?.slice(0, 10) ?? '' })),
                  ['id', 'name', 'category', 'owner', 'class', 'scope', 'sso', 'mfa', 'timeout', 'retired'],
                ),
          );
          return 0;
        }
        case 'show': {
          const found = await target.show(positional(io));
          const snapshot = await target.accounts(found.id);
          const accounts = snapshot ? `${snapshotLine(snapshot)}\n${flagCountTable(snapshot.counts)}` : found.retiredAt ? undefined : `no accounts yet: groundwork accounts import --system ${found.id} FILE…`;
          io.emit({ ...found, snapshot: snapshot ?? null }, () => [shown(found), ...(accounts ? ['', accounts] : [])].join('\n'));
          return 0;
        }
        case 'add': {
          const given = details(io);
          const added = await target.add({ ...given, name: required(io, 'name'), category: required(io, 'category'), owner: required(io, 'owner'), classification: required(io, 'classification') });
          io.emit(added, () => `added ${shown(added)}`);
          return 0;
        }
        case 'update': {
          const id = positional(io);
          const changes = details(io);
          if (Object.keys(changes).length === 0) throw usageError('say what changes, as in --owner cto@company.com', 'options');
          const changed = await target.update(id, changes);
          io.emit(changed, () => shown(changed));
          return 0;
        }
        default: {
          const retired = await target.retire(positional(io), required(io, 'reason'));
          io.emit(retired, () => `${shown(retired)}\nit stays in the inventory for the record and leaves the onboarding and offboarding checklists`);
          return 0;
        }
      }
    } finally {
      await target.close();
    }
  },
};
