import type { UnitKind } from '../model/plan.js';

/**
 * A unit directory: the units a plan's issuer has, under their full names, with
 * the short names and aliases documents use, their kinds, and the members of
 * group names such as `各街镇`.
 *
 * File format (JSON, `"remit-directory": 1`, see `schema/directory.schema.json`):
 * ```json
 * { "remit-directory": 1,
 *   "units": [ { "name": "上海市徐汇区司法局", "short": ["区司法局"], "aliases": [], "kind": "government" } ],
 *   "groups": [ { "name": "各街镇", "kind": "subdistrict", "members": ["天平路街道", "华泾镇"] } ] }
 * ```
 */
export interface Directory {
  units: DirectoryUnit[];
  groups: DirectoryGroup[];
  about?: string;
}

export interface DirectoryUnit {
  /** the full, canonical name */
  name: string;
  /** the short names documents write, most common first; the first is the display name */
  short: string[];
  /** other names (old names, alternative spellings) */
  aliases: string[];
  kind?: UnitKind;
}

export interface DirectoryGroup {
  /** the group name as documents write it: 各街镇 */
  name: string;
  /** the kind of the group's members */
  kind?: UnitKind;
  /** the members' names; empty when the directory does not know them */
  members: string[];
}

export const DIRECTORY_FORMAT_VERSION = 1;
