/**
 * What kind of story an article is, read once over its whole text before any sentence is parsed:
 * a sports report (where a bare country name is a national team, not the state) and the company
 * names the story gives away ("Nordlys ASA", "Nordlys chief executive …"), so that an earlier
 * "Norway's Nordlys" in the headline is read as the firm, not as Norway.
 */
import { fold } from './text.js';

/** Article-level facts the sentence parser consults. */
export interface ArticleRegister {
  /** The story reports a match: bare country names stand for national teams. */
  readonly sports: boolean;
  /** Folded names the story shows to be companies. */
  readonly firms: ReadonlySet<string>;
  /**
   * The story is the text of a speech in the first person ("Remarks by President X at …"): the
   * offsets of the heading line that names the speaker; null for every other story.
   */
  readonly speech: { readonly from: number; readonly to: number } | null;
}

/**
 * Words that say a story is about a match (each counted once). Not "friendly", "league" or
 * "penalty": diplomatic stories speak of friendly relations, the Arab League and the death penalty.
 */
const SPORT_CUES = new RegExp(
  String.raw`\b(?:coach|head coach|squad|striker|goalkeeper|midfielder|kick-off|kickoff|friendlies|qualifiers?|fixture|half-time|halftime|scored|equali[sz]er|hat-trick|stoppage time|away side|home side|national team|stadium|cup final|tournament|match)\b`,
  'gi',
);
/** The strongest cues: a result ("beat X 2-1", "a 3-0 win"). */
const SCORE = /\b(?:beat|beats|edged?|edges|defeated?|defeats|thrashed|drew|draw|won|lost|win|victory|defeat|loss)\b[^.]{0,40}\b\d{1,2}-\d{1,2}\b|\b\d{1,2}-\d{1,2}\s+(?:win|victory|defeat|loss|draw)\b/i;
const CORE = new Set(['coach', 'head coach', 'squad', 'striker', 'goalkeeper', 'midfielder', 'kick-off', 'kickoff', 'friendlies', 'qualifier', 'qualifiers', 'fixture', 'half-time', 'halftime', 'equaliser', 'equalizer', 'hat-trick', 'away side', 'home side', 'national team']);

/** Company-word suffixes that follow a firm's name ("Nordlys ASA", "Andes Copper Ltd"). */
const FIRM_SUFFIX = String.raw`(?:ASA|AB|AG|GmbH|NV|BV|SA|SpA|S\.A\.|plc|PLC|Ltd|Limited|Inc|LLC|Corp|Corporation|Gruppen|Groupe|Grupo|Holdings?)`;
const NAME = String.raw`(\p{Lu}[\p{L}\p{M}&-]+(?: \p{Lu}[\p{L}\p{M}&-]+){0,2})`;
const FIRM_PATTERNS = [
  // "Nordlys ASA", "Andes Copper Ltd"
  new RegExp(String.raw`${NAME} ${FIRM_SUFFIX}\b`, 'gu'),
  // "Nordlys chief executive X", "Nordlys's CEO X"
  new RegExp(String.raw`${NAME}(?:'s|’s)? (?:chief executive|CEO|chief financial officer|CFO|managing director)\b`, 'gu'),
  // "shares in Nordlys", "Nordlys shares rose"
  new RegExp(String.raw`\b[Ss]hares (?:in|of) ${NAME}`, 'gu'),
];

/** Reads the register of one article (a few regular-expression passes over its text). */
export function readRegister(text: string): ArticleRegister {
  return { sports: isSports(text), firms: firmNames(text), speech: speechHead(text) };
}

/**
 * A line among the first ones that announces a speech: "Speech by …", "Remarks of …", "X's address
 * to …", "Full text of the speech …", "Toast to the visiting president" (the cue opens the line).
 */
const SPEECH_CUE = /(?:^|\n)[^\n]{0,80}?\b(?:speech|remarks|address|toast|keynote|statement|lecture)\s+(?:by|of|delivered by|given by)\s|(?:^|\n)[^\n]{0,80}?(?:'s|’s)\s+(?:speech|remarks|address|toast|keynote)\b|(?:^|\n)\s*(?:(?:full )?text of |transcript of )?(?:the )?(?:speech|remarks|address|toast|keynote)\b/i;
/** "I" as a word (not "I." an initial, not "World War I"'s numeral: preceded by a capitalised word is skipped). */
const FIRST_PERSON_I = /(?:^|[^\p{L}\p{N}.])(?<!\p{Lu}\p{Ll}+ )I(?=[ ,’'])/gu;
/**
 * Quotation marks: a story that quotes is a report about a speech, not its text (more than two).
 * Single quotes count where they open ("‘I will…’", " 'I will…'"), not as apostrophes ("it’s").
 */
const QUOTE_MARKS = /["“”‘]|(?:^|[\s(])'(?=\p{L})/gu;
/** A heading is no sentence: a cue line ending in a full stop is a news lead ("… in a statement by X."). */
const SENTENCE_END = /[.!?]["”’]?\s*$/;

/**
 * The heading line of a speech text, when the article is one: a cue word ("speech", "remarks",
 * "address", "toast", "statement") in its first lines, and a body in the first person ("I" at
 * least three times) with hardly any quotation marks (a news report about a speech quotes it).
 */
function speechHead(text: string): { from: number; to: number } | null {
  const cue = SPEECH_CUE.exec(text.slice(0, 300));
  if (!cue) return null;
  let firstPerson = 0;
  for (const _ of text.matchAll(FIRST_PERSON_I)) if (++firstPerson >= 3) break;
  if (firstPerson < 3) return null;
  let quotes = 0;
  for (const _ of text.matchAll(QUOTE_MARKS)) if (++quotes > 2) return null;
  const at = cue.index + (text[cue.index] === '\n' ? 1 : 0);
  const from = text.lastIndexOf('\n', at) + 1;
  const nl = text.indexOf('\n', at);
  const to = nl < 0 ? text.length : nl;
  return SENTENCE_END.test(text.slice(from, to)) ? null : { from, to };
}

function isSports(text: string): boolean {
  const seen = new Set<string>();
  let core = false;
  for (const m of text.matchAll(SPORT_CUES)) {
    const w = m[0].toLowerCase();
    seen.add(w);
    if (CORE.has(w)) core = true;
  }
  if (SCORE.test(text)) return seen.size >= 1;
  return core && seen.size >= 3;
}

function firmNames(text: string): ReadonlySet<string> {
  const out = new Set<string>();
  for (const re of FIRM_PATTERNS) {
    for (const m of text.matchAll(re)) {
      // "Norwegian Nordlys chief executive": the run may start with a word that is not the name
      const words = m[1]!.split(' ');
      for (let k = 0; k < words.length; k++) out.add(fold(words.slice(k).join(' ')));
    }
  }
  return out;
}
