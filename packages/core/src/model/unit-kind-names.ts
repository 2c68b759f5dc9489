import type { UnitKind } from './plan.js';

/** What each unit kind is called, in Chinese and in English: legends, tables and exports share these. */
export const UNIT_KIND_NAMES: Readonly<Record<'zh' | 'en', Readonly<Record<UnitKind, string>>>> = {
  zh: {
    party: '党委部门',
    congress: '人大、政协',
    government: '政府部门',
    subdistrict: '街道、镇',
    vertical: '垂直管理单位',
    group: '单位统称',
    other: '其他',
  },
  en: {
    party: 'Party organ',
    congress: 'Congress, CPPCC',
    government: 'Government department',
    subdistrict: 'Sub-district or town',
    vertical: 'Vertically managed',
    group: 'Group of units',
    other: 'Other',
  },
};
