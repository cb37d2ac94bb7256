import { useLocation } from '../app/router.tsx';
import { SystemPage } from './system-page.tsx';
import { SystemsPage } from './systems-page.tsx';

/** /systems is the inventory; /systems/:id one system with its accounts. */
export function SystemsRoutes() {
  const { pathname } = useLocation();
  const id = /^\/systems\/([^/]+)\/?$/.exec(pathname)?.[1];
  return id ? <SystemPage key={id} id={decodeURIComponent(id)} /> : <SystemsPage />;
}
