import { describe, inject, it } from 'vitest';
import { driveApp } from './support/app-flow.js';
import { mustRun } from './support/clients.js';

const dir = inject('clients').apps['jquery-page'];

describe('a jQuery + Bootstrap 3 portal page with the classic-script bundle from the tarball', () => {
  it('builds (copies the bundle into its static files)', async () => {
    await mustRun('npm', ['run', 'build'], dir);
  });

  it('draws the plan the page loaded, replaces it, and hears every selection', async () => {
    await driveApp(`${dir}/dist`, { ownListener: false });
  });
});
