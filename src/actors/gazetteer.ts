/**
 * The gazetteer: countries, organisations, titles, bodies, back-references and well-known people,
 * compiled once into one token trie (one look-up per token position, whatever the dictionary size).
 */
import type { CountryInfo, GazetteerSources } from './gazetteer-data.js';
import { readSources } from './gazetteer-data.js';
import type { Lex, SeedRole, TitleLex } from './lexicon.js';
import { fold, phraseKeys } from './text.js';
import { PhraseTrie, type CaseMode } from './trie.js';

/** A country or organisation by code and display name. */
export interface CountryRef {
  readonly code: string;
  readonly name: string;
}

/** Demonyms matched in any case: one word ending -ian/-ean/-ese (no common English word among them). */
const CASELESS_DEMONYM = /^\p{L}{4,}(?:ian|ean|ese)s?$/u;

function modeOf(phrase: string): CaseMode {
  const letters = phrase.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return 'exact';
  return /^\p{Lu}/u.test(phrase) ? 'cap' : 'any';
}

/** Prefers sovereign states, then larger ones, for a name several places share. */
function better(a: CountryInfo, b: CountryInfo): CountryInfo {
  if (a.independent !== b.independent) return a.independent ? a : b;
  return a.area >= b.area ? a : b;
}

export class Gazetteer {
  /** The combined phrase matcher. */
  readonly trie = new PhraseTrie<Lex>();
  /** Folded capitalised words that are never part of a person's name. */
  readonly stopwords: ReadonlySet<string>;
  /** Folded particles allowed inside names (bin, al, de, van…). */
  readonly particles: ReadonlySet<string>;
  /** Title records by normalised title. */
  readonly titles = new Map<string, TitleLex>();
  private readonly byCode = new Map<string, CountryRef>();
  private readonly byKey = new Map<string, string>();
  private readonly cities = new Map<string, string>();
  private readonly igoCodes = new Set<string>();
  private readonly ngoCodes = new Set<string>();
  private readonly igoSectorsOf = new Map<string, readonly string[]>();
  private readonly iso2 = new Map<string, string>();
  private readonly firstKeys = new Map<Lex['k'], Set<string>>();
  private readonly seeds = new Map<string, SeedRole[]>();
  readonly countries = new Map<string, CountryInfo>();
  /** Folded misspellings → the folded word they mean ("foregin" → "foreign"). */
  readonly typos: ReadonlyMap<string, string>;
  /** Forms of state per country (republic, kingdom, sultanate, island…). */
  readonly forms = new Map<string, Set<string>>();
  /** "north" / "south" → the pairs of halves of divided countries (backrefs.json `halves`). */
  /** Folded seat city → the organisations seated there (igos.json `seat`). */
  readonly seats = new Map<string, string[]>();
  readonly halves: readonly { readonly north: string; readonly south: string }[];
  /** Folded back-reference phrases for organisations ("alliance", "world body") → codes they may mean (null: any). */
  readonly igoNouns: ReadonlyMap<string, readonly string[] | null>;

  /** Folded given names → 'f' (a woman's) or 'm' (a man's). */
  private readonly given = new Map<string, 'f' | 'm'>();

  private constructor(src: GazetteerSources) {
    for (const n of src.givenNames?.female ?? []) this.given.set(fold(n), 'f');
    for (const n of src.givenNames?.male ?? []) this.given.set(fold(n), 'm');
    this.stopwords = new Set(src.stopwords.stopwords.map(fold));
    this.particles = new Set(src.stopwords.particles.map(fold));
    this.typos = new Map(Object.entries(src.typos));
    this.halves = src.backrefs.halves ?? [];
    this.igoNouns = new Map(Object.entries(src.backrefs.igoNouns ?? {})
      .filter((e): e is [string, readonly string[] | null] => !e[0].startsWith('$') && typeof e[1] !== 'string'));
    this.addCountries(src);
    this.addIgos(src);
    this.addPeopleWords(src);
    this.addBodies(src);
    this.addBackrefs(src);
    for (const s of src.seeds) {
      const key = fold(s.name);
      const list = this.seeds.get(key) ?? [];
      list.push(s);
      this.seeds.set(key, list);
      // every alias works after a title ("President Xi"); only distinctive ones match alone
      for (const a of s.aliases) if (!this.seeds.has(fold(a)) || this.seeds.get(fold(a)) === list) this.seeds.set(fold(a), list);
      const usable = s.aliases.filter((a) => a.includes(' ') || a.length >= 4);
      if (list.length === 1) {
        this.put(s.name, { k: 'seed', name: s.name }, 'cap');
        for (const a of usable) this.put(a, { k: 'seed', name: s.name }, 'cap');
      }
    }
    this.addSurnames(src);
  }

