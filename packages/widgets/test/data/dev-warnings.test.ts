import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import '../../src/data/define.js';
import { FOUNDING_PLAN } from '../browser/founding-plan.js';
import { unmountAll } from '../browser/mount.js';
import '../browser/test-chart.js';

/** A deep copy of the founding plan, for tests that edit it. */
const freshPlan = () => structuredClone(FOUNDING_PLAN);

describe('development warnings (the tests run as a development build)', () => {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    warn.mockRestore();
    unmountAll();
  });

  it('runs as a development build: process.env.NODE_ENV is not production', () => {
    expect(process.env.NODE_ENV).not.toBe('production');
  });

  it('warns when data is an attribute (a string the element ignores), naming the fix', async () => {
    // what Vue does with :data="plan" before the element is defined
    const chart = document.createElement('test-chart');
    chart.setAttribute('data', String({}));
    document.body.append(chart);
    await chart.renderComplete;
    chart.remove();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(
      /<test-chart>: data="\[object Object\]" is an attribute.*:data\.prop/,
    );
  });

  it('warns when the same plan object comes back as data after an edit in place', async () => {
    const plan = freshPlan();
    const chart = document.createElement('test-chart');
    chart.data = plan;
    document.body.append(chart);
    await chart.renderComplete;
    plan.items.push({ id: 'extra', title: 'added in place' });
    chart.data = plan;
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(
      /changed in place .*4\/17\/15\/\d+ → 4\/18\/15\/\d+/,
    );
    chart.remove();
  });

  it('warns at the next drawing when a plan was edited in place without being set again', async () => {
    const plan = freshPlan();
    const data = document.createElement('remit-data');
    data.id = 'dev-warn-a';
    data.data = plan;
    const chart = document.createElement('test-chart');
    chart.source = 'dev-warn-a';
    document.body.append(data, chart);
    await chart.renderComplete;
    plan.units = [...plan.units];
    data.store.select({ kind: 'unit', id: 'u1' }); // anything that redraws
    await data.updateComplete;
    await chart.renderComplete;
    data.requestUpdate();
    await data.updateComplete;
    expect(warn).toHaveBeenCalled();
    expect(String(warn.mock.calls[0]![0])).toContain(
      '<remit-data>: the plan given as `data` was changed in place',
    );
    data.remove();
    chart.remove();
  });

  it('stays silent for a new plan object, which is the way to change a plan', async () => {
    const chart = document.createElement('test-chart');
    chart.data = freshPlan();
    document.body.append(chart);
    await chart.renderComplete;
    const next = freshPlan();
    next.items = [...next.items, { id: 'extra', title: 'added' }];
    chart.data = next;
    await chart.renderComplete;
    expect(warn).not.toHaveBeenCalled();
    chart.remove();
  });
});
