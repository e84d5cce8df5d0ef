import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deploymentTemplates, FIREFOX_ADDON_ID } from '@/utils/policy/deployment';
import type { PolicyDocument } from '@/utils/policy/schema';

const IDS = { chrome: 'abcdefghijklmnopabcdefghijklmnop', firefox: FIREFOX_ADDON_ID };
const POLICY: PolicyDocument = {
  schemaVersion: 1,
  enforcement: 'block',
  deniedScopes: ['urn:opc:resource:consumer::all', 'urn:opc:idm:__myscopes__'],
  requireDescription: true,
  credentialNamePattern: { regex: '[a-z]+\\d*', message: 'Use "team" & <app> names' },
  realmAvailability: { oc1: { available: true } },
  vault: { itemTtlHours: 8, allowPlaintextPrint: false },
  exemptions: [{ findingId: 'OCG-POLICY-002', justification: 'line one\nline two', expires: '2026-12-31' }],
};

/** Reads a .reg file back into nested keys, the way Chrome's registry loader walks them. */
function readReg(text: string, root: string): Record<string, unknown> {
  const tree: Record<string, unknown> = {};
  let current: Record<string, unknown> | undefined;
  for (const line of text.split('\r\n')) {
    const section = /^\[(-?)(.*)\]$/.exec(line);
    if (section) {
      current = undefined;
      if (section[1] === '-' || !section[2]?.startsWith(root)) continue;
      current = tree;
      for (const part of section[2].slice(root.length).split('\\').filter(Boolean)) {
        current = (current[part] ??= {}) as Record<string, unknown>;
      }
      continue;
    }
    const value = /^"((?:[^"\\]|\\.)*)"=(.*)$/.exec(line);
    if (!value || !current) continue;
    const name = value[1]!.replace(/\\(.)/g, '$1');
    const raw = value[2]!;
    if (raw.startsWith('dword:')) current[name] = parseInt(raw.slice(6), 16);
    else if (raw.startsWith('hex(1):')) {
      const bytes = raw.slice(7).split(',').map((b) => parseInt(b, 16));
      const units: number[] = [];
      for (let i = 0; i < bytes.length; i += 2) units.push(bytes[i]! | (bytes[i + 1]! << 8));
      const text = String.fromCharCode(...units);
      current[name] = text.endsWith('\u0000') ? text.slice(0, -1) : text;
    } else current[name] = JSON.parse(raw.replace(/\\\\/g, '\\u005c'));
  }
  return tree;
}

/** The shape Chrome's registry form has: lists as keys named 1, 2, …, booleans as 0/1. */
function registryShape(value: unknown): unknown {
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, i) => [String(i + 1), registryShape(v)]));
  if (typeof value === 'boolean') return Number(value);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, registryShape(v)]));
  return value;
}

function readPlist(xml: string): unknown {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const read = (el: Element): unknown => {
    switch (el.tagName) {
      case 'string': return el.textContent;
      case 'integer': return Number(el.textContent);
      case 'true': return true;
      case 'false': return false;
      case 'array': return Array.from(el.children, read);
      case 'dict': {
        const kids = Array.from(el.children);
        const out: Record<string, unknown> = {};
        for (let i = 0; i < kids.length; i += 2) out[kids[i]!.textContent ?? ''] = read(kids[i + 1]!);
        return out;
      }
      default: throw new Error(`unexpected <${el.tagName}>`);
    }
  };
  return read(doc.querySelector('plist > dict')!);
}

