/**
 * What an element's class, id and role say about it, the way Readability reads
 * them: "article-body" is promising, "share-bar" or "related-stories" is chrome.
 *
 * Names are split into tokens (on punctuation and camelCase), so "ad" matches the
 * token `ad` in "ad-slot" but not "header" or "thread", and "nav" does not match
 * "canvas". Long words match inside a token ("newsletterSignup" → newsletter).
 */

/** Short words that are chrome only as a whole token. */
const NEGATIVE_TOKENS = new Set([
  'ad', 'ads', 'adv', 'advert', 'adslot', 'dfp', 'nav', 'bio', 'tags', 'menu', 'rail', 'promo', 'promos',
  'comments', 'comment', 'commenting', 'disqus', 'replies', 'respond', 'toolbar', 'pager',
]); // prettier-ignore

/** Longer words that mark chrome wherever they occur inside a token. */
const NEGATIVE_PARTS = [
  'share', 'sharing', 'social', 'related', 'footer', 'navigation', 'navbar', 'sidebar', 'newsletter',
  'subscri', 'signup', 'teaser', 'byline', 'author', 'advertis', 'sponsor', 'outbrain', 'taboola',
  'breadcrumb', 'recirc', 'recommend', 'trending', 'popular', 'widget', 'banner', 'masthead', 'cookie',
  'consent', 'paywall', 'skiplink', 'credit', 'copyright', 'disclaimer', 'promotion', 'mostread',
  'readmore', 'alsoread', 'morestories', 'moreon', 'shoutbox', 'pagination', 'followus', 'contributor',
  'signature', 'auteur',
]; // prettier-ignore

/** Multi-token phrases ("more-stories", "about_the_author"), matched on the tokens joined by spaces. */
const NEGATIVE_PHRASES =
  /(?:^| )(?:more (?:stories|news|from|on)|read (?:more|also|next)|also read|most (?:read|viewed|popular)|other stories|you may like|about the author|sr only|visually hidden|screen reader|in other news|site (?:header|nav))(?: |$)/;

/** Words of the article's own containers (prefix of a token: "storytext", "articleBody"). */
const POSITIVE =
  /^(?:article|content|story|body|main|entry|hentry|post|text|blog|prose|longform|artikel|articulo|contenu|texte|cuerpo|clanek)/;

/** The chrome words that still count on a page with no article (homepages keep their teasers). */
const PAGE_CHROME_PARTS = [
  'nav', 'menu', 'navigation', 'navbar', 'breadcrumb', 'footer', 'share', 'sharing', 'social',
  'newsletter', 'subscri', 'signup', 'cookie', 'consent', 'skiplink', 'masthead', 'followus',
]; // prettier-ignore

const tokenCache = new WeakMap<Element, string[]>();

/** The tokens of an element's class, id and component attributes, lower case. */
export function tokensOf(el: Element): string[] {
  const cached = tokenCache.get(el);
  if (cached) return cached;
  const raw = [
    el.getAttribute('class'),
    el.getAttribute('id'),
    el.getAttribute('data-component'),
    el.getAttribute('data-testid'),
  ]
    .filter(Boolean)
    .join(' ');
  const tokens = raw
    ? raw
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter(Boolean)
    : [];
  tokenCache.set(el, tokens);
  return tokens;
}

export function isNegative(el: Element): boolean {
  const tokens = tokensOf(el);
  if (tokens.length === 0) return false;
  for (const t of tokens) {
    if (NEGATIVE_TOKENS.has(t)) return true;
    for (const part of NEGATIVE_PARTS) if (t.includes(part)) return true;
  }
  return NEGATIVE_PHRASES.test(tokens.join(' '));
}

export function isPositive(el: Element): boolean {
  return tokensOf(el).some((t) => POSITIVE.test(t));
}

/** Readability's class weight: ±25 for a promising or an unpromising name. */
export function classWeight(el: Element): number {
  return (isPositive(el) ? 25 : 0) - (isNegative(el) ? 25 : 0);
}

const CHROME_ROLES = new Set(['navigation', 'contentinfo', 'menu', 'menubar', 'search', 'banner']);

/** ARIA roles of page chrome; `complementary` is left to the caller (an aside may be a pull quote). */
export function isChromeRole(el: Element): boolean {
  const role = el.getAttribute('role');
  return role !== null && CHROME_ROLES.has(role.toLowerCase());
}

/** Chrome that a page with no article still drops: navigation, footers, share and sign-up widgets. */
export function isPageChrome(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'NAV' || tag === 'FOOTER') return true;
  if (isChromeRole(el) && el.getAttribute('role')?.toLowerCase() !== 'banner') return true;
  const tokens = tokensOf(el);
  return tokens.some((t) =>
    PAGE_CHROME_PARTS.some((part) => (part.length <= 4 ? t === part : t.includes(part))),
  );
}

/** Lead-ins of an inline teaser inside the body ("Read more: …"), in the languages of the sample pages. */
export const TEASER_LEAD =
  /^\s*(?:read (?:more|also|next)|also read|related|see also|more on this|more:|recommended|watch:|listen:|sign up|subscribe|lire aussi|à lire aussi|voir aussi|lee también|leer más|lea también|ver también|čtěte také)\b/i;
