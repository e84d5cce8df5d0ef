import { describe, expect, it } from 'vitest';
import { mayHostCredentialsUi, serviceContextUrl } from '@/utils/console/page-filter';

describe('mayHostCredentialsUi', () => {
  it.each([
    'https://cloud.oracle.com/identity/domains/my-profile/oauth2-client-credentials?region=us-ashburn-1',
    'https://cloud.oracle.com/identity/domains/ocid1.domain.oc1..aaaa/users/ocid1.user.oc1..bbbb',
    'https://cloud.oracle.com/identity/domains/ocid1.domain.oc1..aaaa/users?region=eu-frankfurt-1',
    'https://console.uk-gov-london-1.oraclegovcloud.uk/identity/users/ocid1.user.oc4..cccc/api-keys',
    'https://console.us-ashburn-1.oraclecloud.com/a/identity/users',
    'https://cloud.oracle.eu/Identity/Domains/my-profile?region=eu-frankfurt-2',
    'https://cloud.oracle.com/identity',
    'https://cloud.oracle.com/maui-preact/sandbox.html?region=us-ashburn-1',
  ])('accepts %s', (url) => expect(mayHostCredentialsUi(url)).toBe(true));

  it.each([
    'https://cloud.oracle.com/compute/instances?region=us-ashburn-1',
    'https://cloud.oracle.com/',
    'https://cloud.oracle.com/search?q=identity',
    'https://cloud.oracle.com/identityx/users',
    'https://cloud.oracle.com/#/identity/users',
    'not a url',
  ])('refuses %s', (url) => expect(mayHostCredentialsUi(url)).toBe(false));
});

describe('serviceContextUrl', () => {
  const frame = 'https://cloud.oracle.com/maui-preact/sandbox.html';
  const top = 'https://cloud.oracle.com/identity/domains/my-profile';
  const win = (topWindow: unknown) => ({ location: { href: frame }, top: topWindow }) as unknown as Window;

  it('reads the top window of a same-origin frame', () => {
    expect(serviceContextUrl(win({ location: { href: top } }))).toBe(top);
  });

  it("falls back to the frame's own URL when the top window is cross-origin", () => {
    const crossOrigin = {
      get location(): never {
        throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
      },
    };
    expect(serviceContextUrl(win(crossOrigin))).toBe(frame);
    expect(serviceContextUrl(win(null))).toBe(frame);
  });

  it('is the page URL in a top window', () => {
    expect(serviceContextUrl(window)).toBe(window.location.href);
  });
});
