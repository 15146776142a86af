import { Gazetteer } from '../actors/index.js';
import { CameoVerbCoder, countryLookup, OwnVerbLexicon, UnnamedAgents, type PlaceLookup, type VerbLexicon } from '../coding/cameo/index.js';
import type { Article } from '../model/article.js';
import type { DiploEvent } from '../model/event.js';
import { Analyser } from '../nlp/index.js';
import { HybridVerbLexicon, loadPetrarchDictionaries, PetrarchMentionFinder, PetrarchVerbLexicon, type PetrarchDictionaries, type PetrarchPaths } from '../petrarch/index.js';
import { createCoder } from '../pipeline/index.js';
import type { EventCoder } from '../pipeline/types.js';
import type { AttacheError, Result } from '../model/result.js';
import { ok } from '../model/result.js';
import { dictionaryMentions, ownMentions, petrarchMentions } from './mention-sources.js';
import { ClauseTextCoder, toTriples, type MentionSource } from './record-coder.js';
import type { EvalCoder } from './suites.js';
import type { Triple } from './records.js';

/** Shared heavy parts (NLP model, gazetteer, lexicon), loaded once per eval run. */
export class EvalKit {
  private analyserValue: Analyser | null = null;
  private ownValue: MentionSource | null = null;
  private gazetteerValue: Gazetteer | null = null;
  private lexiconValue: OwnVerbLexicon | null = null;
  private agentsValue: UnnamedAgents | null = null;

  get analyser(): Analyser { return (this.analyserValue ??= new Analyser()); }
  get gazetteer(): Gazetteer { return (this.gazetteerValue ??= Gazetteer.load()); }
  get own(): MentionSource { return (this.ownValue ??= ownMentions(this.gazetteer)); }
  /** Cities' countries, for events directed at the place they happen in. */
  get placeOf(): PlaceLookup { const gaz = this.gazetteer; return (name) => gaz.cityCountry(name); }
  get lexicon(): OwnVerbLexicon { return (this.lexiconValue ??= OwnVerbLexicon.load()); }
  /** Attaché's unnamed agents ("the government" → ---GOV), for coders without a PETRARCH agent dictionary. */
  get agents(): UnnamedAgents { return (this.agentsValue ??= UnnamedAgents.load()); }

  /** A coder from the NLP layer, a mention source and a verb lexicon. */
  clauseCoder(name: string, mentions: MentionSource, lexicon: VerbLexicon, dicts?: PetrarchDictionaries): EvalCoder {
    const agents = dicts?.agents.length ? null : this.agents;
    const tc = new ClauseTextCoder(this.analyser, mentions, new CameoVerbCoder(lexicon, this.placeOf, agents, countryLookup(this.gazetteer)), dicts?.discards ?? []);
    return guarded({
      name,
      triples: (text, date) => tc.code(text, date),
      events: (text, date) => tc.clauses(text, date).clauses,
    });
  }

  /**
   * Attaché's own coder: the pipeline of src/pipeline (createCoder) when it codes events, else
   * the NLP layer + actor resolver + CAMEO verb coder composed here.
   */
  attache(): EvalCoder {
    const pipeline = createCoder();
    if (pipeline.name !== 'none') return pipelineCoder(pipeline);
    return this.clauseCoder('attache', this.own, this.lexicon);
  }

  /**
   * A coder using PETRARCH dictionaries where given, Attaché's own parts elsewhere. With
   * `verbsFallback`, a verb no pattern of the user's verb dictionary matches is coded by Attaché's
   * own verb lexicon when it knows the verb (HybridVerbLexicon).
   */
  withPetrarch(name: string, paths: PetrarchPaths, opts: { readonly verbsFallback?: boolean } = {}): Result<EvalCoder, AttacheError> {
    const d = loadPetrarchDictionaries(paths);
    if (!d.ok) return d;
    const dicts = d.value;
    let mentions = this.own;
    if (dicts.actors.length || dicts.agents.length) {
      mentions = dictionaryMentions(petrarchMentions(new PetrarchMentionFinder(dicts.actors, dicts.agents)), this.own);
    }
    let lexicon: VerbLexicon = this.lexicon;
    if (dicts.verbs) {
      const petr = new PetrarchVerbLexicon(dicts.verbs, this.lexicon);
      lexicon = opts.verbsFallback ? new HybridVerbLexicon(petr, this.lexicon) : petr;
    }
    return ok(this.clauseCoder(name, mentions, lexicon, dicts));
  }

  /** PETRARCH dictionaries only (fictional-country unit tests: no Attaché gazetteer). */
  petrarchOnly(name: string, paths: PetrarchPaths): Result<EvalCoder, AttacheError> {
    const d = loadPetrarchDictionaries(paths);
    if (!d.ok) return d;
    const dicts = d.value;
    const mentions = petrarchMentions(new PetrarchMentionFinder(dicts.actors, dicts.agents));
    const lexicon: VerbLexicon = dicts.verbs ? new PetrarchVerbLexicon(dicts.verbs, this.lexicon) : this.lexicon;
    return ok(this.clauseCoder(name, mentions, lexicon, dicts));
  }
}

/** An Article around one raw text (validation records have no metadata). */
export function recordArticle(text: string, date: string | null, id = 'record'): Article {
  return { id, url: null, title: '', published: date, source: null, author: null, dateline: null, language: 'en', duplicateOf: null, text };
}

/** The pipeline's events as eval sees them (triples from actor codes; events for PLOVER). */
export function pipelineCoder(coder: EventCoder): EvalCoder {
  const events = (text: string, date: string | null): readonly DiploEvent[] => coder.code(recordArticle(text, date));
  return guarded({
    name: `pipeline:${coder.name}`,
    events,
    triples: (text, date): Triple[] => toTriples(events(text, date).map((e) => ({
      ...e, start: e.evidence.start, end: e.evidence.end, ...(e.attributes.targetFrom ? { targetFrom: e.attributes.targetFrom } : {}),
    }))),
  });
}

/**
 * A coder that codes nothing for a record it fails on (one stderr line), so one bad record does
 * not abort the run; the failure counts against the coder in the scores.
 */
function guarded(c: EvalCoder): EvalCoder {
  const warn = (text: string, e: unknown): void => {
    process.stderr.write(`attache: eval: ${c.name} failed on «${text.slice(0, 60)}…»: ${e instanceof Error ? e.message : String(e)}\n`);
  };
  return {
    name: c.name,
    triples: (text, date) => { try { return c.triples(text, date); } catch (e) { warn(text, e); return []; } },
    events: (text, date) => { try { return c.events(text, date); } catch (e) { warn(text, e); return []; } },
  };
}
