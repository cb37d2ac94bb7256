import type { Context } from '../context.ts';
import { addSystem } from '../systems/add-system.ts';
import { ensureGroundworkSystem } from '../systems/groundwork-system.ts';
import type { System } from '../systems/system.ts';
import type { SystemInput } from '../systems/system-input.ts';

/**
 * The inventory of a six-person analytics SaaS: production on AWS with its Postgres database,
 * code on GitHub, Google Workspace as the identity provider most tools sign in through, and the
 * usual SaaS around them; Figma is out of the audit's scope. Ids match the demo's obligations
 * ("aws", "github", "google-workspace", "postgres-production"). Groundwork itself is one of them.
 */
export async function seedSystems(ctx: Context, owners: { cto: string; engineer: string }): Promise<System[]> {
  const { cto, engineer } = owners;
  const google = { ssoEnforced: true, mfaEnforced: true };
  const systems: SystemInput[] = [
    { name: 'AWS', category: 'cloud-provider', owner: cto, classification: 'confidential', ...google, sessionTimeoutMinutes: 60, defaultRole: 'ReadOnlyAccess' },
    { name: 'Postgres production', category: 'production-database', owner: engineer, classification: 'confidential', mfaEnforced: false, sessionTimeoutMinutes: 30, defaultRole: 'analytics_readonly' },
    { name: 'GitHub', category: 'code-repository', owner: engineer, classification: 'confidential', mfaEnforced: true, sessionTimeoutMinutes: 20160, defaultRole: 'member' },
    { name: 'Google Workspace', category: 'email', owner: cto, classification: 'confidential', mfaEnforced: true, sessionTimeoutMinutes: 20160, defaultRole: 'user' },
    { name: 'Slack', category: 'chat', owner: cto, classification: 'internal', ...google, sessionTimeoutMinutes: 20160, defaultRole: 'member' },
    { name: '1Password', category: 'password-manager', owner: cto, classification: 'confidential', mfaEnforced: true, sessionTimeoutMinutes: 10, defaultRole: 'member' },
    { name: 'Stripe', category: 'payment-processor', owner: cto, classification: 'confidential', mfaEnforced: true, sessionTimeoutMinutes: 720, defaultRole: 'view only' },
    { name: 'Datadog', category: 'monitoring', owner: engineer, classification: 'confidential', ...google, sessionTimeoutMinutes: 720, defaultRole: 'Datadog Read Only Role' },
    { name: 'Linear', category: 'other', owner: engineer, classification: 'internal', ...google, defaultRole: 'member' },
    { name: 'HubSpot', category: 'marketing', owner: cto, classification: 'confidential', ...google, sessionTimeoutMinutes: 480, defaultRole: 'sales' },
    { name: 'Gusto', category: 'hr', owner: cto, classification: 'confidential', mfaEnforced: true, sessionTimeoutMinutes: 60 },
    { name: 'Figma', category: 'other', owner: engineer, classification: 'internal', inScope: false, ...google, defaultRole: 'viewer' },
  ];
  const added = [await ensureGroundworkSystem(ctx)];
  for (const system of systems) added.push(await addSystem(ctx, system));
  return added;
}