  /**
   * "President Bush", "Chancellor Kohl": after a title, a well-known person's surname alone finds
   * their roles, when every known holder of that surname served the same country (the date picks the role).
   */
  private addSurnames(src: GazetteerSources): void {
    const bySurname = new Map<string, SeedRole[]>();
    for (const r of src.seeds) {
      const words = r.name.replace(/,?\s+(Jr\.?|Sr\.?|II|III)$/, '').split(/\s+/);
      const last = words[words.length - 1];
      if (words.length < 2 || last.length < 4 || !/^\p{Lu}/u.test(last)) continue;
      const list = bySurname.get(fold(last)) ?? [];
      list.push(r);
      bySurname.set(fold(last), list);
    }
    for (const [k, roles] of bySurname) {
      if (this.seeds.has(k) || new Set(roles.map((r) => r.country)).size > 1) continue;
      this.seeds.set(k, roles);
    }
  }

  /** Loads the dictionaries from data/actors (or `dir`) and the country packages. */
  static load(dir?: string): Gazetteer {
    return new Gazetteer(readSources(dir));
  }

  /** A country or organisation by name, code (alpha-2/3, IGO code), abbreviation or demonym. */
  country(nameOrCode: string): CountryRef | null {
    const s = nameOrCode.trim();
    if (/^[A-Za-z]{3}$/.test(s)) {
      const hit = this.byCode.get(s.toUpperCase());
      if (hit) return hit;
    }
    if (/^[A-Za-z]{2}$/.test(s)) {
      const code = this.iso2.get(s.toUpperCase());
      if (code) return this.byCode.get(code) ?? null;
    }
    const code = this.byKey.get(fold(s).replace(/\s+/g, ' ')) ?? this.byKey.get(fold(s).replace(/^the /, ''));
    return code ? (this.byCode.get(code) ?? null) : null;
  }

  /** Is this code an organisation's (UNO, EUR…) rather than a country's? */
  isIgo(code: string | null): boolean {
    return code !== null && this.igoCodes.has(code);
  }

  /** CAMEO sectors that always follow an organisation's code (EUR → EEC: IGOEUREEC). */
  igoSectors(code: string): readonly string[] {
    return this.igoSectorsOf.get(code) ?? [];
  }

  /** Whether an organisation code is a non-governmental organisation's (AMN: Amnesty International): coded NGO + code. */
  isNgo(code: string | null): boolean {
    return code !== null && this.ngoCodes.has(code);
  }

  /** The display name of a country or organisation code. */
  countryName(code: string): string | null {
    return (this.byCode.get(code) ?? this.byCode.get(code.toUpperCase()))?.name ?? null;
  }

  /** The country of a capital or listed city ("Lima" → PER, "Washington, D.C." → USA). */
  cityCountry(city: string): string | null {
    return this.cities.get(fold(city).replace(/\s+/g, ' ').replace(/[.,]/g, '')) ?? null;
  }

  /**
   * 'f' or 'm' when a given name of `name` (any word but the last; hyphenated halves too) is a
   * woman's or a man's in `given-names.json` and none says otherwise; else null.
   */
  genderOf(name: string): 'f' | 'm' | null {
    const words = name.split(/\s+/);
    let g: 'f' | 'm' | null = null;
    for (let i = 0; i < words.length - 1; i++) {
      const w = this.given.get(fold(words[i]!)) ?? this.given.get(fold(words[i]!.split('-')[0]!));
      if (!w) continue;
      if (g && g !== w) return null;
      g = w;
    }
    return g;
  }

