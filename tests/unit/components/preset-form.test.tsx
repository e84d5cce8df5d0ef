import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { PresetForm } from '@/components/assistant/PresetForm';
import { BUILT_IN_PRESETS } from '@/utils/scopes/presets';

// Keystrokes that come right after a preset is chosen, before the browser's next frame, belong to
// the form: an effect that reset the values after that frame once wiped the first characters typed.

const presetNamed = (id: string) => ({ preset: BUILT_IN_PRESETS.find((preset) => preset.id === id)!, source: 'built-in' as const });
const nextFrames = () => new Promise((resolve) => setTimeout(resolve, 100));

function typeAtOnce(field: HTMLInputElement, text: string) {
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('PresetForm', () => {
  it.each(['oic-rest-api', 'oac-read'])('keeps what is typed into %s at once, and has its first field focused before any frame', async (id) => {
    const host = document.createElement('div');
    document.body.append(host);
    const props = { narrower: [], consoleValues: {}, disabled: false, onApply: vi.fn(), onChoose: vi.fn(), onBack: vi.fn() };
    render(<PresetForm chosen={presetNamed(id)} {...props} />, host);
    const field = host.querySelector<HTMLInputElement>('#template-instance')!;
    expect(document.activeElement).toBe(field);
    typeAtOnce(field, 'm');
    await nextFrames();
    expect(host.querySelector<HTMLInputElement>('#template-instance')!.value).toBe('m');
    render(null, host);
    host.remove();
  });
});
