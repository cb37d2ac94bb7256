import { Anchor } from '@mantine/core';
import { type MouseEvent, type ReactNode, useSyncExternalStore } from 'react';

/**
 * A tiny router on the History API: the URL is the state. Pages read `useLocation()` and
 * change it with `navigate()`; the server answers every non-API path with index.html.
 */
const CHANGE = 'groundwork:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

export interface Location {
  pathname: string;
  /** The query string, with its "?" (or ""). */
  search: string;
}

// Snapshots must be stable between renders: cache on the href.
let lastHref = '';
let lastLocation: Location = { pathname: '/', search: '' };

function snapshot(): Location {
  if (window.location.href !== lastHref) {
    lastHref = window.location.href;
    lastLocation = { pathname: window.location.pathname, search: window.location.search };
  }
  return lastLocation;
}

export function useLocation(): Location {
  return useSyncExternalStore(subscribe, snapshot);
}

/** Goes to `to` ("/evidence?action=x"). `replace` rewrites the current entry instead of adding one. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === window.location.pathname + window.location.search) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(CHANGE));
}

/** Handles a click on an in-app link without a page load, but lets modified clicks open new tabs. */
export function followLink(event: MouseEvent<HTMLElement>, to: string): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(to);
}

/** An in-app link, styled as Mantine's Anchor. */
export function Link({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Anchor href={to} inherit onClick={(event) => followLink(event, to)}>
      {children}
    </Anchor>
  );
}
