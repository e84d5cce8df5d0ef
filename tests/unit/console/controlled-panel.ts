import { applySelectedOptions, emptyRow, generatePanelHtml, MAX_ROWS, RESOURCES, type PanelMode, type PanelState, type RowState, type SnippetStyle } from './snippets';

// A tiny stand-in for the Console's Preact-controlled Generate panel, like the replica: the form state
// lives in JS, the panel is rebuilt from state after every change (new elements each time), and a
// value assigned to `.value` without an input event is lost at the next render.

export interface ControlledPanel {
  state: PanelState;
  /** Re-renders from state now, as the Console does after unrelated state changes and focus moves. */
  render(): void;
  /** Resolves once any scheduled render has run. */
  settled(): Promise<void>;
}

export function mountControlledPanel(
  doc: Document,
  style: SnippetStyle,
  state: PanelState,
  /** Delay of the re-render after a change; 0 renders synchronously inside the event. */
  renderDelayMs = 5,
): ControlledPanel {
  const host = doc.getElementById('__root_layer_host');
  if (!host) throw new Error('mountConsole first');
  let pending: ReturnType<typeof setTimeout> | undefined;
  const render = () => {
    host.innerHTML = generatePanelHtml({ ...style, hooks: true }, state);
    applySelectedOptions(host);
  };
  const changed = () => {
    if (renderDelayMs === 0) return render();
    pending ??= setTimeout(() => {
      pending = undefined;
      render();
    }, renderDelayMs);
  };

  const onValue = (event: Event) => {
    const target = event.target as HTMLInputElement;
    const [kind, index, field] = (target.getAttribute('data-sim') ?? '').split(':');
    if (kind === 'name') state.name = target.value;
    else if (kind === 'description') state.description = target.value;
    // Like the replica, switching the way scopes are entered starts again from one empty row.
    else if (kind === 'mode' && target.checked) Object.assign(state, { mode: index as PanelMode, rows: [emptyRow()] });
    else if (kind === 'row') {
      const row = state.rows[Number(index)];
      if (!row) return;
      row[field as keyof RowState] = target.value;
      // Choosing a resource fills its audience and resets the scope list.
      if (field === 'resource') Object.assign(row, { audience: RESOURCES[target.value]?.audience ?? '', scope: '' });
    } else return;
    changed();
  };
  host.addEventListener('input', onValue);
  host.addEventListener('change', onValue);
  host.addEventListener('click', (event) => {
    const button = (event.target as Element).closest('button[data-sim]');
    const [kind, index] = (button?.getAttribute('data-sim') ?? '').split(':');
    if (kind === 'add' && state.rows.length < MAX_ROWS) state.rows.push(emptyRow());
    else if (kind === 'remove' && state.rows.length > 1) state.rows.splice(Number(index), 1);
    else return;
    changed();
  });
  render();
  return {
    state,
    render,
    settled: () => new Promise((resolve) => setTimeout(resolve, renderDelayMs + 10)),
  };
}
