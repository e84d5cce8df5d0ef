import { beforeEach, describe, expect, it } from 'vitest';
import { credentialsShown } from '@/utils/console/credentials-shown';
import { detectConsoleViews } from '@/utils/console/detect';
import { credentialDetailsHtml, credentialsListHtml, mountConsole, SNIPPET_STYLES } from './snippets';

const OCID_A = 'ocid1.credential.oc1..aaaaaaaa4xq7mhdswc2fzjv5l3k6yqbtnupre2oa7xiwgdmc5hsjqlzb6fka';
const OCID_B = 'ocid1.credential.oc1..aaaaaaaab3k2jwq6hzn5x7rdptf4lmyvcs2ge6ou3iqa7wkdx5bsnhjrtlma';

describe.each(SNIPPET_STYLES)('credentialsShown, %s', (_label, style) => {
  beforeEach(() => document.body.replaceChildren());

  it('lists the rows of the credentials list with their full OCID', () => {
    mountConsole(document, { page: credentialsListHtml(style, [{ name: 'oic-prod', ocid: OCID_A }, { name: 'oac reader', ocid: OCID_B, revealed: true }]) });
    expect(credentialsShown(detectConsoleViews(document))).toEqual([
      { name: 'oic-prod', ocid: OCID_A },
      { name: 'oac reader', ocid: OCID_B },
    ]);
  });

  it('shows the credential of a details page', () => {
    mountConsole(document, { page: credentialDetailsHtml(style, { name: 'oic-prod', ocid: OCID_A }) });
    expect(credentialsShown(detectConsoleViews(document))).toEqual([{ name: 'oic-prod', ocid: OCID_A }]);
  });

  it('leaves out rows whose OCID is shown only truncated, and pages without credentials', () => {
    const list = credentialsListHtml(style, [{ name: 'oic-prod', ocid: OCID_A }]).replace(/ title="[^"]*"/g, '');
    mountConsole(document, { page: list });
    expect(credentialsShown(detectConsoleViews(document))).toEqual([]);
    mountConsole(document, { page: '<h1>Instances</h1>' });
    expect(credentialsShown(detectConsoleViews(document))).toEqual([]);
  });
});
