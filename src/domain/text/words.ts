/** A word of copy, with its place in the text. */
export interface Word {
  /** As written. */
  readonly text: string;
  /** Lower-case and normalised (ё → е, typographic apostrophe → ', soft hyphen removed). */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** True when the word contains a digit (such words are values, not content words). */
  readonly numeric: boolean;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang || 'und', { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Lower-case normal form used for every word comparison. */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е').replace(/’/g, "'").replace(/\u00AD/g, '');
}

const NEGATED_CONTRACTION = /n't$/;

/**
 * NOTE: Intl.Segmenter keeps elisions and clitics in one word ("l'abonament", "d'octubre", "PawPal's",
 * "apunta't"). We split them at the apostrophe so the content word stands alone, except English "n't"
 * contractions, which are negation cues as a whole.
 */
function splitApostrophes(text: string, lower: string, start: number): Word[] {
  if (!lower.includes("'") || NEGATED_CONTRACTION.test(lower)) return [{ text, lower, start, end: start + text.length, numeric: /\d/.test(text) }];
  const words: Word[] = [];
  let offset = 0;
  for (const part of text.split(/['’]/)) {
    if (part.length > 0) {
      words.push({ text: part, lower: normalizeWord(part), start: start + offset, end: start + offset + part.length, numeric: /\d/.test(part) });
    }
    offset += part.length + 1;
  }
  return words;
}

/** The words of `text` by Unicode word segmentation for `lang` (punctuation, spaces and emoji dropped). */
export function wordsOf(text: string, lang: string): Word[] {
  const words: Word[] = [];
  for (const segment of segmenterFor(lang).segment(text)) {
    if (!segment.isWordLike) continue;
    words.push(...splitApostrophes(segment.segment, normalizeWord(segment.segment), segment.index));
  }
  return words;
}
