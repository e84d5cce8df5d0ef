import type { ResolvedPolicy } from './resolve';

// May the Console's Generate run now? The content script asks this at every attempt, before the
// Console sees it. The policy comes from the background and the draft check from the lazily loaded
// scope assistant, and either may be missing for a moment or for good.
//
// The choice, for each gap: Generate is held, with a message, whenever the answer could be "block"
// and cannot be checked.
// - Policy not answered yet (milliseconds after the page loads): held. A user rarely gets there
//   that fast, and letting the first Generate through unchecked would make "block" a race.
// - Policy request failed (including a later re-read after a storage change): held, saying why, until
//   an answer arrives. Falling back to "warn" would silently switch off an organisation's "block";
//   keeping the previous answer would ignore the change that triggered the re-read.
// - Policy known, enforcement off or warn: never held, whatever the assistant's state.
// - Enforcement block, assistant still loading or failed to load: held, saying why.

export type PolicyState = { status: 'pending' } | { status: 'failed'; message: string } | { status: 'known'; resolved: ResolvedPolicy };

export interface GenerateVerdict {
  blocked: boolean;
  /** What must change, one line each. */
  reasons: string[];
}

/** The scope assistant's side: its draft check once loaded. */
export type DraftChecker = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; check(): GenerateVerdict };

const held = (reason: string): GenerateVerdict => ({ blocked: true, reasons: [reason] });

export function generateVerdict(policy: PolicyState, checker: DraftChecker): GenerateVerdict {
  switch (policy.status) {
    case 'pending':
      return held("Your organisation's policy is still being read: try again in a moment.");
    case 'failed':
      return held(`Your organisation's policy could not be read (${policy.message}). Reload the page.`);
    case 'known':
      break;
  }
  if (policy.resolved.policy.enforcement !== 'block') return { blocked: false, reasons: [] };
  switch (checker.status) {
    case 'loading':
      return held('The draft is still being checked: try again in a moment.');
    case 'failed':
      return held(`The draft cannot be checked: the scope assistant could not load (${checker.message}). Reload the page.`);
    case 'ready':
      return checker.check();
  }
}
