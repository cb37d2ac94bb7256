import type { ReactNode } from 'react';
import { EvidencePage } from '../evidence/evidence-page.tsx';
import { OverviewPage } from '../overview/overview-page.tsx';
import { PlaceholderPage } from './placeholder-page.tsx';

export interface Page {
  path: string;
  label: string;
  /** False for modules that are planned but not built; the navigation marks them. */
  built: boolean;
  render(): ReactNode;
}

function planned(path: string, label: string, purpose: string): Page {
  return { path, label, built: false, render: () => <PlaceholderPage title={label} purpose={purpose} /> };
}

/** Every page, in navigation order. */
export const pages: Page[] = [
  { path: '/', label: 'Overview', built: true, render: () => <OverviewPage /> },
  planned(
    '/policies',
    'Policies',
    'The fifteen policies SOC 2 expects, written from templates and approved by leadership, reviewed every year, and acknowledged by everyone who works with you, with dates and versions.',
  ),
  planned(
    '/people',
    'People',
    'Your employees, contractors and freelancers, with one onboarding and one offboarding checklist followed every time, for everyone who gets access.',
  ),
  planned(
    '/systems',
    'Systems',
    'Every account on every system, imported from the real exports of AWS, GitHub, Google Workspace, Okta, Slack and others, matched to people, with dormant, leaver and no-MFA accounts flagged for you.',
  ),
  planned(
    '/access-reviews',
    'Access reviews',
    'A quarterly review of each system’s accounts that keeps the list before, each decision, the list after and who signed it off.',
  ),
  { path: '/evidence', label: 'Evidence', built: true, render: () => <EvidencePage /> },
  planned(
    '/readiness',
    'Readiness',
    'Whether your controls are designed and in place for a Type 1 report, and whether they have operated on time, every time, over the window of a Type 2.',
  ),
];

export function pageAt(pathname: string): Page | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return pages.find((page) => page.path === path);
}
