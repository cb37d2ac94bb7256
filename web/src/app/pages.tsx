import type { ReactNode } from 'react';
import { AssetsPage } from '../assets/assets-page.tsx';
import { AuditsPage } from '../audits/audits-page.tsx';
import { EvidencePage } from '../evidence/evidence-page.tsx';
import { AccountPage } from '../identity/account-page.tsx';
import type { Permission } from '../identity/identity-types.ts';
import { OverviewPage } from '../overview/overview-page.tsx';
import { PeopleRoutes } from '../people/people-routes.tsx';
import { PoliciesRoutes } from '../policies/policies-routes.tsx';
import { ReadinessPage } from '../readiness/readiness-page.tsx';
import { ReviewsRoutes } from '../reviews/reviews-routes.tsx';
import { SystemsRoutes } from '../systems/systems-routes.tsx';
import { SettingsPage } from '../users/settings-page.tsx';
import { UsersPage } from '../users/users-page.tsx';

export interface Page {
  path: string;
  label: string;
  /** What the user's role needs to see the page; without it the page is left out of the navigation. */
  permission?: Permission;
  /** False for pages reached from elsewhere (My account, from the user menu). */
  inNavigation?: boolean;
  /** True for modules that also answer the paths below theirs (/policies/access-control); the page reads the rest itself. */
  nested?: boolean;
  render(): ReactNode;
}

/** Every page, in navigation order. */
export const pages: Page[] = [
  { path: '/', label: 'Overview', render: () => <OverviewPage /> },
  { path: '/policies', label: 'Policies', permission: 'policies:read', nested: true, render: () => <PoliciesRoutes /> },
  { path: '/people', label: 'People', permission: 'people:read', nested: true, render: () => <PeopleRoutes /> },
  { path: '/assets', label: 'Assets', permission: 'people:read', render: () => <AssetsPage /> },
  { path: '/systems', label: 'Systems', permission: 'systems:read', nested: true, render: () => <SystemsRoutes /> },
  { path: '/reviews', label: 'Access reviews', permission: 'reviews:read', nested: true, render: () => <ReviewsRoutes /> },
  { path: '/evidence', label: 'Evidence', permission: 'evidence:read', render: () => <EvidencePage /> },
  { path: '/readiness', label: 'Readiness', permission: 'readiness:read', render: () => <ReadinessPage /> },
  { path: '/audits', label: 'Audit requests', permission: 'audits:read', render: () => <AuditsPage /> },
  { path: '/users', label: 'Users', permission: 'users:read', render: () => <UsersPage /> },
  { path: '/settings', label: 'Security settings', permission: 'users:read', render: () => <SettingsPage /> },
  { path: '/account', label: 'My account', inNavigation: false, render: () => <AccountPage /> },
];

export function pageAt(pathname: string): Page | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return pages.find((page) => page.path === path || (page.nested === true && path.startsWith(`${page.path}/`)));
}
