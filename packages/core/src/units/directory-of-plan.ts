import type { Plan } from '../model/plan.js';
import { DIRECTORY_FORMAT_VERSION, type Directory } from './directory.js';
import { findLikelyAliases } from './find-likely-aliases.js';
import { isGroup } from './is-group.js';

/**
 * A first unit directory made from a plan, for a person to complete: one
 * entry per unit under its full name when the plan knows it (`canonical`),
 * with the plan's name as its short name and the names merged into it as
 * aliases; groups (`各街镇`) with the members the plan knows; and, in `about`,
 * the names that probably name one unit (`findLikelyAliases`), left apart
 * for the person to decide.
 *
 * @example JSON.stringify(writableDirectory(directoryOfPlan(plan)))
 */
export function directoryOfPlan(plan: Plan): Directory {
  const directory: Directory = { units: [], groups: [] };
  for (const unit of plan.units) {
    if (isGroup(unit)) {
      directory.groups.push({
        name: unit.name,
        ...(unit.kind && unit.kind !== 'group' ? { kind: unit.kind } : {}),
        members: [...(unit.members ?? [])],
      });
      continue;
    }
    directory.units.push({
      name: unit.canonical ?? unit.name,
      short: [unit.name],
      aliases: [...(unit.aliases ?? [])].filter((a) => a !== unit.name),
      ...(unit.kind ? { kind: unit.kind } : {}),
    });
  }
  const likely = findLikelyAliases(plan.units);
  if (likely.length > 0) {
    directory.about = `Made from a plan. Probably one unit each, to decide: ${likely
      .map((p) => `${p.a} / ${p.b}`)
      .join('; ')}.`;
  } else directory.about = 'Made from a plan.';
  return directory;
}

/** A directory as its file holds it: `"remit-directory": 1` first. */
export function writableDirectory(directory: Directory): { 'remit-directory': 1 } & Directory {
  return { 'remit-directory': DIRECTORY_FORMAT_VERSION, ...directory };
}
