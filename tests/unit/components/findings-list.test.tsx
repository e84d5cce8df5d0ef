import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { FindingsList } from '@/components/findings/FindingsList';
import { locationLabel } from '@/components/findings/location-label';
import type { Finding, FindingLocation } from '@/utils/findings/finding';
import type { PolicyFinding } from '@/utils/policy/evaluate';

const broad: Finding = {
  id: 'OCG-SCOPE-005',
  severity: 'security_warning',
  title: 'Scope broader than needed',
  detail: 'urn:opc:resource:consumer::all grants every consumer permission.',
  location: { kind: 'pair', index: 1, field: 'scope' },
  fix: { kind: 'set-scope', index: 1, scope: '/ic/api/', label: 'Use /ic/api/ instead' },
  learnMore: 'https://docs.oracle.com/en-us/iaas/Content/Identity/Tasks/managingcredentials.htm',
};
const exempted: PolicyFinding = {
  id: 'OCG-POLICY-004',
  severity: 'warning',
  title: 'Description required',
  detail: 'The policy asks for a description.',
  location: { kind: 'description' },
  exemption: { justification: 'Temporary test credential', pattern: 'OCG-POLICY-004', by: 'user' },
};

describe('locationLabel', () => {
  it.each<[FindingLocation, string]>([
    [{ kind: 'pair', index: 0, field: 'audience' }, 'Scope row 1, audience'],
    [{ kind: 'pair', index: 9, field: 'scope' }, 'Scope row 10, scope'],
    [{ kind: 'pair', index: 2, field: 'pair' }, 'Scope row 3'],
    [{ kind: 'name' }, 'Name'],
    [{ kind: 'description' }, 'Description'],
    [{ kind: 'draft' }, 'Whole credential'],
  ])('%j → %s', (location, label) => expect(locationLabel(location)).toBe(label));
});

describe('FindingsList', () => {
  it('shows the empty text when there is nothing to report', () => {
    render(<FindingsList findings={[]} emptyText="Nothing too broad." />);
    expect(screen.getByText('Nothing too broad.')).toBeTruthy();
  });

  it('renders each finding with its hooks, severity, location and learn-more link', () => {
    const { container } = render(<FindingsList findings={[broad, exempted]} />);
    const items = container.querySelectorAll('li');
    expect([...items].map((li) => [li.dataset.findingId, li.dataset.severity])).toEqual([
      ['OCG-SCOPE-005', 'security_warning'],
      ['OCG-POLICY-004', 'warning'],
    ]);
    expect(items[0]!.textContent).toContain('Security warning');
    expect(items[0]!.textContent).toContain('(Scope row 2, scope)');
    expect(items[0]!.querySelector('a')!.getAttribute('href')).toBe(broad.learnMore);
    expect(items[1]!.dataset.exempt).toBe('true');
    expect(items[1]!.textContent).toContain('Exempted by you: Temporary test credential');
  });

  it('offers a fix button only when the caller can apply fixes', () => {
    const { rerender } = render(<FindingsList findings={[broad]} />);
    expect(screen.queryByRole('button')).toBeNull();
    const onFix = vi.fn();
    rerender(<FindingsList findings={[broad]} onFix={onFix} />);
    fireEvent.click(screen.getByRole('button', { name: 'Use /ic/api/ instead' }));
    expect(onFix).toHaveBeenCalledWith(broad.fix, broad);
  });

  it('reports which finding has the pointer or focus, and when none has', () => {
    const onFocusFinding = vi.fn();
    const { container } = render(<FindingsList findings={[broad]} onFocusFinding={onFocusFinding} />);
    const item = container.querySelector('li')!;
    fireEvent.mouseEnter(item);
    fireEvent.mouseLeave(item);
    expect(onFocusFinding.mock.calls).toEqual([[broad], [null]]);
  });

  it('renders page-derived text as text, never as markup', () => {
    const hostile: Finding = { ...broad, fix: undefined, detail: '<img src=x onerror=alert(1)>' };
    const { container } = render(<FindingsList findings={[hostile]} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it("adds the caller's extra part to each finding, after its actions", () => {
    const { container } = render(<FindingsList findings={[broad, exempted]} extra={(finding) => <p class="extra">More on {finding.id}</p>} />);
    expect(Array.from(container.querySelectorAll('li'), (li) => li.lastElementChild?.textContent)).toEqual([
      'More on OCG-SCOPE-005',
      'More on OCG-POLICY-004',
    ]);
  });
});
