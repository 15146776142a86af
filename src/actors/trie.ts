import type { Token } from './text.js';

/** How a dictionary phrase must be written to match. */
export type CaseMode = 'any' | 'cap' | 'exact';

interface Node<T> {
  readonly next: Map<string, Node<T>>;
  values: { readonly value: T; readonly mode: CaseMode; readonly surface: string }[] | null;
  /** All values, when every one matches in any case (shared by every match: never mutate it). */
  any: T[] | null;
}

/** A longest match: the tokens `[from, to)` and the values stored for that phrase. */
export interface TrieMatch<T> {
  readonly from: number;
  readonly to: number;
  readonly values: readonly T[];
}

const WILD = '\uFFFD';

const FIRSTS_SIZE = 1 << 16;

/** A 16-bit hash of a key (FNV-1a folded). */
function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 16)) & (FIRSTS_SIZE - 1);
}

function wildEquals(pattern: string, key: string): boolean {
  if (Math.abs(pattern.length - key.length) > 1) return false;
  // A wildcard stands for one or two characters (a damaged accented letter).
  const re = new RegExp('^' + pattern.split(WILD).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.{1,2}') + '$');
  return re.test(key);
}

/**
 * A token trie keyed by folded words: one look-up per token position finds the longest
 * dictionary phrase starting there. Built once at load; read-only afterwards.
 */
export class PhraseTrie<T> {
  private readonly root: Node<T> = { next: new Map(), values: null, any: null };
  /**
   * One bit per `keyHash` value of the phrases' first words: most words of a text start no phrase,
   * and this answers them without a look-up in the large root map.
   */
  private readonly firsts = new Uint8Array(FIRSTS_SIZE >>> 3);

  add(keys: readonly string[], value: T, mode: CaseMode = 'any', surface = ''): void {
    if (keys.length === 0) return;
    const h = keyHash(keys[0]!);
    this.firsts[h >>> 3]! |= 1 << (h & 7);
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), values: null, any: null };
        node.next.set(k, child);
      }
      node = child;
    }
    // exact phrases compare against their surface without spaces and with plain apostrophes
    const flat = mode === 'exact' ? surface.replace(/\s+/g, '').replace(/’/g, "'") : surface;
    (node.values ??= []).push({ value, mode, surface: flat });
    node.any = node.values.every((v) => v.mode === 'any') ? node.values.map((v) => v.value) : null;
  }

  /** The longest phrase starting at token `i` whose case requirements the text meets. */
  longest(tokens: readonly Token[], i: number, accept?: (v: T) => boolean): TrieMatch<T> | null {
    const first = tokens[i]?.key;
    if (first === undefined || (!this.startsPhrase(first) && !first.includes(WILD))) return null;
    let best: TrieMatch<T> | null = null;
    let node: Node<T> | undefined = this.root;
    for (let j = i; j < tokens.length && node; j++) {
      const t = tokens[j];
      let child: Node<T> | undefined = node.next.get(t.key);
      if (!child && t.key.includes(WILD)) child = this.wild(node, t.key);
      if (!child) break;
      node = child;
      if (node.any && !accept) {
        best = { from: i, to: j + 1, values: node.any };
      } else if (node.values) {
        let ok: T[] | null = null;
        let exactFirst = false;
        for (const v of node.values) {
          if (!caseOk(v.mode, v.surface, tokens, i, j + 1) || (accept && !accept(v.value))) continue;
          if (v.mode === 'exact' && ok && !exactFirst) {
            ok.unshift(v.value);
            exactFirst = true;
          } else (ok ??= []).push(v.value);
        }
        if (ok) best = { from: i, to: j + 1, values: ok };
      }
    }
    return best;
  }

  /** False when no phrase starts with `key` (true may still be a miss). */
  private startsPhrase(key: string): boolean {
    const h = keyHash(key);
    return (this.firsts[h >>> 3]! & (1 << (h & 7))) !== 0;
  }

  private wild(node: Node<T>, key: string): Node<T> | undefined {
    for (const [k, child] of node.next) if (wildEquals(key, k)) return child;
    return undefined;
  }
}

function caseOk(mode: CaseMode, surface: string, tokens: readonly Token[], from: number, to: number): boolean {
  if (mode === 'any') return true;
  if (mode === 'cap') return tokens[from].cap;
  let s = '';
  for (let k = from; k < to; k++) s += tokens[k].raw;
  return s.replace(/’/g, "'") === surface;
}
