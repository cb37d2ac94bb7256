import { useLocation } from '../app/router.tsx';
import { AcknowledgementsPage } from './acknowledgements-page.tsx';
import { MyAcknowledgementsPage } from './my-acknowledgements-page.tsx';
import { PoliciesPage } from './policies-page.tsx';
import { PolicyPage } from './policy-page.tsx';

/**
 * /policies lists the company's policies and the templates; /policies/:id is one policy;
 * /policies/acknowledgements is who has acknowledged what, /policies/acknowledge what I owe.
 */
export function PoliciesRoutes() {
  const { pathname } = useLocation();
  if (/^\/policies\/acknowledgements\/?$/.test(pathname)) return <AcknowledgementsPage />;
  if (/^\/policies\/acknowledge\/?$/.test(pathname)) return <MyAcknowledgementsPage />;
  const id = /^\/policies\/([^/]+)\/?$/.exec(pathname)?.[1];
  return id ? <PolicyPage key={id} id={decodeURIComponent(id)} /> : <PoliciesPage />;
}
