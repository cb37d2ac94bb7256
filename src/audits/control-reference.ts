import { controls } from '../controls/catalog.ts';
import { criterionById } from '../controls/criteria.ts';

/** A request's control reference as the list writes it, and the Groundwork controls and criteria it names. */
export interface ControlReference {
  text: string;
  controls: { id: string; title: string }[];
  criteria: { id: string; title: string }[];
}

const controlById = new Map(controls.map((control) => [control.id, control]));

/**
 * Reads the controls (AC-06, or AC-6) and criteria (CC6.2) a reference names, wherever they are
 * in it: "CC6.1, CC6.2", "AC-06 / CC6.2", "CC6.1-02" (a firm's second test of CC6.1). Read when
 * shown, so a control added to the catalog later is recognised in lists imported before.
 */
export function controlReference(text: string | null): ControlReference | null {
  if (text === null) return null;
  const found: ControlReference = { text, controls: [], criteria: [] };
  for (const [token] of text.toUpperCase().matchAll(/[A-Z]{1,3}\d*[.-]\d+/g)) {
    const control = controlById.get(token.replace(/^([A-Z]{2})-(\d)$/, '$1-0$2'));
    const criterion = criterionById(token);
    if (control && !found.controls.some((c) => c.id === control.id)) found.controls.push({ id: control.id, title: control.title });
    if (criterion && !found.criteria.some((c) => c.id === criterion.id)) found.criteria.push({ id: criterion.id, title: criterion.title });
  }
  return found;
}
