/**
 * Whether browser tests write their screenshots.
 *
 * Screenshots are for looking at, not for comparing: tests write PNGs under
 * `packages/widgets/screenshots/` only when the environment variable
 * `REMIT_SCREENSHOTS=1` is set, so an ordinary test run leaves the committed
 * pictures (and the working tree) alone. Regenerate them, then look at them:
 *
 *     REMIT_SCREENSHOTS=1 npx vitest run --project widgets --project widgets-dist
 *
 * `vitest.config.ts` hands the variable to the browser as
 * `import.meta.env.REMIT_SCREENSHOTS`; the Node tests of the built bundle
 * (`test/bundle/`) read `process.env.REMIT_SCREENSHOTS`.
 */
export const SAVE_SCREENSHOTS = import.meta.env.REMIT_SCREENSHOTS === '1';
