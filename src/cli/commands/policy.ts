import { open, readFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { AppError, invalidInput } from '../../errors.ts';
import { isTemplateVariable, suggestedValues, type TemplateVariable, templateVariables } from '../../policies/template-variables.ts';
import { MAX_POLICY_BYTES } from '../../policies/write-version.ts';
import type { Command, CommandIo } from '../command.ts';
import { formatTable } from '../output.ts';
import { targetFor } from '../remote.ts';
import { acknowledgementsCsv } from '../../policies/acknowledgements-csv.ts';
import { acknowledgementsTable, acknowledgeVersion } from './policy-acknowledgements.ts';
import { localTarget, type PolicySummary, remoteTarget, type TemplateRow, type VersionMeta } from './policy-targets.ts';

const USAGE = `groundwork policy <action> [options] [--json]
  templates                                      the templates to adopt from
  list                                           adopted policies, their versions and yearly review
  show <id> [--version N]                        a policy and the text of its newest (or given) version
  adopt <templateId> --company NAME [--set name=value …]   version 1, a draft; blanks default to suggestions
  edit <id> --file FILE.md [--based-on N]        save the file as a new version (based on the newest)
  submit <id> [--version N]                      send the newest draft for approval
  approve <id> [--version N]                     approve the version in review (owner or admin)
  publish <id> [--version N] [--material | --not-material]   put the approved version in force
  review <id> [--changed] [--note TEXT]          record the yearly review
  retire <id> --reason TEXT                      no longer in force; its reviews stop
  diff <id> --from N --to N                      what changed, line by line
  export --out FILE.zip                          every published policy as PDF and Markdown, with an index
  acks [--outstanding] [--csv]                   who has acknowledged which policy, and who has not
  ack-link --person EMAIL                        a single-use link, valid 14 days, for someone without a login to acknowledge
  ack <id> [--version N]                         acknowledge the version in force as the token's user (with GROUNDWORK_URL)
On the server the CLI has every right; with GROUNDWORK_URL and GROUNDWORK_TOKEN it acts as the token's user.`;

/** A new file to write; an existing one is never overwritten. */
async function createNewFile(file: string): Promise<NodeJS.WritableStream & Writable> {
  try {
    return (await open(file, 'wx')).createWriteStream();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw usageError(code === 'EEXIST' ? `${file} already exists; choose another name` : `cannot write ${file} (${code})`, '--out');
  }
}

function usageError(message: string, where: string): AppError {
  return invalidInput(`${message}\n\nusage: ${USAGE}`, where);
}

function text(io: CommandIo, name: string, required: true): string;
function text(io: CommandIo, name: string, required?: false): string | undefined;
function text(io: CommandIo, name: string, required = false): string | undefined {
  const value = io.options[name];
  if (typeof value === 'string' && value.trim()) return value;
  if (required) throw usageError(`--${name} is required`, `--${name}`);
  return undefined;
}

function versionNumber(io: CommandIo, name: string): number | undefined {
  const value = text(io, name);
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value.trim())) throw usageError(`--${name} must be a version number such as 2, not "${value}"`, `--${name}`);
  return Number(value);
}

/** The blanks of the template: suggestions, then --company, then every --set name=value. */
function adoptValues(io: CommandIo, template: TemplateRow): Partial<Record<TemplateVariable, string>> {
  const all: Record<string, string> = { ...suggestedValues, companyName: text(io, 'company', true) };
  for (const pair of (io.options.set as unknown as string[] | undefined) ?? []) {
    const at = pair.indexOf('=');
    const name = at < 0 ? pair : pair.slice(0, at);
    if (!isTemplateVariable(name)) throw usageError(`--set ${pair}: "${name}" is not a template variable; the variables are ${Object.keys(templateVariables).join(', ')}`, '--set');
    if (at < 0 || !pair.slice(at + 1).trim()) throw usageError(`--set ${pair}: give a value, as in --set ${name}=…`, '--set');
    all[name] = pair.slice(at + 1);
  }
  // Only the blanks this template uses: the adoption's evidence records the values it was given.
  return Object.fromEntries(template.variables.map((name) => [name, all[name]]));
}

