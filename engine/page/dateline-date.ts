/**
 * A date written near the headline ("15 November, 2021", "Published Feb. 21, 2019 at
 * 5:00 am ET", "04.05.2015 à 13h36"), for pages that state their date nowhere in
 * their markup; and, last, a date the document's title carries beside the headline
 * ("Una solución no violenta… - 07.12.2017 - LA NACION").
 *
 * Prose is full of dates ("stands guard in Kabul on September 12, 2021"), so a date
 * counts only where it stands nearly alone: an element whose words, besides the date,
 * are a time, a weekday or "Published … on … at", or an element whose class says it
 * is a date or a byline.
 */
import { findDateInText, type IsoDate } from './date-parse.ts';
import type { WindowElement } from './headline-window.ts';

const MAX_CHARS = 150;
// Where a date is something else's: a link to another page, a quoted post, a photo's caption.
const FOREIGN_TAGS = 'a, blockquote, figure, figcaption';
const FOREIGN_CLASS = /caption|gallery|credit/i;
const DATE_CLASS = /date|time|byline|dateline|publish|posted|meta/i;
const UPDATED = new Set(
  ['updated', 'update', 'modified', 'edited', 'revised', 'actualizado', 'actualizada', 'aktualizováno',
    'aktualisiert', 'aggiornato', 'atualizado', 'màj', 'jour'],
); // prettier-ignore
// Words that may stand beside a dateline's date without making it prose.
const NOISE = new Set(
  [
    'published', 'publish', 'posted', 'first', 'on', 'at', 'date', 'dated', 'am', 'pm', 'a.m', 'p.m',
    'et', 'est', 'edt', 'ct', 'cst', 'cdt', 'pt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'cest', 'ist',
    'aest', 'aedt', 'wib', 'ast', 'le', 'à', 'publié', 'publiée', 'publicado', 'publicada', 'el', 'de',
    'a', 'las', 'los', 'um', 'uhr', 'veröffentlicht', 'vydáno', 'pubblicato', 'h',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
    'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
    'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
    'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo',
    'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
    'pondělí', 'úterý', 'středa', 'čtvrtek', 'pátek', 'sobota', 'neděle',
  ],
); // prettier-ignore
const TIME = /\d{1,2}\s?[:h.]\s?\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?|\d{1,2}\s?[ap]\.?m\.?/gi;
const SEPARATORS = /[\s|•·,\-–—:/()[\]]+/;

function isForeign(el: Element): boolean {
  if (el.closest(FOREIGN_TAGS)) return true;
  // Galleries and captions are marked by class; three levels up covers a caption's title and text.
  for (let e: Element | null = el, i = 0; e && i < 3; e = e.parentElement, i++) {
    if (FOREIGN_CLASS.test(e.getAttribute('class') ?? '')) return true;
  }
  return false;
}

function words(text: string): string[] {
  return text
    .replace(TIME, ' ')
    .split(SEPARATORS)
    .map((w) => w.toLowerCase().replace(/\.$/, ''))
    .filter((w) => w.length > 0);
}

interface Reading {
  date: IsoDate;
  /** The date with nothing but dateline words around it. */
  alone: boolean;
  /** Words before the date say it is an update, not the publication. */
  updated: boolean;
}

function read(text: string): Reading | null {
  const found = findDateInText(text);
  if (!found) return null;
  const before = words(text.slice(0, found.index));
  const rest = [...before, ...words(text.slice(found.index + found.length))];
  return {
    date: found.date,
    alone: rest.every((w) => NOISE.has(w)),
    updated: before.some((w) => UPDATED.has(w)),
  };
}

/** Dates written near the headline, best first. */
export function datelineDates(around: WindowElement[]): IsoDate[] {
  const found: { date: IsoDate; rank: number; distance: number }[] = [];
  for (const w of around) {
    if (w.length > MAX_CHARS || isForeign(w.el)) continue;
    const reading = read((w.el.textContent ?? '').replace(/\s+/g, ' ').trim());
    if (!reading || reading.updated) continue;
    const hinted = DATE_CLASS.test(`${w.el.getAttribute('class') ?? ''} ${w.el.getAttribute('id') ?? ''}`);
    if (!reading.alone && !hinted) continue;
    // As for times: a dateline above the headline is rarer than one below, so its distance counts double.
    found.push({
      date: reading.date,
      rank: reading.alone ? 0 : 1,
      distance: w.distance < 0 ? -w.distance * 2 : w.distance,
    });
  }
  return found.sort((a, b) => a.rank - b.rank || a.distance - b.distance).map((f) => f.date);
}

/** A part of the document's title that is a date and nothing else. */
export function titleDate(doc: Document): IsoDate | null {
  const title = (doc.querySelector('title')?.textContent ?? '').replace(/\s+/g, ' ');
  for (const part of title.split(/\s[-|–—:]\s/)) {
    const reading = read(part.trim());
    if (reading?.alone && !reading.updated) return reading.date;
  }
  return null;
}
