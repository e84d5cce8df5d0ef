import { policySchema, type PolicyDocument } from './schema';

// Ready-to-deploy forms of one policy document, for each place an administrator can put it:
// a Chrome/Chromium/Edge policy file on Linux, a macOS preference plist, a Windows .reg file,
// the Google Admin console's JSON upload, and Firefox's policies.json. docs/policy.md says where
// each one goes. Only the fields the document sets are written, so built-in defaults can still
// improve for every field an organisation did not decide.

const CHROME_ID = /^[a-p]{32}$/;

/** The Firefox add-on id the build declares (browser_specific_settings.gecko.id in wxt.config.ts). */
export const FIREFOX_ADDON_ID = 'credential-guard@oci-credential-guard.dev';

/** Whether a text is a Chrome or Edge extension id. */
export function isChromeExtensionId(id: string): boolean {
  return CHROME_ID.test(id);
}

export interface ExtensionIds {
  /** The Chrome Web Store id (32 letters a-p), also used for Chromium. */
  chrome: string;
  /** The Edge Add-ons id; Edge uses the Chrome id when the extension is installed from the Chrome Web Store. */
  edge?: string;
  /** The Firefox add-on id (browser_specific_settings.gecko.id). */
  firefox: string;
}

export interface DeploymentTemplates {
  /** /etc/opt/chrome/policies/managed/, /etc/chromium/policies/managed/ or /etc/opt/edge/policies/managed/ (Edge with ids.edge). */
  chromeLinuxJson: string;
  edgeLinuxJson: string;
  /** Preference domain com.google.Chrome.extensions.<id>, for an MDM's custom settings. */
  chromeMacPlist: string;
  chromeWindowsReg: string;
  edgeWindowsReg: string;
  /** Google Admin console > Chrome > Apps & extensions > the extension > Policy for extensions. */
  googleAdminJson: string;
  /** policies.json in the Firefox distribution folder (or /etc/firefox/policies/). */
  firefoxPoliciesJson: string;
}

type Value = string | number | boolean | Value[] | { [key: string]: Value };

const GECKO_ID = /^(?:[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+|\{[0-9a-fA-F-]{36}\})$/;

/** The document's set fields, as plain JSON values (undefined entries dropped). */
function entries(policy: PolicyDocument): [string, Value][] {
  return Object.entries(JSON.parse(JSON.stringify(policySchema.parse(policy))) as Record<string, Value>);
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function linuxJson(id: string, policy: PolicyDocument): string {
  return json({ '3rdparty': { extensions: { [id]: Object.fromEntries(entries(policy)) } } });
}

function xmlText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function plistValue(value: Value, indent: string): string {
  if (typeof value === 'string') return `${indent}<string>${xmlText(value)}</string>`;
  if (typeof value === 'boolean') return `${indent}<${value}/>`;
  if (typeof value === 'number') {
    const tag = Number.isInteger(value) ? 'integer' : 'real';
    return `${indent}<${tag}>${value}</${tag}>`;
  }
  if (Array.isArray(value)) return [`${indent}<array>`, ...value.map((v) => plistValue(v, `${indent}  `)), `${indent}</array>`].join('\n');
  const inner = Object.entries(value).flatMap(([k, v]) => [`${indent}  <key>${xmlText(k)}</key>`, plistValue(v, `${indent}  `)]);
  return [`${indent}<dict>`, ...inner, `${indent}</dict>`].join('\n');
}

function macPlist(policy: PolicyDocument): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    plistValue(Object.fromEntries(entries(policy)), ''),
    '</plist>',
    '',
  ].join('\n');
}

/** A REG_SZ value; text with line breaks or other control characters goes as hex(1) (UTF-16LE), which .reg text cannot hold. */
function regString(text: string): string {
  const control = Array.from(text).some((c) => c.charCodeAt(0) < 0x20);
  if (!control) return `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  const terminated = `${text}\u0000`;
  const bytes: string[] = [];
  for (let i = 0; i < terminated.length; i += 1) {
    const unit = terminated.charCodeAt(i);
    bytes.push((unit & 0xff).toString(16).padStart(2, '0'), (unit >> 8).toString(16).padStart(2, '0'));
  }
  return `hex(1):${bytes.join(',')}`;
}

function regScalar(value: string | number | boolean): string {
  if (typeof value === 'string') return regString(value);
  const dword = typeof value === 'boolean' ? Number(value) : value;
  return `dword:${(dword >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * Chrome reads a registry key as an object, and a list as a key whose values or sub-keys are
 * named 1, 2, 3…; booleans and integers are REG_DWORD.
 */
function regSections(key: string, value: Value[] | { [k: string]: Value }): string[] {
  const named: [string, Value][] = Array.isArray(value) ? value.map((v, i) => [String(i + 1), v]) : Object.entries(value);
  const scalars = named.filter(([, v]) => typeof v !== 'object');
  const nested = named.filter(([, v]) => typeof v === 'object') as [string, Value[] | { [k: string]: Value }][];
  const own = [`[${key}]`, ...scalars.map(([name, v]) => `${regString(name)}=${regScalar(v as string | number | boolean)}`), ''];
  return [...own, ...nested.flatMap(([name, v]) => regSections(`${key}\\${name}`, v))];
}

function windowsReg(vendorPath: string, id: string, policy: PolicyDocument): string {
  const key = `HKEY_LOCAL_MACHINE\\Software\\Policies\\${vendorPath}\\3rdparty\\extensions\\${id}\\policy`;
  // Delete the extension's old policy first, so fields removed from the document do not linger.
  const lines = ['Windows Registry Editor Version 5.00', '', `[-${key}]`, '', ...regSections(key, Object.fromEntries(entries(policy)))];
  return lines.join('\r\n');
}

/** Throws on an invalid policy document or extension id: a template must never deploy a broken policy. */
export function deploymentTemplates(policy: PolicyDocument, ids: ExtensionIds): DeploymentTemplates {
  const edge = ids.edge ?? ids.chrome;
  for (const id of [ids.chrome, edge]) {
    if (!isChromeExtensionId(id)) throw new Error(`"${id}" is not a Chrome or Edge extension id (32 letters a to p).`);
  }
  if (!GECKO_ID.test(ids.firefox)) throw new Error(`"${ids.firefox}" is not a Firefox add-on id (name@domain or {uuid}).`);
  return {
    chromeLinuxJson: linuxJson(ids.chrome, policy),
    edgeLinuxJson: linuxJson(edge, policy),
    chromeMacPlist: macPlist(policy),
    chromeWindowsReg: windowsReg('Google\\Chrome', ids.chrome, policy),
    edgeWindowsReg: windowsReg('Microsoft\\Edge', edge, policy),
    googleAdminJson: json(Object.fromEntries(entries(policy).map(([k, v]) => [k, { Value: v }]))),
    firefoxPoliciesJson: json({ policies: { '3rdparty': { Extensions: { [ids.firefox]: Object.fromEntries(entries(policy)) } } } }),
  };
}
