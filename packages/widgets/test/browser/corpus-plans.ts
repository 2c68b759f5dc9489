import { parse } from '@remit/core/parse';
import type { Plan } from '@remit/core/model';

// Every plan of the corpus, read by the parser as a user's file would be.
const texts = import.meta.glob<string>('../../../../fixtures/corpus/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The corpus plans by file name, in name order. */
export const CORPUS_PLANS: readonly { name: string; plan: Plan }[] = Object.entries(texts)
  .map(([path, text]) => ({ name: path.split('/').pop()!, plan: parse(text).plan }))
  .sort((a, b) => a.name.localeCompare(b.name));
