import { z } from 'zod';
import { SEVERITIES } from '../findings/finding';
import { presetSchema } from '../scopes/preset-schema';
import { HANDOFF_CHANNELS } from '../vault/events';

// The organisation's policy, as ONE zod schema. The same document shape comes from every source
// (Chrome/Edge managed storage, Firefox policies.json, a local import), and every field is
// optional: a source sets only what it sets, and resolve.ts fills the rest per field.
// The descriptions below travel into the generated managed_schema.json; docs/policy.md explains
// each field at length. Patterns use the glob dialect of glob.ts.

export const POLICY_SCHEMA_VERSION = 1;
export const ENFORCEMENTS = ['off', 'warn', 'block'] as const;
export const CAPTURE_BEFORE_CLOSE = ['off', 'warn', 'block'] as const;

const pattern = z
  .string()
  .min(1, { error: 'a pattern cannot be empty' })
  .max(1024)
  .refine((value) => value.trim() === value, { error: 'a pattern must not start or end with spaces' });

const findingIdPattern = z
  .string()
  .regex(/^[A-Za-z0-9*?-]{1,64}$/, { error: 'a finding id pattern is letters, digits, "-", "*" and "?", e.g. "OCG-SCOPE-00*"' });

const realmKey = z.string().regex(/^oc[0-9]{1,3}$/, { error: 'a realm key is lower-case "oc" and a number, e.g. "oc4"' });

const justification = z.string().trim().min(1, { error: 'a justification is required' }).max(1000);

