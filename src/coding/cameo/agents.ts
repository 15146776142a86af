import { readFileSync } from 'node:fs';
import type { Actor } from '../../model/actor.js';
import type { Sentence, Token } from '../../nlp/types.js';
import { dataPath } from '../../util/paths.js';
import { tokenAt, type ActorMention } from './groups.js';

/** The shape of data/cameo/agents.json: unnamed agents and their CAMEO sector. */
export interface AgentFile {
  readonly agents: readonly { readonly words: readonly string[]; readonly sector: string }[];
}

/** Parts of speech after an agent word that make it a modifier ("government spokesman", "Congress Party"). */
const NOUNISH = new Set(['NOUN', 'PROPN']);

/** Participles after "<Country>-" that name a backer, not the owner ("Velorian-backed rebels"). */
export const BACKERS: ReadonlySet<string> = new Set(['backed', 'sponsored', 'supported', 'funded', 'armed', 'trained', 'allied', 'aligned']);

/** Possessive pronouns: "its troops" are an actor the sentence named already. */
const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/**
 * Unnamed agents — "the government", "Congress", "the army", "prosecutors" — as actors of no named
 * country (`---GOV`, `---LEG`, `---MIL`, `---JUD`), as PETRARCH's agent dictionaries code them,
 * where the actor resolver found no mention (it leaves a body with no country in sight unnamed,
 * for the diplomatic coder to fill from the article). Only the head of a noun phrase counts: in
 * "military exercises" or "government spokesman" the word modifies another noun.
 */
export class UnnamedAgents {
  /** First word → phrases starting with it (longest first) and their sector. */
  private readonly byFirst = new Map<string, { words: readonly string[]; sector: string }[]>();

  constructor(file: AgentFile) {
    for (const a of file.agents) {
      for (const w of a.words) {
        const words = w.toLowerCase().split(' ');
        const list = this.byFirst.get(words[0]!) ?? [];
        list.push({ words, sector: a.sector });
        list.sort((x, y) => y.words.length - x.words.length);
        this.byFirst.set(words[0]!, list);
      }
    }
  }

  static load(path: string = dataPath('cameo', 'agents.json')): UnnamedAgents {
    const file = JSON.parse(readFileSync(path, 'utf8')) as AgentFile;
    if (!Array.isArray(file.agents)) throw new Error(`attache: ${path} has no "agents" array`);
    return new UnnamedAgents(file);
  }

