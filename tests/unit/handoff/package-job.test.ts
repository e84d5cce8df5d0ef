import { describe, expect, it } from 'vitest';
import { generateRecipientKeyPair } from '@/utils/handoff/age-keys';
import { HANDOFF_ERROR_KINDS, HandoffError } from '@/utils/handoff/errors';
import { buildHandoffDocument } from '@/utils/handoff/package';
import { fromWireError, runPackageJob, toWireError, type PackageJobReply } from '@/utils/handoff/package-job';
import { qrSymbol } from '@/utils/handoff/qr';
import { EXAMPLE_SECRET, exampleInput } from './fixtures';

// The job the package worker runs, and how its failures cross the Worker boundary: structured
// cloning keeps only plain data, so a HandoffError must be rebuilt with its kind on the page.

const document = buildHandoffDocument(exampleInput());
const keys = await generateRecipientKeyPair();

/** What postMessage would deliver: a structured clone. */
const acrossTheBoundary = (reply: PackageJobReply) => structuredClone(reply);

describe('runPackageJob', () => {
  it.each([
    ['passphrase', { passphrase: 'unheard rejoice dexterity overlying sturdily vineyard', workFactor: 10 }, { passphrase: 'unheard rejoice dexterity overlying sturdily vineyard' }],
    ['recipient key', { recipients: [keys.recipient] }, { identityFile: keys.identityFile }],
  ] as const)('seals and opens a document (%s), with replies that survive structured cloning', async (_case, to, key) => {
    const sealed = acrossTheBoundary(await runPackageJob({ op: 'seal', document, to }));
    if (!sealed.ok || sealed.op !== 'seal') throw new Error('sealing failed');
    expect(sealed.sealed.binary).toBeInstanceOf(Uint8Array);
    // The print sheet's QR code of the armor, encoded here so that the page does not have to.
    expect(sealed.qr).toEqual(qrSymbol(sealed.sealed.armored));
    expect(sealed.qr?.path).toMatch(/^M\d+ \d+h/);
    for (const input of [sealed.sealed.armored, sealed.sealed.binary]) {
      expect(acrossTheBoundary(await runPackageJob({ op: 'open', input, key }))).toEqual({ ok: true, op: 'open', document });
    }
  });

  it('replies with the HandoffError’s kind and message, never the secret', async () => {
    const sealed = await runPackageJob({ op: 'seal', document, to: { recipients: [keys.recipient] } });
    if (!sealed.ok || sealed.op !== 'seal') throw new Error('sealing failed');
    const other = await generateRecipientKeyPair();
    const reply = acrossTheBoundary(await runPackageJob({ op: 'open', input: sealed.sealed.armored, key: { identityFile: other.identityFile } }));
    expect(reply).toEqual({ ok: false, error: { kind: 'wrong-key', message: expect.stringContaining('different public key') } });
    expect(JSON.stringify(reply)).not.toContain(EXAMPLE_SECRET);
  });

  it('reports an invalid request (an empty passphrase) as its HandoffError', async () => {
    expect(await runPackageJob({ op: 'seal', document, to: { passphrase: '' } })).toEqual({
      ok: false,
      error: { kind: 'invalid-passphrase', message: 'The passphrase is empty.' },
    });
  });
});

describe('errors across the boundary', () => {
  it.each(HANDOFF_ERROR_KINDS)('rebuilds a HandoffError of kind %s', (kind) => {
    const rebuilt = fromWireError(structuredClone(toWireError(new HandoffError(kind, `about ${kind}`))));
    expect(rebuilt).toBeInstanceOf(HandoffError);
    expect(rebuilt).toMatchObject({ kind, message: `about ${kind}` });
  });

  it('passes only the class of any other error, whose message might quote plaintext', () => {
    const wire = toWireError(new SyntaxError(`Unexpected token in "${EXAMPLE_SECRET}"`));
    expect(wire.kind).toBe('internal');
    expect(wire.message).toContain('SyntaxError');
    expect(wire.message).not.toContain(EXAMPLE_SECRET);
    expect(toWireError('thrown text').message).toContain('(string)');
  });

  it.each([
    ['an internal failure', { kind: 'internal', message: 'Something went wrong' }, 'Something went wrong'],
    ['an unknown kind', { kind: 'made-up', message: 'odd' }, 'odd'],
    ['not an object', 42, 'The encryption worker failed without saying why.'],
  ])('turns %s into a plain Error', (_case, wire, message) => {
    const rebuilt = fromWireError(wire);
    expect(rebuilt).not.toBeInstanceOf(HandoffError);
    expect(rebuilt.message).toBe(message);
  });

  it('gives a known kind without a message a message of its own', () => {
    expect(fromWireError({ kind: 'tampered' })).toMatchObject({ kind: 'tampered', message: 'The encryption worker failed without saying why.' });
  });
});
