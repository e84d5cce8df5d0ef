import { useState } from 'preact/hooks';
import { ReadingSheet } from './ReadingSheet';

export interface ReadAloudProps {
  secret: string;
  /** The passphrase of a package made on this page, which can be read aloud instead. */
  passphrase?: string;
  onShown: () => void;
}

type Subject = 'secret' | 'passphrase';

export function ReadAloud({ secret, passphrase, onShown }: ReadAloudProps) {
  const [subject, setSubject] = useState<Subject>('secret');
  const [shown, setShown] = useState(false);
  const reading = subject === 'passphrase' && passphrase !== undefined ? passphrase : secret;
  const readingPassphrase = reading !== secret;
  return (
    <section class="card" aria-labelledby="read-aloud-title">
      <h2 id="read-aloud-title">Read aloud</h2>
      <p>
        Over the phone or in person, never on a recorded line. The sheet spells each character (capital Bravo, small x-ray, colon), four at a
        time.
      </p>
      {passphrase !== undefined && (
        <fieldset>
          <legend>What to read</legend>
          <label>
            <input type="radio" name="reading-subject" checked={!readingPassphrase} onChange={() => setSubject('secret')} />
            The secret itself
          </label>
          <label>
            <input type="radio" name="reading-subject" checked={readingPassphrase} onChange={() => setSubject('passphrase')} />
            The package’s passphrase
          </label>
        </fieldset>
      )}
      <button
        type="button"
        aria-expanded={shown}
        onClick={() => {
          setShown(!shown);
          if (!shown && !readingPassphrase) onShown();
        }}
      >
        {shown ? 'Hide the reading sheet' : 'Show the reading sheet'}
      </button>
      {shown && <ReadingSheet text={reading} subject={readingPassphrase ? 'the passphrase' : 'the secret'} />}
    </section>
  );
}
