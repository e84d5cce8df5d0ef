import { useState } from 'preact/hooks';
import { checkTranscription, type TranscriptionCheck as CheckResult } from '@/utils/handoff/reading-check';

/** "Check what you wrote down": the secret written from a reading, against the checksum read last. */
export function TranscriptionCheck() {
  const [written, setWritten] = useState('');
  const [checksum, setChecksum] = useState('');
  const [result, setResult] = useState<CheckResult>();

  const check = async (event: Event) => {
    event.preventDefault();
    setResult(await checkTranscription(checksum, written));
  };

  return (
    <section class="card" aria-labelledby="check-title">
      <h2 id="check-title">Check what you wrote down</h2>
      <p>When the secret was read to you, type it here exactly as you wrote it (no spaces between groups), and the reading checksum read last.</p>
      <form onSubmit={(event) => void check(event)}>
        <label for="written-text">What you wrote down</label>
        <input
          id="written-text"
          type="text"
          class="mono"
          autocomplete="off"
          spellcheck={false}
          value={written}
          onInput={(event) => {
            setWritten(event.currentTarget.value);
            setResult(undefined);
          }}
        />
        <label for="reading-checksum">Reading checksum</label>
        <input
          id="reading-checksum"
          type="text"
          class="mono"
          autocomplete="off"
          spellcheck={false}
          placeholder="e.g. N9Z3J-AJ"
          style={{ maxWidth: '16em' }}
          value={checksum}
          onInput={(event) => {
            setChecksum(event.currentTarget.value);
            setResult(undefined);
          }}
        />
        <p>
          <button type="submit" class="primary" disabled={written === '' || checksum.trim() === ''}>
            Check
          </button>
        </p>
      </form>
      <p
        role="status"
        class={result ? (result.ok ? 'ok' : 'error') : undefined}
        data-check={result ? (result.ok ? 'ok' : result.problem) : undefined}
        data-group={result && !result.ok && 'group' in result ? result.group : undefined}
      >
        {result ? (result.ok ? 'Everything matches: you wrote it down correctly.' : result.message) : ''}
      </p>
    </section>
  );
}
