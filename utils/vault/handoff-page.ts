// The extension page that hands a captured secret over (built by the handoff feature). It is the
// only page the background decrypts an item for.
export const HANDOFF_PAGE = 'handoff.html';
