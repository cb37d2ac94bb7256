import { criterionById } from '../controls/criteria.ts';
import { AppError, invalidInput } from '../errors.ts';
import type { Role } from '../identity/roles.ts';
import { type PersonKind, personKinds } from '../people/person-kind.ts';
import { isTemplateVariable, type TemplateVariable } from './template-variables.ts';


export interface PolicyTemplate {
  id: string;
  kind: 'policy' | 'orientation';
  title: string;
  /** Policies only: the role that owns it, the review cadence (ISO 8601), and whether it governs day one. */
  owner: Extract<Role, 'owner' | 'admin'> | null;
  review: string | null;
  tier: 'day-one' | 'later' | null;
  appliesTo: PersonKind[];
  /** Trust Services Criteria ids, main one first. */
  criteria: string[];
  /** The "how we actually do this" document the policy points at. */
  procedure: string | null;
  /** The Groundwork records that prove the policy is followed. */
  evidence: string | null;
  /** Markdown, with `{{variable}}` blanks. */
  text: string;
  /** The blanks the text uses, in order of first use. */
  variables: TemplateVariable[];
}

const POLICY_KEYS = ['id', 'kind', 'title', 'owner', 'review', 'tier', 'appliesTo', 'criteria', 'procedure', 'evidence'];
const ORIENTATION_KEYS = ['id', 'kind', 'title', 'appliesTo'];
const BLANK = /\{\{\s*([^}]*?)\s*\}\}/g;

/**
 * Reads one template: a `---` front matter of `key: value` lines, then the Markdown text. Every
 * mistake names the file and line, so a template edited by hand fails loudly, not half-loaded.
 */
export function parsePolicyTemplate(source: string, file: string): PolicyTemplate {
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  if (lines[0] !== '---') throw invalidInput(`${file}:1: a template starts with a "---" line`, `${file}:1`);
  const end = lines.indexOf('---', 1);
  if (end < 0) throw invalidInput(`${file}: the front matter has no closing "---" line`, file);
  const fields = new Map<string, { value: string; line: number }>();
  for (let i = 1; i < end; i++) {
    const match = /^([A-Za-z]+):\s*(.*)$/.exec(lines[i]!);
    if (!match) throw invalidInput(`${file}:${i + 1}: expected "key: value", not "${lines[i]}"`, `${file}:${i + 1}`);
    if (fields.has(match[1]!)) throw invalidInput(`${file}:${i + 1}: "${match[1]}" appears twice`, `${file}:${i + 1}`);
    fields.set(match[1]!, { value: match[2]!.trim(), line: i + 1 });
  }
  const kind = fields.get('kind')?.value;
  if (kind !== 'policy' && kind !== 'orientation') throw invalidInput(`${file}: kind must be policy or orientation, not "${kind ?? ''}"`, `${file}:kind`);
  const expected = kind === 'policy' ? POLICY_KEYS : ORIENTATION_KEYS;
  const keys = [...fields.keys()];
  if (keys.join() !== expected.join()) throw invalidInput(`${file}: the front matter must have exactly ${expected.join(', ')}, in that order; it has ${keys.join(', ')}`, `${file}:1`);

  const field = (key: string) => fields.get(key)?.value ?? '';
  const where = (key: string) => `${file}:${fields.get(key)?.line ?? 1}`;
  const list = (key: string) => field(key).split(',').map((item) => item.trim()).filter(Boolean);
  const oneOf = <T extends string>(key: string, allowed: readonly T[]): T => {
    const value = field(key);
    if (!(allowed as readonly string[]).includes(value)) throw invalidInput(`${where(key)}: ${key} must be one of ${allowed.join(', ')}, not "${value}"`, where(key));
    return value as T;
  };

  const appliesTo = list('appliesTo');
  for (const kindOfPerson of appliesTo) {
    if (!(personKinds as readonly string[]).includes(kindOfPerson)) throw invalidInput(`${where('appliesTo')}: "${kindOfPerson}" is not a kind of person (${personKinds.join(', ')})`, where('appliesTo'));
  }
  const criteria = kind === 'policy' ? list('criteria') : [];
  for (const id of criteria) {
    if (!criterionById(id)) throw invalidInput(`${where('criteria')}: "${id}" is not a Trust Services Criterion`, where('criteria'));
  }
  if (kind === 'policy' && !/^P\d+Y$/.test(field('review'))) throw invalidInput(`${where('review')}: review must be a number of years such as P1Y`, where('review'));

  const body = lines.slice(end + 1).join('\n');
  const variables: TemplateVariable[] = [];
  for (const match of body.matchAll(BLANK)) {
    const name = match[1]!;
    if (!isTemplateVariable(name)) {
      const line = end + 2 + (body.slice(0, match.index).match(/\n/g)?.length ?? 0);
      throw invalidInput(`${file}:${line}: {{${name}}} is not a template variable`, `${file}:${line}`);
    }
    if (!variables.includes(name)) variables.push(name);
  }
  const text = body.trim();
  if (!field('id') || !field('title')) throw invalidInput(`${file}: id and title are required`, file);
  return {
    id: field('id'),
    kind,
    title: field('title'),
    owner: kind === 'policy' ? oneOf('owner', ['owner', 'admin'] as const) : null,
    review: kind === 'policy' ? field('review') : null,
    tier: kind === 'policy' ? oneOf('tier', ['day-one', 'later'] as const) : null,
    appliesTo: appliesTo as PersonKind[],
    criteria,
    procedure: kind === 'policy' ? field('procedure') || null : null,
    evidence: kind === 'policy' ? field('evidence') || null : null,
    text,
    variables,
  };
}

/**
 * The text with its blanks filled in. Every blank the text uses needs a value: a company adopts
 * a template once its details are known, never with "{{companyName}}" left in it.
 */
export function fillTemplate(template: PolicyTemplate, values: Partial<Record<TemplateVariable, string>>): string {
  for (const name of template.variables) {
    if (!values[name]?.trim()) throw invalidInput(`${template.title} needs a value for ${name}`, `variables.${name}`);
  }
  return template.text.replace(BLANK, (_blank, name: string, offset: number, text: string) => {
    const value = values[name as TemplateVariable]!.trim();
    return SENTENCE_START.test(text.slice(0, offset)) ? value.charAt(0).toUpperCase() + value.slice(1) : value;
  });
}

/** Text that ends where a sentence starts: the beginning, after a full stop, a list marker, a heading or bold. */
const SENTENCE_START = /(^|[.!?]\s+|\n\s*(?:[-*]\s+|\d+\.\s+|#+\s+)?|\*\*)$/;

export function unknownTemplate(id: string, known: string[]): AppError {
  return new AppError('not_found', `there is no template "${id}"; the templates are ${known.join(', ')}`, 'templateId');
}
