import type { TestProject } from 'vitest/node';
import { buildDashboard } from './build-dashboard.js';
import { serveStatic } from './static-server.js';

/** Builds the dashboard (if its sources changed) and serves it for every test file. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dist = await buildDashboard();
  const server = await serveStatic(dist);
  project.provide('dashboardUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    dashboardUrl: string;
  }
}
