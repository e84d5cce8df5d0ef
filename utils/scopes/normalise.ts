// The forms under which two audiences or two scopes mean the same thing: host names and URNs ignore
// case, :443 is the https default, and a trailing slash is noise. Used to find duplicate pairs and to
// look values up in the catalog.

export function normaliseAudience(audience: string): string {
  return audience
    .trim()
    .toLowerCase()
    .replace(/(.)\/+$/, '$1')
    .replace(/^(https:\/\/[^/?#]*?):443(?=$|[/?#])/, '$1');
}

export function normaliseScope(scope: string): string {
  return scope.trim().toLowerCase().replace(/(.)\/+$/, '$1');
}

// Spaces, control characters and zero-width characters: never part of an audience or scope, and
// easily picked up when copying from a document.
const INVISIBLE = /[\s\p{Cc}\u200b-\u200d\u2060\ufeff]/u;
const EVERY_INVISIBLE = new RegExp(INVISIBLE.source, 'gu');

export function hasInvisible(text: string): boolean {
  return INVISIBLE.test(text);
}

export function removeInvisible(text: string): string {
  return text.replace(EVERY_INVISIBLE, '');
}
