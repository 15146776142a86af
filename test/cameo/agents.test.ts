import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UnnamedAgents, type ActorMention } from '../../src/coding/cameo/index.js';
import { Analyser } from '../../src/nlp/index.js';

const analyser = new Analyser();
const agents = UnnamedAgents.load();

function find(text: string, mentions: readonly ActorMention[] = []): string[] {
  const a = analyser.analyse(text, { published: '2020-01-01' });
  return a.sentences.flatMap((s) => agents.find(a.tokens, s, mentions).map((m) => `${a.text.slice(m.start, m.end)}=${m.actor.code}`));
}

test('unnamed agents heading their noun phrase are read with their sector and no country', () => {
  assert.deepEqual(find('The government imposed a curfew after the army left.'), ['government=---GOV', 'army=---MIL']);
  assert.deepEqual(find('Congress asked the president to act.'), ['Congress=---LEG', 'president=---GOV']);
  assert.deepEqual(find('Security forces detained prosecutors.'), ['Security forces=---COP', 'prosecutors=---JUD']);
});

test('an agent word modifying a noun, part of a name or owned by a pronoun is none', () => {
  assert.deepEqual(find('The military exercises ended and a government spokesman spoke.'), []);
  assert.deepEqual(find('The Supreme Court ruled.'), []);
  assert.deepEqual(find('Its troops withdrew.'), []);
  // a noun before the agent word makes a compound of another kind
  assert.deepEqual(find('The tax administration changed the rules.'), []);
});

test('an agent next to a country mention takes its country', () => {
  const text = "Velorian guerrillas and Veloria's interim government met officials of Velor.";
  const at = (w: string, from: number): ActorMention => {
    const start = text.indexOf(w, from);
    return { start, end: start + w.length, text: w, actor: { text: w, country: 'VLR', sectors: [], code: 'VLR', name: null, title: null, type: 'country' } };
  };
  assert.deepEqual(find(text, [at('Velorian', 0), at('Veloria', 10), at('Velor', 50)]), [
    'Velorian guerrillas=VLRREB', "Veloria's interim government=VLRGOV", 'officials of Velor=VLRGOV',
  ]);
});

test('words already inside a mention are left to it', () => {
  const text = 'The rebels attacked.';
  const start = text.indexOf('The rebels');
  const m: ActorMention = { start, end: start + 10, text: 'The rebels', actor: { text: 'The rebels', country: null, sectors: ['REB'], code: '---REB', name: null, title: null } };
  assert.deepEqual(find(text, [m]), []);
});
