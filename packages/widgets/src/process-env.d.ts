// `process.env.NODE_ENV`, which bundlers replace with a string (Vite, webpack, esbuild, Parcel;
// Rollup with @rollup/plugin-replace), so that development-only warnings drop out of production
// builds; the single-file bundles are built as production. Declared as @types/node declares it
// (the two merge when both are present), so the widgets' own sources need no Node types.
// eslint-disable-next-line no-var
declare var process: NodeJS.Process;
declare namespace NodeJS {
  interface Process {
    env: ProcessEnv;
  }
  interface ProcessEnv {
    NODE_ENV?: string;
  }
}
