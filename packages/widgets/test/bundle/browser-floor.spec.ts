import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserFloor } from '../../scripts/browser-floor.mjs';
import { BUNDLE, IIFE, PKG } from './ensure-build.js';

const LEGACY = join(PKG, 'dist', 'remit-widgets.legacy.iife.js');

const guide = readFileSync(join(PKG, '..', '..', 'docs', 'embedding.md'), 'utf8');

describe('the browsers the single-file bundles need', () => {
  it('reads a feature and its first versions from code', () => {
    expect(browserFloor('class A { static { this.x = 1; } }').floor).toEqual({
      chrome: 94,
      safari: 16.4,
      firefox: 93,
    });
    expect(browserFloor('const a = {}; a.b ??= 1;').used).toEqual([
      'logical assignment (??= ||= &&=)',
    ]);
    expect(browserFloor('const fill = "color-mix(in srgb, red 50%, blue)";').floor.chrome).toBe(
      111,
    );
    // color-mix() as a custom property's fallback, or only asked about, sets no floor
    expect(
      browserFloor('const f = `fill: var(--_remit-ramp-${k}, color-mix(in srgb, red, blue))`;')
        .used,
    ).toEqual([]);
    expect(browserFloor('CSS.supports("color","color-mix(in srgb, red 50%, blue)")').used).toEqual(
      [],
    );
  });

  it('builds the legacy bundle for Chromium 86: no syntax, built-in or CSS function newer', () => {
    const { floor, used } = browserFloor(readFileSync(LEGACY, 'utf8'));
    expect(floor.chrome, used.join(', ')).toBeLessThanOrEqual(86);
    expect(guide).toContain(
      `Chrome and Edge ${floor.chrome}, Safari ${floor.safari}, Firefox ${floor.firefox}`,
    );
  });

  it('docs/embedding.md states the floor the bundles really have', () => {
    for (const file of [BUNDLE, IIFE]) {
      const { floor } = browserFloor(readFileSync(file, 'utf8'));
      expect(guide).toContain(
        `Chrome and Edge ${floor.chrome}, Safari ${floor.safari}, Firefox ${floor.firefox}`,
      );
    }
  });
});
