import { CliError } from './cli-error.js';
import type { CommandContext } from './command-context.js';
import type { PlanFileOptions } from './read-plan-file.js';

/** `--infer-lead`: `first` (the first unit of an unmarked list leads, marked inferred) or `none`. */
export function inferLeadOption(value: string): 'first' | 'none' {
  if (value === 'first' || value === 'none') return value;
  throw new CliError(`--infer-lead must be first or none, not "${value}"`, 2);
}

/**
 * How a command's arguments ask a plan to be read: `--directory`, `--expand-groups` and
 * `--infer-lead` (checked here). The language and size cap are read apart, as every command
 * needs them before it reads anything.
 */
export function readingOptions(
  values: CommandContext['args']['values'],
): Pick<PlanFileOptions, 'directory' | 'expandGroups' | 'inferLead'> {
  return {
    ...(values.directory ? { directory: values.directory } : {}),
    expandGroups: values['expand-groups'] === true,
    ...(values['infer-lead'] ? { inferLead: inferLeadOption(values['infer-lead']) } : {}),
  };
}