  /** The roles of a well-known person by full name or multi-word alias. */
  seedRoles(name: string): readonly SeedRole[] {
    return this.seeds.get(fold(name)) ?? [];
  }

  private put(phrase: string, lex: Lex, mode: CaseMode = modeOf(phrase)): void {
    const keys = phraseKeys(phrase);
    this.trie.add(keys, lex, mode, phrase);
    let set = this.firstKeys.get(lex.k);
    if (!set) this.firstKeys.set(lex.k, (set = new Set()));
    set.add(keys[0]);
  }

  /** Whether some phrase of kind `k` starts with this folded word (a cheap pre-check before a trie walk). */
  startsKind(k: Lex['k'], key: string): boolean {
    return this.firstKeys.get(k)?.has(key) ?? false;
  }

  private key(name: string, code: string, force = false): void {
    const k = fold(name).replace(/\s+/g, ' ');
    if (force || !this.byKey.has(k)) this.byKey.set(k, code);
  }

  private addCountries(src: GazetteerSources): void {
    const cf = src.countriesFile;
    const demonyms = new Map<string, CountryInfo>();
    const capitals = new Map<string, CountryInfo>();
    for (const c of src.countries) {
      this.countries.set(c.code, c);
      this.byCode.set(c.code, { code: c.code, name: c.name });
      this.iso2.set(c.iso2, c.code);
      const forms = new Set<string>(src.backrefs.forms[c.code] ?? []);
      for (const f of ['republic', 'kingdom', 'sultanate', 'emirate', 'principality', 'duchy', 'federation']) {
        if (fold(c.official).includes(f) || (f === 'emirate' && /emirates/i.test(c.official))) forms.add(f);
      }
      if (/islands?\b/i.test(c.name)) forms.add('island');
      this.forms.set(c.code, forms);
      for (const n of [c.name, c.official, ...c.altNames]) this.key(n, c.code);
      const names = new Set([c.name, ...c.altNames]);
      for (const n of names) this.put(n, { k: 'country', code: c.code, via: 'name' }, 'cap');
      this.put(c.official, { k: 'country', code: c.code, via: 'official' }, 'cap');
      if (c.demonym) {
        for (const d of c.demonym.split(/,\s*| or /)) {
          const prev = demonyms.get(d);
          demonyms.set(d, prev ? better(prev, c) : c);
        }
      }
      for (const cap of c.capitals) {
        const prev = capitals.get(cap);
        capitals.set(cap, prev ? better(prev, c) : c);
      }
    }
    for (const [code, names] of Object.entries(cf.names)) {
      for (const n of names) {
        this.put(n, { k: 'country', code, via: /republic|kingdom|state|federation/i.test(n) ? 'official' : 'name' }, 'cap');
        this.key(n, code, true);
      }
    }
    for (const [code, abbrs] of Object.entries(cf.abbreviations)) {
      for (const a of abbrs) {
        this.put(a, { k: 'country', code, via: 'abbrev' }, 'exact');
        this.key(a, code, true);
      }
    }
    for (const [code, name] of Object.entries(cf.historical ?? {})) this.byCode.set(code, { code, name });
    for (const [name, dated] of Object.entries(cf.dated ?? {})) {
      if (dated.length === 0) continue;
      const via = /^\p{Lu}+$/u.test(name) ? 'abbrev' : /(an|ic|ak|av)$/.test(name) && !/Union$/.test(name) ? 'demonym' : 'name';
      this.put(name, { k: 'country', code: dated[0].code, via, dated }, modeOf(name) === 'exact' ? 'exact' : 'cap');
      this.key(name, dated[0].code, true);
    }
    const demonymCode = new Map<string, string>();
    for (const [d, c] of demonyms) demonymCode.set(d, c.code);
    for (const [code, ds] of Object.entries(cf.demonyms)) for (const d of ds) if (!demonymCode.has(d)) demonymCode.set(d, code);
    for (const [d, code] of Object.entries(cf.demonymPreference)) demonymCode.set(d, code);
    for (const [d, code] of demonymCode) {
      const forms = /(an|i)$/.test(d) ? [d, d + 's'] : [d];
      for (const f of forms) {
        // "tunisian rioters" (lower-cased copy): a demonym of these endings is no English word
        this.put(f, { k: 'country', code, via: 'demonym' }, CASELESS_DEMONYM.test(f) ? 'any' : 'cap');
        this.key(f, code);
      }
    }
    for (const [cap, c] of capitals) this.addCity(cap, c.code, true);
    for (const [code, list] of Object.entries(src.cities.capitals)) for (const cap of list) this.addCity(cap, code, true);
    for (const [code, list] of Object.entries(src.cities.cities)) for (const city of list) this.addCity(city, code, false);
    for (const r of src.cities.regions ?? []) this.put(r, { k: 'region' }, /^the /.test(r) ? 'any' : 'cap');
  }

