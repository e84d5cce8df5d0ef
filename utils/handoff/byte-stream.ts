// Bytes in and out of age as streams, read with the stream's own reader. age's whole-file helpers
// go through `new Response(stream)`, which (1) in some environments wraps the stream's error, losing
// the library's message that names the failure, and (2) in a Firefox content script does not accept
// the ponyfill's streams (utils/vault/own-streams.ts) and reads "[object ReadableStream]" instead,
// silently losing a sealed secret. Streams are whatever ReadableStream is in the caller's world.

export function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
  const all = new Uint8Array(chunks.reduce((length, chunk) => length + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.length;
  }
  return all;
}
