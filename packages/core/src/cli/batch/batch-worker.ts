import { getHeapStatistics } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { PlanTablesBuilder } from '../../columnar/plan-tables.js';
import { readPlanFile } from '../read-plan-file.js';
import { failureDiagnostics } from './failure-diagnostics.js';
import type { DoneFile } from './manifest.js';
import type { FileToRead, FromWorker, ToWorker, WorkerSetup } from './worker-messages.js';
import { writePart } from './write-part.js';

// A batch's worker thread: reads the files it is sent, one at a time, through
// the CLI's own reader (every format `remit parse` reads), keeps their rows,
// and writes them as a part whenever enough are held, and at the end.

const setup = workerData as WorkerSetup;
const port = parentPort!;
const builder = new PlanTablesBuilder({ lang: setup.read.lang });
let held: DoneFile[] = [];
let parts = 0;
let documents = 0;
let peakHeapBytes = 0;
let queue = Promise.resolve();

const post = (message: FromWorker) => port.postMessage(message);

port.on('message', (message: ToWorker) => {
  // one message at a time, in order, even if reading ever waits
  queue = queue
    .then(() => handle(message))
    .catch((error: unknown) => {
      post({ type: 'fatal', message: error instanceof Error ? error.message : String(error) });
    });
});

async function handle(message: ToWorker): Promise<void> {
  if (message.type === 'read') {
    await read(message.file);
    if (held.length >= setup.partDocuments || builder.rows('assignments') >= setup.partAssignments)
      writeHeld();
  } else {
    writeHeld();
    post({ type: 'finished', peakHeapBytes, documents });
    port.close();
  }
}

async function read(file: FileToRead): Promise<void> {
  const started = performance.now();
  let result: Awaited<ReturnType<typeof readPlanFile>>;
  try {
    result = await readPlanFile(file.path, {
      ...(setup.read.directory !== undefined ? { directory: setup.read.directory } : {}),
      ...(setup.read.inferLead !== undefined ? { inferLead: setup.read.inferLead } : {}),
      expandGroups: setup.read.expandGroups,
      lang: setup.read.lang,
      maxBytes: setup.read.maxBytes,
    });
  } catch (error) {
    const readMs = performance.now() - started;
    post({ type: 'failed', file, diagnostics: failureDiagnostics(file.path, error), readMs });
    return;
  }
  const readMs = performance.now() - started;
  const { plan, format, diagnostics } = result;
  builder.addPlan(plan, diagnostics, { plan: file.path, format, bytes: file.size, readMs });
  const codes: Record<string, number> = {};
  for (const d of diagnostics) codes[d.code] = (codes[d.code] ?? 0) + 1;
  const done: DoneFile = {
    ...file,
    items: plan.items.length,
    units: plan.units.length,
    assignments: plan.assignments.length,
    readMs,
    codes,
  };
  held.push(done);
  documents++;
  const heap = getHeapStatistics();
  peakHeapBytes = Math.max(peakHeapBytes, heap.total_heap_size + heap.malloced_memory);
  post({ type: 'read', file: done });
}

function writeHeld(): void {
  if (held.length === 0) return;
  const part = `${setup.partPrefix}-${++parts}`;
  writePart(setup.out, part, builder.build());
  post({ type: 'part', part, files: held });
  held = [];
}

post({ type: 'ready' });