  private addCity(name: string, code: string, capital: boolean): void {
    const k = fold(name).replace(/\s+/g, ' ').replace(/[.,]/g, '');
    if (!this.cities.has(k) || capital) this.cities.set(k, code);
    if (capital) this.put(name, { k: 'country', code, via: 'capital' }, 'cap');
  }

  private addIgos(src: GazetteerSources): void {
    for (const o of src.igos.organisations) {
      if (!this.byCode.has(o.code)) this.byCode.set(o.code, { code: o.code, name: o.name });
      this.igoCodes.add(o.code);
      if (o.ngo) this.ngoCodes.add(o.code);
      if (o.sectors?.length) this.igoSectorsOf.set(o.code, o.sectors);
      if (o.seat) this.seats.set(fold(o.seat), [...(this.seats.get(fold(o.seat)) ?? []), o.code]);
      for (const n of o.names) {
        this.put(n, { k: 'igo', code: o.code, name: o.name }, 'cap');
        this.key(n, o.code, true);
      }
      for (const a of o.abbreviations) {
        this.put(a, { k: 'igo', code: o.code, name: o.name }, 'exact');
        this.key(a, o.code, true);
      }
    }
  }

  private addPeopleWords(src: GazetteerSources): void {
    for (const t of src.titles.titles) {
      const lex: TitleLex = { k: 'title', title: t.title, sectors: t.sectors, cls: t.class, ...(t.hint ? { hint: t.hint } : {}) };
      if (!this.titles.has(t.title)) this.titles.set(t.title, lex);
      for (const p of t.phrases) {
        this.put(p, lex);
        // plural: "foreign ministers", "ambassadors" (coordination: "Azerbaijani and Peruvian ministers")
        if (/[a-z]$/.test(p) && !/(s|y|ch|sh)$/.test(p) && !/\bof\b/.test(p)) this.put(p + 's', lex);
      }
    }
    for (const [m, keep] of Object.entries(src.titles.modifiers)) this.put(m, { k: 'mod', keep });
    for (const c of src.titles.counterparts) this.put(c, { k: 'counterpart' });
    for (const [d, fits] of Object.entries(src.titles.descriptions)) this.put(d, { k: 'desc', fits });
  }

  private addBodies(src: GazetteerSources): void {
    for (const b of src.bodies.bodies) {
      const lex: Lex = {
        k: 'body', name: b.name, sectors: b.sectors, country: b.country ?? null, mission: b.kind === 'mission',
        needsModifier: b.needsModifier ?? false, standalone: b.standalone ?? false, agent: b.agent ?? false,
      };
      for (const p of b.phrases) this.put(p, lex);
    }
  }

  private addBackrefs(src: GazetteerSources): void {
    for (const [n, form] of Object.entries(src.backrefs.nouns)) {
      this.put(n.replace(/'s$/, ''), { k: 'noun', form, possessive: false });
    }
    for (const [adj, f] of Object.entries(src.backrefs.adjectives)) {
      const codes = new Set<string>(f.codes ?? []);
      for (const c of this.countries.values()) {
        if (f.regions?.includes(c.region) || f.subregions?.includes(c.subregion)) codes.add(c.code);
        if (f.landlocked && c.landlocked) codes.add(c.code);
        if (f.forms?.some((x) => this.forms.get(c.code)?.has(x))) codes.add(c.code);
      }
      this.put(adj, { k: 'adj', codes }, 'any');
    }
  }
}
