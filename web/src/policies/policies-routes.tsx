import { useLocation } from '../app/router.tsx';
import { PoliciesPage } from './policies-page.tsx';
import { PolicyPage } from './policy-page.tsx';

/** /policies lists the company's policies and the templates; /policies/:id is one policy. */
export function PoliciesRoutes() {
  const { pathname } = useLocation();
  const id = /^\/policies\/([^/]+)\/?$/.exec(pathname)?.[1];
  return id ? <PolicyPage key={id} id={decodeURIComponent(id)} /> : <PoliciesPage />;
}
