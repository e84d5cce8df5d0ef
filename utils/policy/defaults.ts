import { HANDOFF_CHANNELS } from '../vault/events';
import type { EffectivePolicy } from './schema';

// What applies where no source sets a field. The defaults advise rather than restrict: they
// reach every install, so they only say what is safe for everyone; an organisation tightens
// them with its own policy.

export const DEFAULT_POLICY: EffectivePolicy = {
  // Findings are shown but Generate works: the extension helps before an organisation decides to enforce.
  enforcement: 'warn',
  // Any audience, no denied scopes: the scope analyzer already flags broad scopes by itself.
  allowedAudiences: ['*'],
  deniedScopes: [],
  // Oracle's own limit, so the default adds no rule of its own.
  maxPairsPerCredential: 10,
  requireDescription: false,
  credentialNamePattern: null,
  presets: [],
  hideBuiltInPresets: false,
  realmAvailability: {},
  vault: {
    // Long enough to hand a credential over within a working day, short enough that a forgotten item goes.
    itemTtlHours: 24,
    handoffChannels: [...HANDOFF_CHANNELS],
    // A printed secret outlives every control the vault has, so print the encrypted package by default.
    allowPlaintextPrint: false,
    // Six words of the EFF long diceware list (6 × 12.9 bits).
    minPassphraseBits: 77,
    // The Console shows the secret once: remind, but let the user close the dialog.
    captureBeforeClose: 'warn',
    // Reading a secret only after the user's click keeps capture an explicit act.
    autoCapture: false,
  },
  // A creation log costs little and answers "who made this credential"; 90 days covers a quarter's review.
  audit: { enabled: true, retentionDays: 90 },
  severityOverrides: {},
  exemptions: [],
  userMayExempt: [],
};

/**
 * Scopes denied when the managed policy cannot be read (fail closed): the two broadest scopes
 * Oracle documents, each granting far more than one integration needs.
 */
export const FAIL_CLOSED_DENIED_SCOPES: readonly string[] = ['urn:opc:resource:consumer::all', 'urn:opc:idm:__myscopes__'];
