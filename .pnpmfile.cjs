// The manifest that goes into a tarball (`pnpm pack`, `pnpm publish`). In the workspace the
// packages' `exports` carry a `remit-source` condition that points at TypeScript sources, and
// widgets' `sideEffects` names those sources; a tarball holds neither. So every path in a
// packed manifest points at a file inside the tarball (checked by examples/test/pack.spec.ts).
// `npm pack` and `npm publish` do not run this hook: pack and publish with pnpm.
//
// pnpm records this file's checksum in pnpm-lock.yaml: after editing it run
// `npx -y pnpm@10 install` and commit the lockfile.

/** `value` without the `remit-source` condition, at any depth. */
function withoutSourceCondition(value) {
  if (Array.isArray(value)) return value.map(withoutSourceCondition);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'remit-source')
      .map(([key, entry]) => [key, withoutSourceCondition(entry)]),
  );
}

module.exports = {
  hooks: {
    beforePacking(pkg) {
      if (pkg.exports) pkg.exports = withoutSourceCondition(pkg.exports);
      if (pkg.imports) pkg.imports = withoutSourceCondition(pkg.imports);
      if (Array.isArray(pkg.sideEffects)) {
        pkg.sideEffects = pkg.sideEffects.filter((glob) => !glob.startsWith('./src/'));
      }
      return pkg;
    },
  },
};
