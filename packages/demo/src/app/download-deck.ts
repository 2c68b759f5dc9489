import { slideCapacity } from '../panels/presentation-view.js';
import { deckFor, type DeckOptions } from './deck.js';
import { drawCharts } from './deck-charts.js';
import { downloadFile } from './download-file.js';
import { writePptx } from './write-pptx.js';

const PPTX_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/**
 * Saves the presentation as a PowerPoint deck, `<base>.pptx`: the slides
 * `deckFor` describes, the charts drawn by the widgets on the page. The
 * dashboard imports this module only when asked for a deck, so pptxgenjs is
 * loaded then, as a chunk of its own.
 */
export async function downloadDeck(
  options: Omit<DeckOptions, 'capacity'> & { base: string },
): Promise<void> {
  // the pages of the matrix as this screen shows them: the deck has the slides just seen
  const deck = deckFor({ ...options, capacity: slideCapacity() });
  const pictures = await drawCharts(deck, options.insight, options.lang);
  const bytes = await writePptx(deck, pictures);
  downloadFile(new Blob([bytes as BlobPart], { type: PPTX_TYPE }), `${options.base}.pptx`);
}
