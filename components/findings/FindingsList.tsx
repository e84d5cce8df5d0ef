import type { ComponentChildren } from 'preact';
import type { Finding, FindingFix } from '@/utils/findings/finding';
import type { PolicyFinding } from '@/utils/policy/evaluate';
import { locationLabel } from './location-label';
import { SEVERITY_LABEL } from './severity-label';

// One list for every place that shows findings: the in-page scope assistant and the options page's
// "try a draft" box. Presentational only: the caller decides what a fix or an exemption does.
// Hooks (docs/testing.md): each item carries data-finding-id and data-severity.

export interface FindingsListProps {
  findings: readonly (Finding | PolicyFinding)[];
  /** Applies a finding's fix to the draft; without it, fixes are described but not offered as buttons. */
  onFix?: (fix: FindingFix, finding: Finding) => void;
  /** Pointer enters/leaves or focus moves onto a finding: lets the caller highlight where it applies. */
  onFocusFinding?: (finding: Finding | null) => void;
  /** Shown when there is nothing to report. */
  emptyText?: string;
  /** More for one finding, below its actions (e.g. the in-page assistant's exemption form). */
  extra?: (finding: Finding | PolicyFinding) => ComponentChildren;
}

export function FindingsList({ findings, onFix, onFocusFinding, emptyText = 'No findings.', extra }: FindingsListProps) {
  if (findings.length === 0) return <p class="ocg-findings-empty">{emptyText}</p>;
  return (
    <ul class="ocg-findings" aria-label="Findings">
      {findings.map((finding) => {
        const exemption = 'exemption' in finding ? finding.exemption : undefined;
        return (
          <li
            key={`${finding.id}:${locationLabel(finding.location)}`}
            class={`ocg-finding ocg-finding--${finding.severity}`}
            data-finding-id={finding.id}
            data-severity={finding.severity}
            {...(exemption ? { 'data-exempt': 'true' } : {})}
            onMouseEnter={() => onFocusFinding?.(finding)}
            onMouseLeave={() => onFocusFinding?.(null)}
            onFocusIn={() => onFocusFinding?.(finding)}
            onFocusOut={() => onFocusFinding?.(null)}
          >
            <p class="ocg-finding-head">
              <span class="ocg-finding-severity">{SEVERITY_LABEL[finding.severity]}</span>{' '}
              <strong class="ocg-finding-title">{finding.title}</strong>{' '}
              <span class="ocg-finding-where">({locationLabel(finding.location)})</span>
            </p>
            <p class="ocg-finding-detail">{finding.detail}</p>
            {exemption && (
              <p class="ocg-finding-exemption">
                Exempted by {exemption.by === 'policy' ? 'the policy' : 'you'}: {exemption.justification}
              </p>
            )}
            <p class="ocg-finding-actions">
              {finding.fix && onFix && (
                <button type="button" class="ocg-finding-fix" onClick={() => onFix(finding.fix!, finding)}>
                  {finding.fix.label}
                </button>
              )}
              {finding.learnMore && (
                <a class="ocg-finding-learn" href={finding.learnMore} target="_blank" rel="noopener noreferrer">
                  Learn more<span class="ocg-visually-hidden"> about {finding.id}</span>
                </a>
              )}{' '}
              <code class="ocg-finding-id">{finding.id}</code>
            </p>
            {extra?.(finding)}
          </li>
        );
      })}
    </ul>
  );
}
