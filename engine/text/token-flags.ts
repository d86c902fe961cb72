/**
 * Bits of a token's entry in the token table (tokens.ts). One 32-bit word per token
 * holds its shape, what separates it from the token before, where it stands in the
 * sentence, and which cue lists its word belongs to, so a cue asks "is the word
 * before this name a title?" with one load and a mask instead of re-reading text.
 */

/** A run of letters and digits; every other token is one punctuation or invisible character. */
export const T_WORD = 1 << 0;
/** The first character is a capital (upper case and not a caseless letter). */
export const T_CAPITALISED = 1 << 1;
/** Some letter is lower case: an all-caps word ("NATO", "KABUL") has none. */
export const T_HAS_LOWER = 1 << 2;
/** Starts with an ASCII digit. */
export const T_DIGIT = 1 << 3;

/** Some whitespace separates this token from the one before. */
export const T_GAP_BEFORE = 1 << 4;
/** That whitespace is ordinary spaces only (no tab, newline or no-break space). */
export const T_SPACES_BEFORE = 1 << 5;
/** That whitespace holds a blank line ("\n\n"): a paragraph or heading ends there. */
export const T_PARA_BEFORE = 1 << 6;
/**
 * Starts a sentence, heading or paragraph: nothing but quotes and opening brackets
 * stand between it and the text's start, a blank line or a full stop, "!", "?", ":",
 * ";" or "…".
 */
export const T_SENT_START = 1 << 7;

// Cue words (cue-words.ts). Set only on a word token made of ASCII letters, from its
// lower-case form; a longer word ("north-east", "Gen.") is looked up by words.ts.
/** "in", "from", "near"…: the word before a place. */
export const T_LOCATIVE = 1 << 8;
/** "President", "Gen", "Mr": a title before a person's name. */
export const T_TITLE = 1 << 9;
/** "North", "Greater", "Upper": qualifies a place. */
export const T_QUALIFIER = 1 << 10;
/** Months and weekdays. */
export const T_CALENDAR = 1 << 11;
/** "wicket", "striker", "beat": sports reports use them. */
export const T_SPORTS_TERM = 1 << 12;
/** "cricket", "tennis": a sport's own name. */
export const T_SPORT_NAME = 1 << 13;
/** "Post", "Bank", "United": after a place, make an organisation of it. */
export const T_ORG_AFTER = 1 << 14;
/** "Air", "Radio", "Royal", "Bank": before a place, make an organisation of it. */
export const T_ORG_BEFORE = 1 << 15;
/** "Province", "District", "Foreign": after a place, leave it a place. */
export const T_KEEPS_PLACE = 1 << 16;
/** "Republic", "Kingdom": before "of" and a place, leave it a place. */
export const T_KEEPS_PLACE_OF = 1 << 17;
/** "newspaper", "daily": a publication named after a place follows. */
export const T_PUBLICATION = 1 << 18;
/** Titles that say when, not what ("former", "late"): they pick no office holder. */
export const T_NOT_AN_OFFICE = 1 << 19;

/** "region", "oblast", "governorate", "province": after a name, the division, not its seat. */
export const T_DIVISION_KIND = 1 << 20;
/** "city", "town": after a name or before "of" it, the settlement, not its province. */
export const T_SETTLEMENT_KIND = 1 << 21;
/** "River", "Sea", "Lake", "Mountains": after a name, the physical feature of that kind. */
export const T_FEATURE_KIND = 1 << 22;

/** Every cue-word bit. */
export const T_CUE_WORDS =
  T_LOCATIVE |
  T_TITLE |
  T_QUALIFIER |
  T_CALENDAR |
  T_SPORTS_TERM |
  T_SPORT_NAME |
  T_ORG_AFTER |
  T_ORG_BEFORE |
  T_KEEPS_PLACE |
  T_KEEPS_PLACE_OF |
  T_PUBLICATION |
  T_NOT_AN_OFFICE |
  T_DIVISION_KIND |
  T_SETTLEMENT_KIND |
  T_FEATURE_KIND;