/** The regex compiles as written, and again as the whole-name match that evaluation uses. */
const regexSource = z
  .string()
  .min(1)
  .max(500)
  .superRefine((source, ctx) => {
    try {
      new RegExp(`^(?:${source})$`, 'u');
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${(error as Error).message}` });
    }
  });

export const credentialNamePatternSchema = z.strictObject({
  regex: regexSource.describe('Regular expression (JavaScript, unicode) that the whole credential name must match.'),
  message: z.string().trim().min(1, { error: 'say in words what the name must look like' }).max(300)
    .describe('What the user is told when the name does not match, e.g. "Names look like team-app-env".'),
});

export const exemptionSchema = z.strictObject({
  findingId: findingIdPattern.describe('Finding id or pattern this exemption covers, e.g. "OCG-SCOPE-003" or "OCG-POLICY-00*".'),
  scope: pattern.optional().describe('Only for findings on a pair whose scope matches this pattern.'),
  audience: pattern.optional().describe('Only for findings on a pair whose audience matches this pattern.'),
  justification: justification.describe('Why this is accepted; shown with the finding and kept in the audit log.'),
  expires: z.iso.date({ error: 'write the expiry date as YYYY-MM-DD' }).optional()
    .describe('Last day (UTC) the exemption applies, YYYY-MM-DD. Without it the exemption does not expire.'),
});

export const vaultSettingsSchema = z.strictObject({
  itemTtlHours: z.int().min(1).max(720).optional()
    .describe('Hours a captured secret stays in the vault before it is purged.'),
  handoffChannels: z.array(z.enum(HANDOFF_CHANNELS)).min(1, { error: 'allow at least one handoff channel' })
    .refine((channels) => new Set(channels).size === channels.length, { error: 'list each channel once' }).optional()
    .describe('Handoff channels the administrator may use: email, file, read-aloud, print.'),
  allowPlaintextPrint: z.boolean().optional()
    .describe('Whether the print channel may print the secret itself rather than only an encrypted package.'),
  minPassphraseBits: z.int().min(40).max(256).optional()
    .describe('Minimum estimated strength, in bits, of a handoff package passphrase.'),
  captureBeforeClose: z.enum(CAPTURE_BEFORE_CLOSE).optional()
    .describe('Whether the secret must be captured before the secret dialog is closed: off, warn or block.'),
  autoCapture: z.boolean().optional()
    .describe('Capture the secret as soon as the dialog shows it, without waiting for a click.'),
});

export const auditSettingsSchema = z.strictObject({
  enabled: z.boolean().optional().describe('Keep a local audit log of credential events.'),
  retentionDays: z.int().min(1).max(3650).optional().describe('Days an audit record is kept.'),
});

export const policySchema = z.strictObject({
  schemaVersion: z.literal(POLICY_SCHEMA_VERSION, { error: `this extension reads policy schemaVersion ${POLICY_SCHEMA_VERSION}` })
    .optional().describe('Policy format version; 1.'),
  enforcement: z.enum(ENFORCEMENTS).optional()
    .describe('off: no policy findings; warn: findings shown, Generate works; block: Generate is prevented while a blocking finding remains.'),
  allowedAudiences: z.array(pattern).max(500).optional()
    .describe('Audiences (exact or glob) a credential may use. ["*"] allows any; [] allows none.'),
  deniedScopes: z.array(pattern).max(500).optional()
    .describe('Scopes (exact or glob) a credential must not use; also matched against the fully qualified scope.'),
  maxPairsPerCredential: z.int().min(1).max(10).optional()
    .describe('Most audience-scope pairs one credential may have (Oracle allows 10).'),
  requireDescription: z.boolean().optional().describe('Whether a credential must have a description.'),
  credentialNamePattern: credentialNamePatternSchema.optional()
    .describe('Pattern the credential name must match, with the message shown when it does not.'),
  presets: z.array(presetSchema).max(100)
    .superRefine((presets, ctx) => presets.forEach((preset, index) => {
      if (presets.findIndex((other) => other.id === preset.id) !== index) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `preset id "${preset.id}" appears more than once` });
      }
    }))
    .optional()
    .describe('Organisation presets, in the same shape as the built-in presets; one with a built-in id replaces that preset.'),
  hideBuiltInPresets: z.boolean().optional().describe('Offer only the organisation presets.'),
  realmAvailability: z.record(realmKey, z.strictObject({
    available: z.boolean().describe('Whether OAuth 2.0 client credentials are available in this realm.'),
    note: z.string().trim().min(1).max(500).optional().describe('Shown next to the availability, e.g. the source of the information.'),
  })).optional().describe('Overrides of the built-in realm availability table, keyed by realm key (oc1, oc4, ...).'),
  vault: vaultSettingsSchema.optional().describe('Vault and handoff settings.'),
  audit: auditSettingsSchema.optional().describe('Audit log settings.'),
  severityOverrides: z.record(findingIdPattern, z.enum([...SEVERITIES, 'off'])).optional()
    .describe('Finding id or pattern to a severity (error, security_warning, warning, suggestion) or "off" to drop it.'),
  exemptions: z.array(exemptionSchema).max(500).optional()
    .describe('Documented exemptions: findings that are accepted, with a justification and an optional expiry.'),
  userMayExempt: z.array(findingIdPattern).max(100).optional()
    .describe('Finding ids or patterns that a user may exempt in the Console by typing a justification.'),
});

/** A policy as one source states it: every field optional. */
export type PolicyDocument = z.infer<typeof policySchema>;
export type Enforcement = (typeof ENFORCEMENTS)[number];
export type Exemption = z.infer<typeof exemptionSchema>;
export type CredentialNamePattern = z.infer<typeof credentialNamePatternSchema>;

export type VaultSettings = Required<z.infer<typeof vaultSettingsSchema>>;
export type AuditSettings = Required<z.infer<typeof auditSettingsSchema>>;

type Filled<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };

/** The policy in force: every field has a value (from a source or the built-in default). */
export type EffectivePolicy = Filled<Omit<PolicyDocument, 'schemaVersion' | 'vault' | 'audit' | 'credentialNamePattern'>> & {
  /** null: no naming rule. */
  credentialNamePattern: CredentialNamePattern | null;
  vault: VaultSettings;
  audit: AuditSettings;
};

export type PolicyField = keyof Omit<EffectivePolicy, 'vault' | 'audit'>;
