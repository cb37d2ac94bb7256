import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePolicyTemplate, type PolicyTemplate, unknownTemplate } from './policy-template.ts';

const TEMPLATES_DIR = path.join(import.meta.dirname, 'templates');

/** The order the guide gives: the day-one five first, then the rest, then the orientation. */
export const TEMPLATE_ORDER = [
  'information-security',
  'acceptable-use',
  'access-control',
  'password-authentication',
  'data-classification',
  'data-retention',
  'encryption',
  'change-management',
  'vendor-management',
  'incident-response',
  'business-continuity',
  'risk-management',
  'hr-security',
  'security-awareness-training',
  'code-of-conduct',
  'security-orientation',
] as const;

let loaded: PolicyTemplate[] | undefined;

/** Every template Groundwork ships, parsed once, in the guide's order. */
export function policyTemplates(dir = TEMPLATES_DIR): PolicyTemplate[] {
  if (dir === TEMPLATES_DIR && loaded) return loaded;
  const templates = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => parsePolicyTemplate(readFileSync(path.join(dir, name), 'utf8'), name))
    .sort((a, b) => rank(a.id) - rank(b.id));
  if (dir === TEMPLATES_DIR) loaded = templates;
  return templates;
}

function rank(id: string): number {
  const index = (TEMPLATE_ORDER as readonly string[]).indexOf(id);
  return index < 0 ? TEMPLATE_ORDER.length : index;
}

export function policyTemplate(id: string): PolicyTemplate {
  const templates = policyTemplates();
  const found = templates.find((template) => template.id === id);
  if (!found) throw unknownTemplate(id, templates.map((template) => template.id));
  return found;
}
