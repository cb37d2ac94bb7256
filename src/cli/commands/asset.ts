import { loadConfig } from '../../config.ts';
import { addAsset, type AssetInput } from '../../assets/add-asset.ts';
import { type Asset, listAssets } from '../../assets/asset.ts';
import { type AssetAssignment, assetHistory } from '../../assets/asset-history.ts';
import { assignAsset } from '../../assets/assign-asset.ts';
import { returnAsset } from '../../assets/return-asset.ts';
import { openWorkspace } from '../../open-workspace.ts';
import { cliActor, type Command, type CommandIo } from '../command.ts';
import { formatTable } from '../output.ts';
import { remoteCall, type RemoteServer, targetFor } from '../remote.ts';
import { instantOption, optionsFor } from '../options.ts';

const USAGE = `groundwork asset <action> [options] [--json]
  list                                           every asset and who has it now
  show <tag>                                     one asset and everyone who has had it
  add <tag> --kind K [--description TEXT]        kinds: laptop, hardware-token, badge, phone, other
  assign <tag> --person EMAIL [--at TIME]        hand it to someone in the people directory
  return <tag> [--note TEXT] [--at TIME]         it came back, in the state the note says
--at is when it happened, if earlier than now: 2026-03-06T17:30:00Z or 2026-03-06T12:30:00-05:00.
On the server the CLI has every right; with GROUNDWORK_URL and GROUNDWORK_TOKEN it acts as the token's user.`;
const { usageError, option } = optionsFor(USAGE);

type History = { asset: Asset; assignments: AssetAssignment[] };

/** What each action does, locally (the domain) or remotely (the API), with one output. */
interface Target {
  list(): Promise<Asset[]>;
  show(tag: string): Promise<History>;
  add(input: AssetInput): Promise<Asset>;
  assign(tag: string, person: string, at: Date | undefined): Promise<Asset>;
  return(tag: string, note: string | undefined, at: Date | undefined): Promise<Asset>;
  close(): Promise<void>;
}

async function localTarget(): Promise<Target> {
  const workspace = await openWorkspace(loadConfig());
  const ctx = workspace.context(cliActor());
  return {
    list: () => listAssets(ctx),
    show: (tag) => assetHistory(ctx, tag),
    add: (input) => addAsset(ctx, input),
    assign: (tag, person, effectiveAt) => assignAsset(ctx, { tag, person, effectiveAt }),
    return: (tag, note, effectiveAt) => returnAsset(ctx, { tag, note, effectiveAt }),
    close: () => workspace.close(),
  };
}

function remoteTarget(server: RemoteServer): Target {
  const at = (tag: string) => `/api/assets/${encodeURIComponent(tag)}`;
  return {
    list: async () => (await remoteCall<{ assets: Asset[] }>(server, 'GET', '/api/assets')).assets,
    show: (tag) => remoteCall(server, 'GET', at(tag)),
    add: (input) => remoteCall(server, 'POST', '/api/assets', input),
    assign: (tag, person, effectiveAt) => remoteCall(server, 'POST', `${at(tag)}/assign`, { person, effectiveAt: effectiveAt?.toISOString() }),
    return: (tag, note, effectiveAt) => remoteCall(server, 'POST', `${at(tag)}/return`, { note, effectiveAt: effectiveAt?.toISOString() }),
    close: async () => {},
  };
}



function when(io: CommandIo): Date | undefined {
  const value = option(io, 'at')?.trim();
  return value === undefined ? undefined : instantOption(value, 'at');
}

function tagOf(io: CommandIo): string {
  const tag = io.args[1];
  if (!tag) throw usageError(`name the asset by its tag: groundwork asset ${io.args[0]} <tag>`, 'tag');
  return tag;
}

const holderText = (asset: Asset) => (asset.holder ? `${asset.holder.name} <${asset.holder.email}> since ${asset.holder.assignedAt.slice(0, 10)}` : 'on the shelf');
const heading = (asset: Asset) => `${asset.tag}: ${asset.kind}${asset.description ? `, ${asset.description}` : ''}; ${holderText(asset)}`;

function historyText({ asset, assignments }: History): string {
  if (assignments.length === 0) return `${heading(asset)}\nnever handed out`;
  const rows = assignments.map((a) => ({
    person: `${a.name} <${a.email}>`,
    assigned: `${a.assignedAt.slice(0, 16).replace('T', ' ')} by ${a.assignedBy}`,
    returned: a.returnedAt ? `${a.returnedAt.slice(0, 16).replace('T', ' ')} by ${a.returnedBy}` : '-',
    note: a.returnNote ?? '',
  }));
  return `${heading(asset)}\n\n${formatTable(rows, ['person', 'assigned', 'returned', 'note'])}`;
}

export const asset: Command = {
  usage: USAGE,
  remote: true,
  options: { kind: { type: 'string' }, description: { type: 'string' }, person: { type: 'string' }, note: { type: 'string' }, at: { type: 'string' } },
  async run(io) {
    const action = io.args[0];
    const actions = ['list', 'show', 'add', 'assign', 'return'];
    if (!action || !actions.includes(action)) throw usageError(action ? `unknown action "${action}"` : 'name an action', 'action');
    const target = await targetFor(remoteTarget, localTarget);
    try {
      switch (action) {
        case 'list': {
          const assets = await target.list();
          io.emit({ assets }, () =>
            assets.length === 0
              ? 'no assets yet: add one with `groundwork asset add BL-0042 --kind laptop --description "MacBook Pro 14"`'
              : formatTable(
                  assets.map((a) => ({ tag: a.tag, kind: a.kind, description: a.description ?? '', holder: a.holder ? a.holder.email : '-', since: a.holder?.assignedAt.slice(0, 10) ?? '' })),
                  ['tag', 'kind', 'description', 'holder', 'since'],
                ),
          );
          return 0;
        }
        case 'show': {
          const history = await target.show(tagOf(io));
          io.emit(history, () => historyText(history));
          return 0;
        }
        case 'add': {
          const kind = option(io, 'kind');
          if (!kind?.trim()) throw usageError('--kind is required', '--kind');
          const added = await target.add({ tag: tagOf(io), kind, description: option(io, 'description') });
          io.emit(added, () => `added ${heading(added)}`);
          return 0;
        }
        case 'assign': {
          const person = option(io, 'person');
          if (!person?.trim()) throw usageError('--person is required: their work email', '--person');
          const assigned = await target.assign(tagOf(io), person, when(io));
          io.emit(assigned, () => heading(assigned));
          return 0;
        }
        default: {
          const returned = await target.return(tagOf(io), option(io, 'note'), when(io));
          io.emit(returned, () => `${heading(returned)}: returned`);
          return 0;
        }
      }
    } finally {
      await target.close();
    }
  },
};
