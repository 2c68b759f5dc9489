import { describe, expect, inject, it } from 'vitest';
import { driveApp } from './support/app-flow.js';
import { expectDevWarnings } from './support/dev-server.js';
import { builtCode, mustRun, run, typeErrors } from './support/clients.js';

const dir = inject('clients').apps['vue-app'];

describe('a Vue 3 + Vite app with @remit/widgets installed from its tarball', () => {
  it('type-checks with vue-tsc, strict templates and skipLibCheck off', async () => {
    await mustRun('npm', ['run', 'typecheck'], dir);
  });

  it('refuses a misspelt prop, a wrong value and a wrong event handler (typo/Typo.vue)', async () => {
    const { code, output } = await run('npx', ['vue-tsc', '-p', 'tsconfig.typo.json'], dir);
    expect(code).not.toBe(0);
    expect(typeErrors(output)).toEqual([
      ['typo/Typo.vue', '10', 'TS2322'], // sort="bogus"
      ['typo/Typo.vue', '11', 'TS2561'], // sortt
      ['typo/Typo.vue', '12', 'TS2322'], // a MouseEvent handler for remit-select
    ]);
    expect(output).toContain(`'"bogus"' is not assignable to type 'HeatmapSort | undefined'`);
    expect(output).toContain(`'sortt' does not exist`);
  });

  it('builds with Vite, the development warnings left out of the production build', async () => {
    await mustRun('npm', ['run', 'build'], dir);
    expect(builtCode(dir)).not.toContain('changed in place');
    expect(builtCode(dir)).toContain('remit-workload');
  });

  it('warns in the Vite development server: a plan changed in place, a plan given as an attribute', async () => {
    await expectDevWarnings(dir);
  });

  it('draws the plan from Vue state, replaces it, and hears every selection', async () => {
    await driveApp(`${dir}/dist`, { ownListener: true });
  });
});
