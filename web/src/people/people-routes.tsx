import { useLocation } from '../app/router.tsx';
import { ChecklistTemplatesPage } from './checklist-templates-page.tsx';
import { PeopleEvidencePage } from './people-evidence-page.tsx';
import { PeoplePage } from './people-page.tsx';
import { PersonPage } from './person-page.tsx';

/** /people is the directory; /people/evidence the auditor's view; /people/checklists the checklists; /people/:id one person. */
export function PeopleRoutes() {
  const { pathname } = useLocation();
  const rest = /^\/people\/([^/]+)\/?$/.exec(pathname)?.[1];
  if (rest === 'evidence') return <PeopleEvidencePage />;
  if (rest === 'checklists') return <ChecklistTemplatesPage />;
  return rest ? <PersonPage key={rest} id={decodeURIComponent(rest)} /> : <PeoplePage />;
}
