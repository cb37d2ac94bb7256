/** Groundwork's roles, most to least privileged. */
export const roles = ['owner', 'admin', 'reviewer', 'member', 'auditor'] as const;
export type Role = (typeof roles)[number];

/** Roles that must have a second factor before they do anything, whatever the workspace setting. */
export const mfaRequiredRoles: readonly Role[] = ['owner', 'admin', 'auditor'];

const everyone = roles;

/**
 * The one permission table: what each role may do. Every API route names one of these, or a
 * level that needs no role (see `RouteAccess`); the UI asks the same table what to show.
 */
export const permissions = {
  'workspace:read': everyone,
  'workspace:manage': ['owner'],
  'evidence:read': ['owner', 'admin', 'auditor'],
  'evidence:write': ['owner', 'admin'],
  'cadence:read': ['owner', 'admin', 'reviewer', 'auditor'],
  'cadence:write': ['owner', 'admin'],
  'policies:read': everyone,
  'policies:manage': ['owner', 'admin'],
  'users:read': ['owner', 'admin', 'auditor'],
  'users:manage': ['owner', 'admin'],
  'people:read': ['owner', 'admin', 'reviewer', 'auditor'],
  'people:manage': ['owner', 'admin'],
  // Confirming a checklist item: which item, and whether it is theirs to confirm, is decided per item.
  'checklists:confirm': ['owner', 'admin', 'reviewer', 'member'],
  'systems:read': ['owner', 'admin', 'reviewer', 'auditor'],
  'systems:manage': ['owner', 'admin'],
  'accounts:read': ['owner', 'admin', 'reviewer', 'auditor'],
  // Importing account lists, pulling them through connectors, mapping accounts to people.
  'accounts:manage': ['owner', 'admin'],
  'reviews:read': ['owner', 'admin', 'reviewer', 'auditor'],
  // Deciding the accounts of a review: which ones, and whether they are theirs to decide, is decided per item.
  'reviews:decide': ['owner', 'admin', 'reviewer'],
  'reviews:manage': ['owner', 'admin'],
  // Readiness is read by everyone who runs the controls and by the auditor; attaching evidence and exceptions is an admin's.
  'readiness:read': ['owner', 'admin', 'reviewer', 'auditor'],
  'readiness:manage': ['owner', 'admin'],
  // The audit window, the auditor's request list and what answers each request.
  'audits:read': ['owner', 'admin', 'auditor'],
  'audits:manage': ['owner', 'admin'],
  // The auditor package of a window: every population, the policies, the log's slice and its verifier.
  'exports:read': ['owner', 'admin', 'auditor'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

/**
 * What a route needs: `public` (nothing), `session` (a signed-in browser session, even one that
 * still owes its second factor: for signing in, enrolling and signing out), `account` (a full
 * browser session, any role: the user's own sessions and tokens), or a permission.
 * API tokens reach only permission routes.
 */
export type RouteAccess = 'public' | 'session' | 'account' | Permission;

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}

/** Every permission a role has, for the UI to hide what the user cannot do. */
export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(permissions) as Permission[]).filter((permission) => can(role, permission));
}
