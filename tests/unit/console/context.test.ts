import { beforeEach, describe, expect, it } from 'vitest';
import { credentialOwner, readConsoleContext } from '@/utils/console/context';
import { credentialDetailsHtml, credentialsListHtml, generatePanelHtml, mountConsole, panelState, SNIPPET_STYLES, userPageHtml } from './snippets';

const DOMAIN = 'ocid1.domain.oc1..aaaaaaaadomain';
const USER = 'ocid1.user.oc1..aaaaaaaauser';
const BASE = 'https://cloud.oracle.com/identity/domains';

beforeEach(() => mountConsole(document, {}));

describe('readConsoleContext from the path', () => {
  it.each([
    [`${BASE}/${DOMAIN}/users/${USER}/oauth2-client-credentials?region=us-ashburn-1`, { myProfile: false, domainOcid: DOMAIN, userOcid: USER }],
    [`${BASE}/${DOMAIN}/users?region=us-ashburn-1`, { myProfile: false, domainOcid: DOMAIN }],
    [`${BASE}/my-profile/oauth2-client-credentials`, { myProfile: true }],
    [`https://console.us-ashburn-1.oraclecloud.com/a/identity/users/${USER}/api-keys`, { myProfile: false, userOcid: USER }],
    // Not an OCID where one belongs, or not an Identity page: nothing is inferred.
    [`${BASE}/default/users/jdoe`, { myProfile: false }],
    [`https://cloud.oracle.com/compute/instances/${USER}`, { myProfile: false }],
    ['not a url', { myProfile: false }],
  ])('%s', (url, context) => {
    expect(readConsoleContext(document, url)).toEqual(context);
  });
});

describe.each(SNIPPET_STYLES)('readConsoleContext from the page: %s', (_, style) => {
  const url = `${BASE}/${DOMAIN}/users/${USER}`;

  it("takes the user's name from the heading of the user's details page", () => {
    const page = userPageHtml(style, { userName: ' Jane  Doe ' }).replace(/<nav aria-label="[^"]*"><ol>.*?<\/ol><\/nav>/, '');
    mountConsole(document, { page: page + credentialsListHtml(style, []) });
    expect(readConsoleContext(document, url)).toEqual({ myProfile: false, domainOcid: DOMAIN, userOcid: USER, userName: 'Jane Doe' });
  });

  it('reads the user from the breadcrumbs, and the domain only where they name it', () => {
    mountConsole(document, { page: userPageHtml(style, { userName: 'Jane Doe', domainName: 'Default' }), layer: generatePanelHtml(style, panelState('pairs')) });
    expect(readConsoleContext(document, url)).toMatchObject({ domainName: 'Default', userName: 'Jane Doe' });
    mountConsole(document, { page: userPageHtml(style, { userName: 'Jane Doe' }) });
    expect(readConsoleContext(document, url)).toEqual({ myProfile: false, domainOcid: DOMAIN, userOcid: USER, userName: 'Jane Doe' });
  });

  it('takes the signed-in user from the My profile heading, not from the breadcrumbs', () => {
    mountConsole(document, { page: userPageHtml(style, { userName: 'Ada Lovelace', myProfile: true }) });
    expect(readConsoleContext(document, `${BASE}/my-profile/oauth2-client-credentials`)).toEqual({ myProfile: true, userName: 'Ada Lovelace' });
  });

  it('does not take the h1 of a page that is not a user page', () => {
    mountConsole(document, { page: credentialDetailsHtml(style, { name: 'oic-prod', ocid: 'ocid1.credential.oc1..x' }) });
    expect(readConsoleContext(document, url).userName).toBeUndefined();
  });
});

describe('credentialOwner', () => {
  it.each([
    [{ myProfile: false, userName: 'Grace Hopper', userOcid: USER }, 'Grace Hopper'],
    [{ myProfile: false, userOcid: USER }, USER],
    [{ myProfile: true }, undefined],
  ])('%j → %s', (context, expected) => {
    expect(credentialOwner(context).targetUser).toBe(expected);
  });
});
