import { ariaNames, buttonNames, namedBy, queryAll } from './dom';
import { serviceContextUrl } from './page-filter';
import { CONSOLE_UI } from './selectors';
import { displayText, matchesForm, textOf } from './text';

// Whose credentials the page is about, as far as the page itself says: the identity domain and the
// user from the URL path (/identity/domains/<domain OCID>/users/<user OCID>, /identity/users/<user
// OCID>, /identity/domains/my-profile), their names from the breadcrumbs (Domains › <domain> › Users ›
// <user>, as far as shown) or the user page's heading.
// Anything not shown is left out, never guessed.

export interface ConsoleContext {
  /** The page is My profile: the signed-in user's own credentials. */
  myProfile: boolean;
  domainOcid?: string;
  domainName?: string;
  userOcid?: string;
  userName?: string;
}

const DOMAIN_OCID = /^ocid1\.domain\.[a-z0-9.-]+$/;
const USER_OCID = /^ocid1\.user\.[a-z0-9.-]+$/;

function fromPath(url: string): ConsoleContext {
  let segments: string[];
  try {
    segments = new URL(url).pathname.split('/').map((segment) => decodeURIComponent(segment).toLowerCase());
  } catch {
    return { myProfile: false };
  }
  const start = segments.indexOf('identity');
  const context: ConsoleContext = { myProfile: false };
  if (start < 0) return context;
  segments.slice(start).forEach((segment, i, path) => {
    const next = path[i + 1] ?? '';
    if (segment === 'my-profile') context.myProfile = true;
    if (segment === 'domains' && DOMAIN_OCID.test(next)) context.domainOcid = next;
    if (segment === 'users' && USER_OCID.test(next)) context.userOcid = next;
  });
  return context;
}

/** Breadcrumb entries in order, e.g. Domains › Users › Jane Doe. */
function breadcrumbs(doc: Document): string[] {
  const nav = queryAll(doc, CONSOLE_UI.css.breadcrumbs).find((el) => namedBy(ariaNames(el), CONSOLE_UI.user.breadcrumbsLabel));
  const items = nav ? queryAll(nav, 'li') : [];
  return items.map((item) => displayText(textOf(item)));
}

/** The user is the crumb after "Users"; the domain only when named between "Domains" and "Users". */
function namesFromCrumbs(crumbs: string[]): { domainName?: string; userName?: string } {
  const users = crumbs.findIndex((crumb) => matchesForm(crumb, CONSOLE_UI.user.usersCrumb));
  if (users < 0) return {};
  const userName = crumbs[users + 1];
  const domainName = users >= 2 && matchesForm(crumbs[users - 2], CONSOLE_UI.user.domainsCrumb) ? crumbs[users - 1] : undefined;
  return { ...(domainName ? { domainName } : {}), ...(userName ? { userName } : {}) };
}

/** The h1 of a user's details page, recognised by its list of the user's resources. */
function userPageHeading(doc: Document): string | undefined {
  const resourceLinks = queryAll(doc, 'a, [role="link"], [role="tab"], button').filter((el) =>
    namedBy(buttonNames(el), CONSOLE_UI.user.resourceLinks),
  );
  if (resourceLinks.length < 2) return undefined;
  const heading = queryAll(doc, 'h1').find((el) => !el.closest(CONSOLE_UI.css.dialog));
  return heading ? displayText(textOf(heading)) || undefined : undefined;
}

export function readConsoleContext(doc: Document, url: string = serviceContextUrl(doc.defaultView ?? window)): ConsoleContext {
  const fromCrumbs = namesFromCrumbs(breadcrumbs(doc));
  const userName = fromCrumbs.userName ?? userPageHeading(doc);
  return { ...fromPath(url), ...fromCrumbs, ...(userName ? { userName } : {}) };
}

/** Whose credential it is, for records: names where the page shows them, else the OCIDs. */
export function credentialOwner(context: ConsoleContext): { identityDomain?: string; targetUser?: string } {
  const identityDomain = context.domainName ?? context.domainOcid;
  const targetUser = context.userName ?? context.userOcid;
  return { ...(identityDomain ? { identityDomain } : {}), ...(targetUser ? { targetUser } : {}) };
}
