import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserFloor } from '../../scripts/browser-floor.mjs';
import { BUNDLE, IIFE, PKG } from './ensure-build.js';

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
