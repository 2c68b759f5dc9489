export * from './normalize-unit-name.js';
export * from './guess-unit-kind.js';
export * from './is-group.js';
export * from './find-likely-aliases.js';