/** The Markdown of --file; a missing, binary or oversized file is a usage error naming it. */
async function readMarkdown(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (error as Error).message;
    throw invalidInput(`cannot read ${file}: ${why}`, '--file');
  }
  if (bytes.length > MAX_POLICY_BYTES) throw invalidInput(`${file} is ${Math.ceil(bytes.length / 1024)} KB; a policy is at most ${MAX_POLICY_BYTES / 1024} KB`, '--file');
  try {
    if (bytes.includes(0)) throw new Error('NUL byte');
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidInput(`${file} is a binary file, not Markdown text`, '--file');
  }
}

const versionLabel = (v: VersionMeta | null) => (v ? `v${v.version}` : '-');
const describe = (p: PolicySummary, v: VersionMeta = p.latest) => `${p.title} (${p.id}) version ${v.version}: ${v.status.replace('_', ' ')}`;

function listTable(policies: PolicySummary[]): string {
  if (policies.length === 0) return 'no policies adopted yet: `groundwork policy templates`, then `groundwork policy adopt <templateId> --company NAME`';
  const rows = policies.map((p) => ({
    id: p.id,
    title: p.title,
    status: p.status.replace('_', ' '),
    published: versionLabel(p.published),
    latest: `${versionLabel(p.latest)} (${p.latest.status.replace('_', ' ')})`,
    'self-approved': p.published?.selfApproved || p.latest.selfApproved ? 'yes' : '',
    review: p.reviewObligationId ?? 'from publication',
  }));
  return formatTable(rows, ['id', 'title', 'status', 'published', 'latest', 'self-approved', 'review']);
}

