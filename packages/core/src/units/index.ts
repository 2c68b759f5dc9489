// @remit/core/units: unit names, kinds and groups, and the unit directory.
export { normalizeUnitName } from '../model/normalize-unit-name.js';
export { guessUnitKind } from './guess-unit-kind.js';
export { isGroup } from './is-group.js';
export { findLikelyAliases, type LikelyAlias } from './find-likely-aliases.js';
export {
  DIRECTORY_FORMAT_VERSION,
  type Directory,
  type DirectoryGroup,
  type DirectoryUnit,
} from './directory.js';
export { readDirectory } from './read-directory.js';
export { applyDirectory } from './apply-directory.js';
export { expandGroups } from './expand-groups.js';
export { directoryOfPlan, writableDirectory } from './directory-of-plan.js';
