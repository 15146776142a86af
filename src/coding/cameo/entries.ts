/**
 * An entry of a live blog or a digest opens the sentence: a time stamp ("10:42 —", "14:05 GMT:",
 * "9.15am", a stamp alone on its line), a label in capitals before a colon ("BRIEFLY:", "NORLAND –
 * FREDONIA:") or a bullet. A pronoun after it does not continue the entry before.
 */
const ENTRY = new RegExp(
  String.raw`^(?:[•·▪◦►*]\s`
  + String.raw`|\(?\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?(?:\s?(?:[A-Z]{2,5}|local(?: time)?))?(?:\)|\s*[—–\-:|]|\s*$)`
  + String.raw`|[A-Z][A-Z'’&.]+(?:\s*[–—\-/&,]?\s*[A-Z][A-Z'’&.]+)*\s*:\s)`,
);

/** True when the sentence opens a live-blog or digest entry (see ENTRY). */
export const opensEntry = (text: string): boolean => ENTRY.test(text);
