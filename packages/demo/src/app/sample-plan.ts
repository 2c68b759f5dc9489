// The founding plan's published text, bundled: the dashboard opens on it with nothing fetched.
import sampleText from '../../../core/data/xuhui-2020-fazhi.txt?raw';
import { readPlanInput, type PlanInput } from './read-plan-input.js';

/** The file name the sample plan is shown under. */
export const SAMPLE_NAME = 'xuhui-2020-fazhi.txt';

/** The founding plan (徐汇区 2020 法治政府建设工作要点), parsed in the browser by core. */
export function samplePlan(): PlanInput {
  return readPlanInput(sampleText, { origin: 'sample', name: SAMPLE_NAME, format: 'txt' });
}
