// A cheap first filter on the URL, so the observer only runs where the credentials UI can appear.
// It is generous on purpose: the detectors look at the page's content, which is the real check, and
// the Console's paths for the credentials list are inferred, not confirmed.

/**
 * True for Identity pages and for the service iframe. Accepts, for example:
 *   https://cloud.oracle.com/identity/domains/my-profile/oauth2-client-credentials?region=us-ashburn-1
 *   https://cloud.oracle.com/identity/domains/ocid1.domain.oc1..aaaa/users/ocid1.user.oc1..bbbb
 *   https://console.uk-gov-london-1.oraclegovcloud.uk/identity/users/ocid1.user.oc4..cccc/api-keys
 *   https://console.us-ashburn-1.oraclecloud.com/a/identity/users   (older Console, /a/ prefix)
 *   https://cloud.oracle.com/maui-preact/sandbox.html?region=us-ashburn-1   (its top URL unreadable)
 * and refuses https://cloud.oracle.com/compute/instances or https://cloud.oracle.com/?q=identity.
 */
export function mayHostCredentialsUi(url: string): boolean {
  let path: string;
  try {
    path = new URL(url).pathname.toLowerCase();
  } catch {
    return false;
  }
  return /(^|\/)identity(\/|$)/.test(path) || path.includes('/maui-preact/');
}

/**
 * The URL that says which Console page a frame belongs to: the top window's when it is readable
 * (the service iframe is same-origin), else the frame's own.
 */
export function serviceContextUrl(win: Window): string {
  try {
    const href = win.top?.location.href;
    if (href) return href;
  } catch {
    // A cross-origin top window cannot be read; fall back to the frame's own URL.
  }
  return win.location.href;
}
