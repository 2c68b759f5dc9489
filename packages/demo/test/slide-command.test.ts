import { describe, expect, it } from 'vitest';
import { slideCommand } from '../src/app/slide-command.js';

const key = (k: string, extra: Partial<KeyboardEvent> = {}) =>
  ({
    key: k,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    shiftKey: false,
    isComposing: false,
    defaultPrevented: false,
    ...extra,
  }) as KeyboardEvent;

describe('slideCommand', () => {
  it('maps arrows, page keys, space and the clicker keys to slide commands', () => {
    expect(
      ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'N'].map((k) => slideCommand(key(k))),
    ).toEqual(['next', 'next', 'next', 'next', 'next']);
    expect(
      ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p'].map((k) => slideCommand(key(k))),
    ).toEqual(['previous', 'previous', 'previous', 'previous', 'previous']);
    expect(slideCommand(key(' ', { shiftKey: true }))).toBe('previous');
    expect([slideCommand(key('Home')), slideCommand(key('End'))]).toEqual(['first', 'last']);
    expect([slideCommand(key('b')), slideCommand(key('.'))]).toEqual(['blank', 'blank']);
    expect(slideCommand(key('Escape'))).toBe('leave');
  });

  it('leaves other keys, modified keys and keys a widget used alone, but never Escape', () => {
    expect(slideCommand(key('x'))).toBeUndefined();
    expect(slideCommand(key('ArrowRight', { ctrlKey: true }))).toBeUndefined();
    expect(slideCommand(key('ArrowRight', { defaultPrevented: true }))).toBeUndefined();
    expect(slideCommand(key('Escape', { defaultPrevented: true }))).toBe('leave');
    expect(slideCommand(key('n', { isComposing: true }))).toBeUndefined();
  });
});
