import { readFileSync } from 'node:fs';
import { err, ok, type Result } from '../model/result.js';
import type { AttacheError } from '../model/result.js';
import { parseActorDictionary, type PetrActorEntry } from './actors.js';
import { parseAgentDictionary, type PetrAgentEntry } from './agents.js';
import { parseDiscards, type PetrDiscard } from './discards.js';
import { parseVerbDictionary, type PetrVerbDictionary } from './verbs.js';

export * from './actors.js';
export * from './agents.js';
export * from './discards.js';
export * from './verbs.js';
export { PetrarchMentionFinder, type PetrMention } from './mentions.js';
export { PetrarchVerbLexicon, type PetrExplanation } from './verb-lexicon.js';
export { HybridVerbLexicon } from './hybrid-lexicon.js';

/** Paths of PETRARCH dictionaries a user brings (`--actors a.txt,b.txt --agents … --verbs …`). */
export interface PetrarchPaths {
  readonly actors?: readonly string[];
  readonly agents?: readonly string[];
  readonly verbs?: readonly string[];
  readonly discards?: readonly string[];
}

/** PETRARCH dictionaries read into memory. Empty lists where no file was given. */
export interface PetrarchDictionaries {
  readonly actors: readonly PetrActorEntry[];
  readonly agents: readonly PetrAgentEntry[];
  readonly verbs: PetrVerbDictionary | null;
  readonly discards: readonly PetrDiscard[];
}

/** Reads the dictionaries at `paths`; a missing or unreadable file is an UNREADABLE error. */
export function loadPetrarchDictionaries(paths: PetrarchPaths): Result<PetrarchDictionaries, AttacheError> {
  const read = (p: string): Result<string, AttacheError> => {
    try {
      // The Phoenix files are mostly ASCII with some Latin-1 bytes: decode as Latin-1 when not valid UTF-8.
      const buf = readFileSync(p);
      const utf8 = buf.toString('utf8');
      return ok(utf8.includes('\uFFFD') ? buf.toString('latin1') : utf8);
    } catch (e) {
      return err({ code: 'UNREADABLE', message: `cannot read ${p}: ${(e as Error).message}`, input: p });
    }
  };
  const all = <T>(list: readonly string[] | undefined, parse: (s: string) => T[]): Result<T[], AttacheError> => {
    const out: T[] = [];
    for (const p of list ?? []) {
      const r = read(p);
      if (!r.ok) return r;
      out.push(...parse(r.value));
    }
    return ok(out);
  };
  const actors = all(paths.actors, parseActorDictionary);
  if (!actors.ok) return actors;
  const agents = all(paths.agents, parseAgentDictionary);
  if (!agents.ok) return agents;
  const discards = all(paths.discards, parseDiscards);
  if (!discards.ok) return discards;
  let verbs: PetrVerbDictionary | null = null;
  if (paths.verbs?.length) {
    const texts: string[] = [];
    for (const p of paths.verbs) {
      const r = read(p);
      if (!r.ok) return r;
      texts.push(r.value);
    }
    verbs = parseVerbDictionary(texts.join('\n'));
  }
  return ok({ actors: actors.value, agents: agents.value, verbs, discards: discards.value });
}
