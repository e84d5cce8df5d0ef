import { ReadableStream, TransformStream, WritableStream } from 'web-streams-polyfill';

// Firefox only (the sealer calls this in the Firefox build alone). A Firefox content script sees the
// page's Web Streams constructors through Xray wrappers: a stream made from them calls back into
// the content script's objects and is refused ("Permission denied to access property flush"), so
// age cannot encrypt there. The ponyfill's streams are plain JavaScript that lives in the content
// script's own world. They replace the globals of that world only (never the page's), and only
// once the sealer loads, that is when a secret is captured.

export function useOwnStreams(): void {
  Object.assign(globalThis, { ReadableStream, TransformStream, WritableStream });
}
