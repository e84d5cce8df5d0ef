import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { deploymentTemplates, FIREFOX_ADDON_ID, isChromeExtensionId, type DeploymentTemplates as Templates } from '@/utils/policy/deployment';
import type { PolicyDocument } from '@/utils/policy/schema';
import { CopyButton } from '@/components/shared/CopyButton';

// The local policy, ready to deploy through each browser's enterprise policy. docs/policy.md says
// where each form goes; the ids fill in the extension's own.

const TEMPLATES: { key: keyof Templates; title: string; where: string }[] = [
  { key: 'chromeLinuxJson', title: 'Chrome or Chromium on Linux', where: 'a .json file in /etc/opt/chrome/policies/managed/ (Chromium: /etc/chromium/policies/managed/)' },
  { key: 'edgeLinuxJson', title: 'Edge on Linux', where: 'a .json file in /etc/opt/edge/policies/managed/' },
  { key: 'chromeMacPlist', title: 'Chrome on macOS', where: 'custom settings of your MDM for the domain com.google.Chrome.extensions.<id>' },
  { key: 'chromeWindowsReg', title: 'Chrome on Windows', where: 'a .reg file (or Group Policy Preferences with the same keys)' },
  { key: 'edgeWindowsReg', title: 'Edge on Windows', where: 'a .reg file (or Group Policy Preferences with the same keys)' },
  { key: 'googleAdminJson', title: 'Google Admin console', where: 'Chrome > Apps & extensions > the extension > Policy for extensions' },
  { key: 'firefoxPoliciesJson', title: 'Firefox', where: 'policies.json in the distribution folder, or /etc/firefox/policies/ on Linux' },
];

export function DeploymentTemplates({ local }: { local: PolicyDocument | undefined }) {
  // In Chrome and Edge the running extension's id is the one to deploy for (unless it was loaded unpacked).
  const [chromeId, setChromeId] = useState(() => (isChromeExtensionId(browser.runtime.id) ? browser.runtime.id : ''));
  const [edgeId, setEdgeId] = useState('');
  const result = useMemo(() => {
    if (!local) return undefined;
    // In Firefox the Chrome Web Store id is not known until typed.
    if (chromeId.trim() === '') return { missing: true };
    try {
      const ids = { chrome: chromeId.trim(), firefox: FIREFOX_ADDON_ID, ...(edgeId.trim() ? { edge: edgeId.trim() } : {}) };
      return { templates: deploymentTemplates(local, ids) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  }, [local, chromeId, edgeId]);

  return (
    <section aria-labelledby="deploy-title" id="deploy">
      <h2 id="deploy-title">Deploy this policy</h2>
      {!local ? (
        <p class="muted">Import a local policy above: the templates here deploy it to your organization.</p>
      ) : (
        <>
          <p>The local policy in each browser&apos;s enterprise format. Only the fields it sets are deployed.</p>
          <div class="ids">
            <label>
              Chrome Web Store id
              <input value={chromeId} size={34} spellcheck={false} onInput={(event) => setChromeId(event.currentTarget.value)} />
            </label>
            <label>
              Edge Add-ons id (empty when Edge installs from the Chrome Web Store)
              <input value={edgeId} size={34} spellcheck={false} onInput={(event) => setEdgeId(event.currentTarget.value)} />
            </label>
            <p class="muted">
              Firefox add-on id: <code>{FIREFOX_ADDON_ID}</code>
            </p>
          </div>
          {result?.missing && <p class="muted">Type the Chrome Web Store id (32 letters a to p) to fill in the templates.</p>}
          {result?.error && <p role="alert">{result.error}</p>}
          {result?.templates &&
            TEMPLATES.map(({ key, title, where }) => (
              <article key={key} class="template" data-template={key} aria-labelledby={`template-${key}`}>
                <h3 id={`template-${key}`}>{title}</h3>
                <p class="muted">Goes into {where}.</p>
                <pre tabIndex={0} aria-label={`${title} template`}>
                  {result.templates[key]}
                </pre>
                <CopyButton text={result.templates[key]} label={`Copy the ${title} template`} />
              </article>
            ))}
        </>
      )}
    </section>
  );
}
