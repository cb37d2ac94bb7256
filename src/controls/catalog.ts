import { access } from './catalog/access.ts';
import { assets } from './catalog/assets.ts';
import { change } from './catalog/change.ts';
import { continuity } from './catalog/continuity.ts';
import { data } from './catalog/data.ts';
import { governance } from './catalog/governance.ts';
import { incidents } from './catalog/incidents.ts';
import { monitoring } from './catalog/monitoring.ts';
import { people } from './catalog/people.ts';
import { risk } from './catalog/risk.ts';
import { vendors } from './catalog/vendors.ts';
import type { Control, ControlArea } from './control.ts';

/** Groundwork's control catalog for a small company, by area, in the order the control matrix shows it. */
export const controlAreas: readonly ControlArea[] = [governance, people, access, assets, data, change, monitoring, vendors, incidents, continuity, risk];

/** Every control of the catalog, area by area. */
export const controls: readonly Control[] = controlAreas.flatMap((area) => area.controls);
