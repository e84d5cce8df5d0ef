import { describe, expect, it } from 'vitest';
import { checkOcidForRealm, parseCredentialOcid } from '@/utils/vault/ocid';
import { OCID_OC1, OCID_OC2 } from './fixtures';

describe('parseCredentialOcid', () => {
  it.each([
    [OCID_OC1, 'oc1'],
    [OCID_OC2, 'oc2'],
    [`  ${OCID_OC1}\n`, 'oc1'],
    ['ocid1.credential.oc19..aaaaaaaaqz3xw5lkp2n7vbdr4mhc6tjfyseg2u', 'oc19'],
  ])('accepts %s (realm %s)', (text, realm) => {
    expect(parseCredentialOcid(text)).toEqual({ ok: true, ocid: text.trim(), realm });
  });

  it.each([
    ['ocid1.user.oc1..aaaaaaaa4xq7mhdswc2fzjv5l3k6yqbtnupre2oa7xiw', /starts with "ocid1.credential."/],
    ['', /starts with "ocid1.credential."/],
    ['ocid1.credential.oc1.iad.aaaaaaaa4xq7mhdswc2fzjv5l3k6yqbt', /not a complete credential OCID/],
    ['ocid1.credential.oc1..', /not a complete credential OCID/],
    ['ocid1.credential.oc1..AAAAAAAA4XQ7MHDSWC2FZJV5L3K6YQBT', /not a complete credential OCID/],
    ['ocid1.credential..aaaaaaaa4xq7mhdswc2fzjv5l3k6yqbt', /not a complete credential OCID/],
  ])('rejects %s', (text, error) => {
    const result = parseCredentialOcid(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});

describe('checkOcidForRealm', () => {
  it('accepts an OCID of the credential realm', () => {
    expect(checkOcidForRealm(OCID_OC1, 'oc1')).toMatchObject({ ok: true, realm: 'oc1' });
  });

  it('rejects an OCID from another realm, naming both', () => {
    expect(checkOcidForRealm(OCID_OC2, 'oc1')).toEqual({
      ok: false,
      error: 'This OCID belongs to realm oc2, but the credential was created in realm oc1.',
    });
  });

  it('accepts any realm when the credential realm is unknown', () => {
    expect(checkOcidForRealm(OCID_OC2, undefined)).toMatchObject({ ok: true, realm: 'oc2' });
  });

  it('reports a malformed OCID before comparing realms', () => {
    expect(checkOcidForRealm('ocid1.credential.oc2..', 'oc1')).toMatchObject({ ok: false, error: expect.stringMatching(/not a complete/) });
  });
});