export const policy: Command = {
  usage: USAGE,
  remote: true,
  options: {
    version: { type: 'string' },
    company: { type: 'string' },
    set: { type: 'string', multiple: true },
    file: { type: 'string' },
    'based-on': { type: 'string' },
    material: { type: 'boolean' },
    'not-material': { type: 'boolean' },
    changed: { type: 'boolean' },
    note: { type: 'string' },
    reason: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    out: { type: 'string' },
    outstanding: { type: 'boolean' },
    csv: { type: 'boolean' },
    person: { type: 'string' },
  },
  async run(io) {
    const [action, id] = io.args;
    const actions = ['templates', 'list', 'show', 'adopt', 'edit', 'submit', 'approve', 'publish', 'review', 'retire', 'diff', 'export', 'acks', 'ack-link', 'ack'];
    if (!action || !actions.includes(action)) throw usageError(action ? `unknown action "${action}"` : 'name an action', 'action');
    if (!['templates', 'list', 'export', 'acks', 'ack-link'].includes(action) && !id) throw usageError(`name the ${action === 'adopt' ? 'template' : 'policy'}: groundwork policy ${action} <id>`, 'id');
    if (io.options.material && io.options['not-material']) throw usageError('say --material or --not-material, not both', '--material');
    const target = await targetFor(remoteTarget, localTarget);
    const chosen = async (name = 'version') => versionNumber(io, name) ?? (await target.load(id!)).latest.version;
    try {
      switch (action) {
        case 'templates': {
          const templates = await target.templates();
          io.emit({ templates }, () => formatTable(templates.map((t) => ({ id: t.id, title: t.title, tier: t.tier ?? '', criteria: t.criteria.join(', ') })), ['id', 'title', 'tier', 'criteria']));
          return 0;
        }
        case 'list': {
          const policies = await target.list();
          io.emit({ policies }, () => listTable(policies));
          return 0;
        }
        case 'show': {
          const detail = await target.load(id!);
          const version = await target.text(id!, versionNumber(io, 'version') ?? detail.latest.version);
          io.emit({ ...detail, version }, () =>
            [
              `${detail.title} (${detail.id}): ${detail.status.replace('_', ' ')}; owner ${detail.ownerRole}; criteria ${detail.criteria.join(', ') || 'none'}`,
              `published ${versionLabel(detail.published)}; review ${detail.reviewObligationId ?? 'scheduled at first publication'}`,
              `version ${version.version}: ${version.status.replace('_', ' ')}, written by ${version.createdBy} at ${version.createdAt}${version.approvedBy ? `, approved by ${version.approvedBy}${version.selfApproved ? ' (self-approved)' : ''}` : ''}`,
              `sha256 ${version.sha256}`,
              '',
              version.text,
            ].join('\n'),
          );
          return 0;
        }
        case 'adopt': {
          const values = adoptValues(io, await target.template(id!));
          const adopted = await target.adopt(id!, values);
          io.emit(adopted, () => `adopted ${describe(adopted)}\nedit it with \`groundwork policy edit ${adopted.id} --file FILE.md\`, then submit it`);
          return 0;
        }
        case 'edit': {
          const markdown = await readMarkdown(text(io, 'file', true));
          const basedOn = await chosen('based-on');
          const written = await target.write(id!, basedOn, markdown);
          io.emit(written, () => (written.latest.version === basedOn ? `no change: the file is the text of version ${basedOn}` : `saved ${describe(written)}, sha256 ${written.latest.sha256}`));
          return 0;
        }
        case 'submit': {
          const submitted = await target.submit(id!, await chosen());
          io.emit(submitted, () => `${describe(submitted)}; an owner or admin approves it with \`groundwork policy approve ${submitted.id}\``);
          return 0;
        }
        case 'approve': {
          const detail = await target.load(id!);
          const number = versionNumber(io, 'version') ?? detail.latest.version;
          const read = detail.versions.find((v) => v.version === number);
          if (!read) throw new AppError('not_found', `there is no version ${number}; the versions are 1 to ${detail.versions.length}`, 'version');
          const approved = await target.approve(id!, number, read.sha256);
          io.emit({ ...approved, sha256: read.sha256 }, () => `${describe(approved)}${approved.latest.selfApproved ? ' (self-approved)' : ''}\napproved text sha256 ${read.sha256}`);
          return 0;
        }
        case 'publish': {
          const material = io.options.material ? true : io.options['not-material'] ? false : undefined;
          const published = await target.publish(id!, await chosen(), material);
          const v = published.published!;
          io.emit(published, () => `${describe(published, v)}${v.material ? '; everyone acknowledges it' : '; not a material change: no new acknowledgements'}`);
          return 0;
        }
        case 'review': {
          const reviewed = await target.review(id!, Boolean(io.options.changed), text(io, 'note'));
          io.emit(reviewed, () => `recorded the yearly review of ${reviewed.title}, version ${reviewed.published?.version}, ${io.options.changed ? 'with changes' : 'unchanged'}`);
          return 0;
        }
        case 'export': {
          const out = text(io, 'out', true);
          const file = await createNewFile(out);
          await target.exportPack(file);
          io.emit({ file: out }, () => `wrote every published policy as PDF and Markdown to ${out}`);
          return 0;
        }
        case 'acks': {
          const rows = await target.acknowledgements(Boolean(io.options.outstanding));
          if (io.options.csv) io.out(acknowledgementsCsv(rows).trimEnd());
          else io.emit({ rows }, () => acknowledgementsTable(rows, Boolean(io.options.outstanding)));
          return 0;
        }
        case 'ack-link': {
          const link = await target.acknowledgementLink(text(io, 'person', true));
          io.emit(link, () => `send this link to ${link.person.name} (${link.person.email}); it works once, until ${link.expiresAt}:\n${link.url}`);
          return 0;
        }
        case 'ack': {
          const done = await acknowledgeVersion(target, id!, versionNumber(io, 'version'));
          io.emit(done, () => `acknowledged version ${done.version} of ${done.policyId}, sha256 ${done.sha256}, at ${done.acknowledgedAt}`);
          return 0;
        }
        case 'retire': {
          const retired = await target.retire(id!, text(io, 'reason', true));
          io.emit(retired, () => `retired ${retired.title} (${retired.id}); its yearly review stops`);
          return 0;
        }
        default: {
          const from = versionNumber(io, 'from');
          const to = versionNumber(io, 'to');
          if (from === undefined || to === undefined) throw usageError('--from and --to are required', from === undefined ? '--from' : '--to');
          const lines = await target.diff(id!, from, to);
          const mark = { added: '+ ', removed: '- ', same: '  ' } as const;
          io.emit({ lines }, () => lines.map((l) => `${mark[l.change]}${l.text}`).join('\n'));
          return 0;
        }
      }
    } finally {
      await target.close();
    }
  },
};
