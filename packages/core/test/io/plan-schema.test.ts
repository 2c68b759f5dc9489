import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { validatePlan } from '../../src/model/validate-plan.js';
import { fixtureNames, fixtureText } from './helpers/fixtures.js';

const core = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('schema/plan.schema.json', core), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true });
const isValid = ajv.compile(schema);
const load = (path: string) => JSON.parse(fixtureText(path)) as unknown;
/** validatePlan's view: a file is clean when it gets no errors and no warnings. */
const clean = (value: unknown) =>
  validatePlan(value).diagnostics.every((d) => d.severity === 'info');

describe('plan.schema.json', () => {
  it('is a valid draft 2020-12 schema', () => {
    expect(ajv.validateSchema(schema)).toBe(true);
  });

  it('accepts the bundled plan', () => {
    const bundled = JSON.parse(
      readFileSync(new URL('data/xuhui-2020-fazhi.json', core), 'utf8'),
    ) as unknown;
    expect(isValid(bundled), JSON.stringify(isValid.errors)).toBe(true);
  });

  it.each(fixtureNames('json/valid'))('accepts valid/%s, as validatePlan does', (name) => {
    const value = load(`json/valid/${name}`);
    expect(isValid(value), JSON.stringify(isValid.errors)).toBe(true);
    expect(validatePlan(value).diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it.each(fixtureNames('json/invalid'))('rejects invalid/%s, as validatePlan does', (name) => {
    const value = load(`json/invalid/${name}`);
    expect(isValid(value)).toBe(false);
    expect(clean(value)).toBe(false);
  });

  it('accepts what validatePlan returns for every invalid fixture', () => {
    for (const name of fixtureNames('json/invalid')) {
      const repaired = validatePlan(load(`json/invalid/${name}`)).value;
      expect(isValid(repaired), `${name}: ${JSON.stringify(isValid.errors)}`).toBe(true);
    }
  });
});
