// Every reply from the background has this envelope, so a sender can tell a refusal (with a
// message meant for the user) from a value without guessing from the shape of the value.

export type MessageResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Thrown by a handler to refuse a request with a message the user may read. */
export class MessageRefused extends Error {
  override name = 'MessageRefused';
}
