import type { Plan } from '@remit/core/model';
import anhui from '../../plans/anhui-2022-keytasks.json';
import xuhui from '../../plans/xuhui-2020-fazhi.json';

/** Two plans the app holds in its own state and switches between. */
export const PLANS: Plan[] = [xuhui as Plan, anhui as Plan];
