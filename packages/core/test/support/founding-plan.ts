import { readFileSync } from 'node:fs';
import type { Plan } from '../../src/model/plan.js';

const data = new URL('../../data/', import.meta.url);

/** The bundled founding plan (Xuhui 2020), as Plan JSON. */
export function foundingPlan(): Plan {
  return JSON.parse(readFileSync(new URL('xuhui-2020-fazhi.json', data), 'utf8')) as Plan;
}

/** The bundled founding plan's unit directory, as text. */
export function foundingDirectoryText(): string {
  return readFileSync(new URL('xuhui-directory.json', data), 'utf8');
}
