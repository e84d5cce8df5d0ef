import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { AssistantStatus } from '@/components/assistant/AssistantStatus';

const FREE = { blocked: false, reasons: [] };
const BLOCKED = { blocked: true, reasons: ['OCG-POLICY-002: Scope "urn:opc:resource:consumer::all" is denied by your organisation'] };

describe('AssistantStatus', () => {
  it('says it is loading, and nothing about blocking while Generate is free', () => {
    const { container } = render(<AssistantStatus state="loading" managed={false} verdict={FREE} stopped={0} />);
    expect(container.textContent).toBe('Scope assistantLoading presets and checks…');
    expect(container.querySelector('[role="status"]')).not.toBeNull();
  });

  it('shows why loading failed as an alert', () => {
    const { container } = render(<AssistantStatus state="error" message="import failed" managed={false} verdict={FREE} stopped={0} />);
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('The scope assistant could not load: import failed');
  });

  it('marks a managed policy', () => {
    const { container } = render(<AssistantStatus state="ready" managed verdict={FREE} stopped={0} />);
    expect(container.querySelector('.managed')?.textContent).toBe('Managed by your organization');
  });

  it('lists what must change while blocked, and turns it into an alert once Generate was stopped', () => {
    const { container, rerender } = render(<AssistantStatus state="ready" managed={false} verdict={BLOCKED} stopped={0} />);
    const notice = () => container.querySelector('.blocked')!;
    expect([notice().getAttribute('role'), notice().querySelector('strong')?.textContent]).toEqual(['status', "Generate is blocked by your organisation's policy."]);
    expect(Array.from(notice().querySelectorAll('li'), (li) => li.textContent)).toEqual(BLOCKED.reasons);
    rerender(<AssistantStatus state="ready" managed={false} verdict={BLOCKED} stopped={1} />);
    expect([notice().getAttribute('role'), notice().querySelector('strong')?.textContent]).toEqual(['alert', "Generate was stopped by your organisation's policy."]);
  });
});
