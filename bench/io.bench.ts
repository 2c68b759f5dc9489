/**
 * Time of `validatePlan` and `readPlanJson` on large synthetic plans:
 * `npx tsx bench/io.bench.ts`.
 *
 * Plans: 3,000 items × 500 units with about 75 units an item (≈ 225,000
 * assignments, the heatmap's large case) and 50,000 items × 2,000 units with
 * about 5 units an item. Each step is warmed up once, then run five times;
 * the median and the fastest wall time are printed, and the median CPU time. `readPlanJson` reads the plan
 * serialised with `JSON.stringify`, so its time includes scanning and
 * `JSON.parse` as well as `validatePlan`.
 * Options: `--runs 9` for more runs.
 */
import { loadavg } from 'node:os';
import { readPlanJson } from '../packages/core/src/io/read-plan-json.js';
import { validatePlan } from '../packages/core/src/model/validate-plan.js';
import { syntheticPlan, type SyntheticPlanOptions } from './synthetic-plan.js';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 5) : 5;

const PLANS: (SyntheticPlanOptions & { label: string })[] = [
  { label: '3,000 × 500 × 75', items: 3_000, units: 500, unitsPerItem: 75, seed: 1, sections: 20 },
  { label: '50,000 × 2,000 × 5', items: 50_000, units: 2_000, unitsPerItem: 5, seed: 1 },
];

/**
 * Median and fastest wall time of `RUNS` timed calls, after one untimed call,
 * and the median CPU time of the process over each call (what the call cost
 * when the machine is busy with other work; it counts GC threads too).
 */
function time(run: () => unknown): { median: number; best: number; cpu: number } {
  run();
  const ms: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const used = process.cpuUsage();
    const started = performance.now();
    run();
    ms.push(performance.now() - started);
    const { user, system } = process.cpuUsage(used);
    cpu.push((user + system) / 1000);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { median: median(ms), best: Math.min(...ms), cpu: median(cpu) };
}

const fmt = (ms: number) => `${ms.toFixed(1).padStart(7)} ms`;
const row = (label: string, t: ReturnType<typeof time>) =>
  `  ${label}  ${fmt(t.median)}  (fastest ${fmt(t.best)}, CPU ${fmt(t.cpu)})`;

console.log(`load average ${loadavg()[0]!.toFixed(1)}; ${RUNS} runs each`);
for (const options of PLANS) {
  const plan = syntheticPlan(options);
  const text = JSON.stringify(plan);
  const check = validatePlan(plan);
  if (check.diagnostics.length > 0 || check.value.assignments.length !== plan.assignments.length) {
    console.error(`io bench: ${options.label}: validatePlan changed the synthetic plan`);
    process.exitCode = 1;
  }
  const validate = time(() => validatePlan(plan));
  const read = time(() => readPlanJson(text));
  console.log(
    `${options.label.padEnd(20)} ${String(plan.assignments.length).padStart(7)} assignments, ` +
      `${(text.length / 2 ** 20).toFixed(1)} MB JSON`,
  );
  console.log(row('validatePlan', validate));
  console.log(row('readPlanJson', read));
}
