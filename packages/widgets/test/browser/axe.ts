import axe from 'axe-core';
import { expect } from 'vitest';

/** The WCAG 2.1 A and AA rule tags every element must pass. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core (WCAG 2.1 A/AA) on an element, its shadow root included, and
 * returns the violations, each as `rule: help (n nodes: selectors)`.
 */
export async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el, {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
  });
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.length}: ${v.nodes
        .slice(0, 3)
        .map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`)
        .join('; ')})`,
  );
}

/** Asserts axe-core finds no WCAG 2.1 A/AA violation in `el`. */
export async function expectNoAxeViolations(el: Element): Promise<void> {
  expect(await axeViolations(el)).toEqual([]);
}
