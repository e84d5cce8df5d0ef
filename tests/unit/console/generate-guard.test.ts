import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { findGeneratePanel, type GeneratePanel } from '@/utils/console/detect';
import { guardGenerate, type GenerateGuard } from '@/utils/console/generate-guard';
import { generatePanelHtml, mountConsole, panelState } from './snippets';

// The guard on the replica-shaped panel, wrapped in a <form> like the legacy Console's, with the
// Console's own handlers as spies: what the guard stops never reaches them.

let blocked = true;
let stop: AbortController;
let consoleGenerate: Mock<(event: Event) => void>;
let consoleSubmit: Mock<(event: Event) => void>;
let consoleEnter: Mock<(event: Event) => void>;
let guard: { [K in keyof GenerateGuard]: Mock<GenerateGuard[K]> };
let panel: GeneratePanel;

const button = (text: string) => Array.from(document.querySelectorAll('button')).find((b) => b.textContent === text)!;
const enterIn = (target: Element) => target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, composed: true }));

beforeEach(() => {
  mountConsole(document, { layer: `<form>${generatePanelHtml({ gen: 'legacy' }, panelState('pairs'))}</form>` });
  panel = findGeneratePanel(document)!;
  consoleGenerate = vi.fn<(event: Event) => void>();
  consoleSubmit = vi.fn((event: Event) => event.preventDefault());
  consoleEnter = vi.fn<(event: Event) => void>();
  panel.generateButton.addEventListener('click', consoleGenerate);
  document.querySelector('form')!.addEventListener('submit', consoleSubmit);
  panel.element.addEventListener('keydown', consoleEnter);
  blocked = true;
  guard = {
    panel: vi.fn<GenerateGuard['panel']>(() => panel),
    mayGenerate: vi.fn<GenerateGuard['mayGenerate']>(() => !blocked),
    onStopped: vi.fn<GenerateGuard['onStopped']>(),
    onGenerate: vi.fn<GenerateGuard['onGenerate']>(),
  };
  stop = new AbortController();
  guardGenerate(window, guard, stop.signal);
});
afterEach(() => stop.abort());

describe('guardGenerate while blocked', () => {
  it('stops a click on Generate before the Console sees it', () => {
    panel.generateButton.click();
    expect(consoleGenerate).not.toHaveBeenCalled();
    expect(guard.onStopped).toHaveBeenCalledWith(panel, 'click');
    expect(guard.onGenerate).not.toHaveBeenCalled();
  });

  it('stops Enter in a single-line field, and the submit of the form around the panel', () => {
    enterIn(panel.nameInput!);
    expect(consoleEnter).not.toHaveBeenCalled();
    document.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(consoleSubmit).not.toHaveBeenCalled();
    expect(guard.onStopped.mock.calls.map(([, attempt]) => attempt)).toEqual(['enter', 'submit']);
  });

  it('lets everything else through: other buttons, Enter in a text area or a combobox, other keys', () => {
    const other = vi.fn<() => void>();
    button('+Another Scope').addEventListener('click', other);
    button('+Another Scope').click();
    button('Cancel').click();
    enterIn(panel.descriptionInput!);
    panel.rows[0]!.audience!.setAttribute('role', 'combobox');
    enterIn(panel.rows[0]!.audience!);
    panel.nameInput!.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(other).toHaveBeenCalledOnce();
    expect(consoleEnter).toHaveBeenCalledTimes(3);
    expect(guard.mayGenerate).not.toHaveBeenCalled();
  });

  it('ignores our own in-page UI, and pages without a panel', () => {
    const host = document.createElement('ocg-scope-assistant');
    const field = document.createElement('input');
    host.append(field);
    panel.element.append(host);
    enterIn(field);
    guard.panel.mockReturnValue(null);
    panel.generateButton.click();
    expect(guard.mayGenerate).not.toHaveBeenCalled();
    expect(consoleGenerate).toHaveBeenCalledOnce();
  });

  it('stops nothing once its signal is aborted', () => {
    stop.abort();
    panel.generateButton.click();
    expect(consoleGenerate).toHaveBeenCalledOnce();
  });
});

describe('guardGenerate when allowed', () => {
  beforeEach(() => {
    blocked = false;
  });

  it('lets a click through and reports it once', () => {
    panel.generateButton.click();
    expect(consoleGenerate).toHaveBeenCalledOnce();
    expect(guard.onGenerate).toHaveBeenCalledWith(panel, 'click');
  });

  it('reports a submit not made by the Generate click, and lets Enter through unreported', () => {
    enterIn(panel.nameInput!);
    expect(consoleEnter).toHaveBeenCalledOnce();
    document.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(consoleSubmit).toHaveBeenCalledOnce();
    expect(guard.onGenerate.mock.calls.map(([, attempt]) => attempt)).toEqual(['submit']);
    expect(guard.onStopped).not.toHaveBeenCalled();
  });

  it('does not count twice a submit that a Generate click caused', () => {
    panel.generateButton.click();
    document.querySelector('form')!.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter: panel.generateButton }));
    expect(guard.onGenerate.mock.calls.map(([, attempt]) => attempt)).toEqual(['click']);
  });
});
