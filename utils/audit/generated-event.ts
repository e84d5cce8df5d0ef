import { credentialOwner, type ConsoleContext } from '../console/context';
import type { CredentialDraft } from '../findings/finding';
import type { PolicyFinding } from '../policy/evaluate';
import type { RealmDetection } from '../realm/detect-realm';
import type { AuditEvent } from './record';

// What the content script reports when Generate goes ahead: the draft as the form holds it, the
// findings shown at that moment (after the policy's overrides) and their exemptions. Never a secret:
// there is none yet. Values are cut to the audit record's limits so a long draft still gets logged.

export type CredentialGeneratedEvent = Extract<AuditEvent, { kind: 'credential-generated' }>;

export interface GeneratedFacts {
  draft: CredentialDraft;
  findings: readonly PolicyFinding[];
  detection: RealmDetection;
  page: ConsoleContext;
}

const cut = (text: string, max: number) => text.trim().slice(0, max);

/** The audit event, or undefined for a nameless draft (the Console refuses it, and a record needs a name). */
export function credentialGeneratedEvent({ draft, findings, detection, page }: GeneratedFacts): CredentialGeneratedEvent | undefined {
  const credentialName = cut(draft.name, 256);
  if (!credentialName) return undefined;
  const known = detection.status === 'known' ? detection : undefined;
  const { identityDomain, targetUser } = credentialOwner(page);
  return {
    kind: 'credential-generated',
    credentialName,
    ...(known ? { realm: known.realm } : {}),
    ...(known?.region ? { region: known.region } : {}),
    ...(identityDomain ? { identityDomain: cut(identityDomain, 256) } : {}),
    ...(targetUser ? { targetUser: cut(targetUser, 256) } : {}),
    pairs: draft.pairs
      .filter((pair) => pair.audience.trim() || pair.scope.trim())
      .slice(0, 50)
      .map((pair) => ({ audience: pair.audience.slice(0, 2048), scope: pair.scope.slice(0, 2048) })),
    findings: findings.slice(0, 200).map((finding) => ({ id: finding.id, severity: finding.severity, title: cut(finding.title, 500) })),
    exemptions: findings.flatMap((finding) =>
      finding.exemption
        ? [{ findingId: finding.id, pattern: finding.exemption.pattern, justification: cut(finding.exemption.justification, 1000), by: finding.exemption.by }]
        : [],
    ).slice(0, 200),
  };
}
