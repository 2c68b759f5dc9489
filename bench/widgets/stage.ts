// The stage every benchmark page draws on: one box of the same size for every library,
// and the frame each run waits for.

/** The picture's size for every library, in CSS px. */
export const W = 1200;
export const H = 800;

/** The page's `#stage`, which holds the box of the run under way. */
export const stage = document.getElementById('stage')!;

/** Resolves once the frame holding what was drawn so far has been produced. */
export function painted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * An empty box on the stage, once the frame without what the last run drew is painted: taking
 * that away (a chart and its hidden table, or the baseline's SVG) is not the next run's work.
 */
export async function fresh(): Promise<HTMLElement> {
  stage.replaceChildren();
  const box = document.createElement('div');
  box.style.setProperty('width', `${W}px`);
  box.style.setProperty('height', `${H}px`);
  stage.append(box);
  await painted();
  return box;
}
