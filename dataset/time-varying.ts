/**
 * Which facts are about time, and how to compare dates of any precision. Plain code
 * with no zod, so the engine (and the card it builds in the background) can use it.
 */

/**
 * Labels whose value changes over time. A fact with one of these labels must carry
 * `asOf`; `data:check` enforces it.
 */
export const TIME_VARYING_LABEL =
  /\b(leader|head|president|prime minister|premier|chair|chairman|chairperson|director|commander|chief|emir|governor|minister|secretary|spokes(person|man)|population|strength|fighters|members|membership|status|controls?|territory|in office|office|position|role|incumbent|current|ruler|king|monarch|speaker|ambassador|envoy|mandate|budget|headquarters|seat|capital|party)\b/i;

/**
 * Labels about a fixed moment in the past do not vary: "First president", "Leader
 * (2015–2016)", and events with their date ("Became president", "Removed from office",
 * "Sworn in as …"): what happened on that day stays true whoever holds the office now.
 */
export const HISTORICAL_LABEL =
  /^(first|last|former|founding|previous|predecessor|successor|born|died|founded|killed|left|became|took|removed|sworn|appointed|elected|declared|expelled|placed|suspended|nominated)\b|\b(1[89]|20)\d\d\b/i;

/**
 * Where a body sits ("Headquarters", "Seat", "Capital") is not among the facts issue #11
 * calls time-sensitive (offices and leaders, deaths, control of territory, alliances and
 * memberships, designations): it keeps its source and date, but is not held to the
 * re-verification rule. Who controls that city is a separate, time-sensitive fact.
 */
export const LOCATION_LABEL = /^(headquarters|seat|capitals?)$/i;

export function isTimeVarying(label: string): boolean {
  return TIME_VARYING_LABEL.test(label) && !HISTORICAL_LABEL.test(label) && !LOCATION_LABEL.test(label);
}

/**
 * Compare two dates of any precision by their common prefix: "2021" and "2021-08-15"
 * compare equal, so a year-precision date never contradicts a day in that year.
 */
export function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The date `asOf` lies on or after `since` for sure: "2025-07" is on or after
 * "2025-07-01", but "2025" may lie before it.
 */
export function confirmedSince(asOf: string, since: string): boolean {
  const c = compareDates(asOf, since);
  return c > 0 || (c === 0 && asOf.length >= Math.min(since.length, 7));
}
