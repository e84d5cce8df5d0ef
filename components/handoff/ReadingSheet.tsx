import { useEffect, useState } from 'preact/hooks';
import { spellForReading } from '@/utils/handoff/phonetic';
import { readingChecksum } from '@/utils/handoff/reading-check';

export interface ReadingSheetProps {
  text: string;
  /** What is read, e.g. "the secret". */
  subject: string;
}

/** The text in groups of four with a phonetic word per character, and the checksum read back at the end. */
export function ReadingSheet({ text, subject }: ReadingSheetProps) {
  const [checksum, setChecksum] = useState('');
  useEffect(() => {
    let current = true;
    void readingChecksum(text).then((value) => current && setChecksum(value));
    return () => {
      current = false;
    };
  }, [text]);
  const groups = spellForReading(text);
  return (
    <div>
      <table class="reading">
        <caption class="visually-hidden">Reading sheet for {subject}</caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col">Characters</th>
            <th scope="col">Say</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.number}>
              <td>{group.number}</td>
              <td>
                <code>{group.characters}</code>
              </td>
              <td>{group.words.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Reading checksum: <code data-reading-checksum>{checksum || '…'}</code>
      </p>
      <p class="hint">
        Read one group at a time and let the recipient repeat it. Read the checksum last: in OCI Credential Guard, “Open a package” → “Check
        what you wrote down” tells the recipient which group, if any, they wrote wrong.
      </p>
    </div>
  );
}
