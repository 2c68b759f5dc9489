import { commands } from 'vitest/browser';
import { nextFrame } from './mount.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (media: 'print' | 'screen') => Promise<void>;
  }
}

/**
 * Lays the page out for print (Chromium's print media emulation) until `run`
 * settles, then returns to the screen. Elements see the media change as they
 * would a real print.
 */
export async function whilePrinting<T>(
  elements: readonly { renderComplete: Promise<unknown> }[],
  run: () => Promise<T> | T,
): Promise<T> {
  await commands.emulateMedia('print');
  try {
    await settleAll(elements);
    return await run();
  } finally {
    await commands.emulateMedia('screen');
    await settleAll(elements);
  }
}

async function settleAll(elements: readonly { renderComplete: Promise<unknown> }[]): Promise<void> {
  await nextFrame();
  await nextFrame();
  for (const el of elements) await el.renderComplete;
}