  /**
   * Mentions of unnamed agents in `sentence` that overlap none of `mentions`. An agent next to a
   * country takes it: "Velorian guerrillas" (VLRREB), "police in Veloria" (VLRCOP), "officials of
   * Veloria" (VLRGOV); one after a possessive pronoun ("its troops") or right after a named group
   * ("the Front militants") is left to the mention that names it.
   */
  find(tokens: readonly Token[], sentence: Sentence, mentions: readonly ActorMention[]): ActorMention[] {
    // most sentences name no agent word: skip the token → mention map for them
    let any = false;
    for (let i = sentence.tokenStart; i < sentence.tokenEnd && !any; i++) any = this.byFirst.has(tokens[i]!.lower);
    if (!any) return [];
    const owner = new Map<number, ActorMention>();
    for (const m of mentions) {
      for (let k = tokenAt(tokens, m.start, sentence.tokenStart, sentence.tokenEnd); k < sentence.tokenEnd && tokens[k]!.start < m.end; k++) owner.set(k, m);
    }
    const out: ActorMention[] = [];
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const list = this.byFirst.get(tokens[i]!.lower);
      if (!list || owner.has(i)) continue;
      for (const p of list) {
        const last = i + p.words.length - 1;
        if (last >= sentence.tokenEnd || !p.words.every((w, k) => tokens[i + k]!.lower === w && !owner.has(i + k))) continue;
        if (!this.head(tokens, i, last, sentence)) break;
        const before = this.modifierStart(tokens, i, sentence.tokenStart, owner);
        if (before === null) break;
        const after = before.country ? null : this.countryAfter(tokens, last, sentence.tokenEnd, owner);
        const country = before.country ?? after?.country ?? null;
        const from = before.country ? before.from : i;
        const endOffset = after ? after.end : tokens[last]!.end;
        const text = sentence.text.slice(tokens[from]!.start - sentence.start, endOffset - sentence.start);
        const actor: Actor = {
          text, country, sectors: [p.sector], code: `${country ?? '---'}${p.sector}`, name: p.words.join(' '), title: null,
          type: 'organisation', start: tokens[from]!.start, end: endOffset,
        };
        out.push({ start: tokens[from]!.start, end: endOffset, text, actor, via: 'agent' });
        i = last;
        break;
      }
    }
    return out;
  }

  /**
   * What stands before the agent in its noun phrase (over adjectives, nouns, "-led"): a country
   * mention (its country and first token), nothing (country null), or null when a possessive
   * pronoun, a named group or an unread name owns the agent.
   */
  private modifierStart(tokens: readonly Token[], i: number, from: number, owner: ReadonlyMap<number, ActorMention>): { country: string | null; from: number } | null {
    // a noun before the agent ("visa regime", "tax administration") makes a compound of another
    // head unless a country names the whole ("Velorian intelligence officials")
    let compound = false;
    let backed = false;
    for (let k = i - 1; k >= from && k >= i - 4; k--) {
      const t = tokens[k]!;
      const m = owner.get(k);
      if (m) {
        const a = m.actor;
        // "Velorian-backed rebels": the backer is not the agents' country
        if (isCountry(a)) return backed ? { country: null, from: i } : { country: a.country!, from: tokenAt(tokens, m.start, from, i) };
        return k === i - 1 || compound || t.text === '-' || /^(led|backed)$/.test(t.lower) ? null : { country: null, from: i };
      }
      if (POSSESSIVE.has(t.lower) || t.lower === ')') return null;
      // "Veloria's interim government": the possessor's country
      if (t.lower === "'s" || t.lower === "'") {
        const p = owner.get(k - 1);
        return p && isCountry(p.actor) ? { country: p.actor.country!, from: tokenAt(tokens, p.start, from, i) } : null;
      }
      if (t.pos === 'PROPN' && k === i - 1) return null;
      if (BACKERS.has(t.lower)) backed = true;
      if (!(t.pos === 'ADJ' || t.pos === 'NOUN' || t.text === '-' || t.lower === 'led' || BACKERS.has(t.lower))) break;
      if (t.pos === 'NOUN') compound = true;
    }
    return compound ? null : { country: null, from: i };
  }

  /** "police in Veloria", "envoys from the Velorian government": a country right after "in / of / from". */
  private countryAfter(tokens: readonly Token[], last: number, to: number, owner: ReadonlyMap<number, ActorMention>): { country: string; end: number } | null {
    const prep = last + 1 < to ? tokens[last + 1]!.lower : undefined;
    if (!prep || !['in', 'of', 'from'].includes(prep)) return null;
    let k = last + 2;
    if (k < to && tokens[k]!.pos === 'DET' && !owner.has(k)) k++;
    const m = k < to ? owner.get(k) : undefined;
    if (!m || !m.actor.country || m.actor.type === 'igo' || /^(IGO|NGO)/.test(m.actor.code ?? '')) return null;
    if (prep === 'in' && !isCountry(m.actor)) return null;
    // "ministers from the Velorian government"; but "forces from Veloria" may be leaving it
    if (prep === 'from' && isCountry(m.actor)) return null;
    return { country: m.actor.country, end: m.end };
  }

  /** The phrase `[i, last]` heads its noun phrase: no noun follows it, no unread name precedes it. */
  private head(tokens: readonly Token[], i: number, last: number, s: Sentence): boolean {
    const t = tokens[last]!;
    const next = tokens[last + 1];
    const prev = i > s.tokenStart ? tokens[i - 1] : undefined;
    if (next && last + 1 < s.tokenEnd && (NOUNISH.has(next.pos) || next.lower === '-')) return false;
    // "President Obama" read as a title is the resolver's; "the National Congress", "Supreme Court": part of a name
    if (prev && prev.pos === 'PROPN' && /^\p{Lu}/u.test(prev.text) && /^\p{Lu}/u.test(tokens[i]!.text)) return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') return true;
    // "the military said": an adjective-tagged agent word after a determiner, heading its phrase
    return t.pos === 'ADJ' && prev?.pos === 'DET' && !(next && ['ADJ', 'CCONJ'].includes(next.pos));
  }
}

/** A country itself (no sectors, not an organisation or person): PETRARCH dictionary actors carry no type. */
function isCountry(a: Actor): boolean {
  return a.country !== null && a.sectors.length === 0 && (a.type === 'country' || a.type === undefined) && !/^(IGO|NGO)/.test(a.code ?? '');
}
