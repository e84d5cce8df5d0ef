import { useState } from 'preact/hooks';

/** The package as the recipient gave it: pasted armored text, or the bytes of a file. */
export type PackageInput = { kind: 'text'; text: string } | { kind: 'file'; name: string; bytes: Uint8Array };

export interface PackageSourceProps {
  value?: PackageInput;
  onChange: (input: PackageInput | undefined) => void;
}

export function PackageSource({ value, onChange }: PackageSourceProps) {
  const [dragging, setDragging] = useState(false);
  const [error, setError] = useState('');

  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      onChange({ kind: 'file', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      setError('');
    } catch {
      setError(`The file ${file.name} could not be read.`);
    }
  };

  return (
    <fieldset
      class="drop-zone"
      data-dragging={String(dragging)}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        void takeFile(event.dataTransfer?.files[0]);
      }}
    >
      <legend>The package</legend>
      {value?.kind === 'file' ? (
        <p class="row">
          <span>
            File: <code>{value.name}</code> ({value.bytes.length} bytes)
          </span>
          <button type="button" onClick={() => onChange(undefined)}>
            Remove
          </button>
        </p>
      ) : (
        <>
          <label for="package-text">Paste the encrypted package (the text from -----BEGIN AGE ENCRYPTED FILE----- to -----END…)</label>
          <textarea
            id="package-text"
            class="mono"
            spellcheck={false}
            value={value?.kind === 'text' ? value.text : ''}
            onInput={(event) => {
              const text = event.currentTarget.value;
              onChange(text.trim() === '' ? undefined : { kind: 'text', text });
            }}
          />
          <label for="package-file">…or choose the .age file (or drop it here)</label>
          <input id="package-file" type="file" accept=".age,application/octet-stream,text/plain" onChange={(event) => void takeFile(event.currentTarget.files?.[0])} />
        </>
      )}
      {error && <p role="alert">{error}</p>}
    </fieldset>
  );
}
