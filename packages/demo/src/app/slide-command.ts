/** What a key does during a presentation. */
export type SlideCommand = 'next' | 'previous' | 'first' | 'last' | 'leave' | 'blank';

const COMMANDS: Readonly<Record<string, SlideCommand>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next', // presentation clickers send PageDown / PageUp
  ' ': 'next',
  n: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  p: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'leave',
  b: 'blank', // the "black screen" key of clickers and of PowerPoint
  '.': 'blank',
};

/**
 * The presentation command of a key press, or `undefined` for keys that are
 * not ours (with Ctrl, Alt or Meta held, or already used by a widget).
 */
export function slideCommand(event: KeyboardEvent): SlideCommand | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey || event.isComposing) return undefined;
  if (event.defaultPrevented && event.key !== 'Escape') return undefined;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (event.shiftKey && key === ' ') return 'previous';
  return COMMANDS[key];
}