describe('deploymentTemplates', () => {
  const t = deploymentTemplates(POLICY, IDS);

  it('writes the Linux policy file under 3rdparty.extensions.<id>', () => {
    expect(JSON.parse(t.chromeLinuxJson)).toEqual({ '3rdparty': { extensions: { [IDS.chrome]: POLICY } } });
    expect(JSON.parse(t.edgeLinuxJson)).toEqual({ '3rdparty': { extensions: { [IDS.chrome]: POLICY } } });
  });

  it('uses the Edge id for Edge when one is given', () => {
    const edge = 'ponmlkjihgfedcbaponmlkjihgfedcba';
    const withEdge = deploymentTemplates(POLICY, { ...IDS, edge });
    expect(JSON.parse(withEdge.edgeLinuxJson)['3rdparty'].extensions).toHaveProperty(edge);
    expect(withEdge.edgeWindowsReg).toContain(`\\Microsoft\\Edge\\3rdparty\\extensions\\${edge}\\policy]`);
  });

  it('wraps each field as {"Value": …} for the Google Admin console', () => {
    expect(JSON.parse(t.googleAdminJson)).toEqual(
      Object.fromEntries(Object.entries(POLICY).map(([k, v]) => [k, { Value: v }])),
    );
  });

  it('writes Firefox policies.json under 3rdparty.Extensions.<gecko id>', () => {
    expect(JSON.parse(t.firefoxPoliciesJson)).toEqual({ policies: { '3rdparty': { Extensions: { [IDS.firefox]: POLICY } } } });
  });

  it('writes a macOS plist that reads back to the policy, XML-escaped', () => {
    expect(t.chromeMacPlist).toContain('<string>Use "team" &amp; &lt;app&gt; names</string>');
    expect(readPlist(t.chromeMacPlist)).toEqual(POLICY);
  });

  it('writes a .reg file that reads back to the policy in Chrome\'s registry shape', () => {
    const root = `HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${IDS.chrome}\\policy`;
    const lines = t.chromeWindowsReg.split('\r\n');
    expect(lines.slice(0, 3)).toEqual(['Windows Registry Editor Version 5.00', '', `[-${root}]`]);
    expect(lines).toContain('"enforcement"="block"');
    expect(lines).toContain('"requireDescription"=dword:00000001');
    expect(lines).toContain('"itemTtlHours"=dword:00000008');
    expect(lines).toContain('"regex"="[a-z]+\\\\d*"');
    expect(t.chromeWindowsReg).not.toMatch(/[^\r]\n/);
    expect(readReg(t.chromeWindowsReg, root)).toEqual(registryShape(POLICY));
  });

  it('writes only the fields the document sets', () => {
    const small = deploymentTemplates({ enforcement: 'warn' }, IDS);
    expect(JSON.parse(small.googleAdminJson)).toEqual({ enforcement: { Value: 'warn' } });
    expect(readPlist(small.chromeMacPlist)).toEqual({ enforcement: 'warn' });
  });

  it.each([
    ['a Chrome id with other letters', { ...IDS, chrome: 'abcdefghijklmnopabcdefghijklmnoz' }, /Chrome or Edge extension id/],
    ['a short Chrome id', { ...IDS, chrome: 'abc' }, /Chrome or Edge extension id/],
    ['a bad Edge id', { ...IDS, edge: 'x' }, /Chrome or Edge extension id/],
    ['a bad Firefox id', { ...IDS, firefox: 'not an id' }, /Firefox add-on id/],
  ])('refuses %s', (_label, ids, message) => {
    expect(() => deploymentTemplates(POLICY, ids)).toThrow(message);
  });

  it('refuses a policy that does not validate', () => {
    expect(() => deploymentTemplates({ enforcement: 'nope' } as unknown as PolicyDocument, IDS)).toThrow();
  });

  it('accepts a Firefox id in {uuid} form', () => {
    const uuid = '{12345678-1234-1234-1234-123456789abc}';
    expect(JSON.parse(deploymentTemplates(POLICY, { ...IDS, firefox: uuid }).firefoxPoliciesJson).policies['3rdparty'].Extensions).toHaveProperty(uuid);
  });
});

describe('FIREFOX_ADDON_ID', () => {
  it('is the id the Firefox build declares', () => {
    // wxt.config.ts takes the constant, so the manifest and the deployment templates cannot disagree (the built id: tests/e2e/manifest.test.ts).
    expect(readFileSync('wxt.config.ts', 'utf8')).toContain('gecko: { id: FIREFOX_ADDON_ID,');
  });
});
