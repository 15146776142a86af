import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gazetteer, read } from './helpers.js';

/** [text, expected "mention|code" of every mention, in order]. Fictional events, real country names. */
const AGENTS: readonly [string, readonly string[]][] = [
  ['Chilean demonstrators marched on Monday.', ['Chilean demonstrators|CHLOPP']],
  ['Peruvian and Bolivian activists met.', ['Peruvian|PEROPP', 'Bolivian activists|BOLOPP']],
  ['A court in Ghana sentenced him.', ['A court in Ghana|GHAJUD']],
  ['Students throughout Nepal walked out.', ['Students throughout Nepal|NPLEDU']],
  ['Angry Danish dock workers blocked the port.', ['Danish dock workers|DNKLAB']],
  ['Insurgents shelled the town overnight.', ['Insurgents|---REB']],
  // agents of the one country the sentence is about
  ['Kenya said police arrested two journalists.', ['Kenya|KEN', 'police|KENCOP', 'journalists|KENMED']],
  // "its troops" belong to someone named elsewhere: no actor of their own
  ['The alliance withdrew its troops.', []],
  ['Mongolian soldiers and Uruguayan farmers were there.', ['Mongolian soldiers|MNGMIL', 'Uruguayan farmers|URYAGR']],
  // a state's demonym, then the people's origin: the state ("Bosnian Serbs" are Bosnia's)
  ['Bosnian Serbs voted.', ['Bosnian Serbs|BIH']],
  ['Peruvian Azerbaijani relations grew.', ['Peruvian|PER', 'Azerbaijani|AZE']],
  // a role word before a name is its modifier, not an agent of its own
  ['The rebel Revolutionary United Front signed.', ['Revolutionary United Front|SLEREB']],
  // "ethnic" + demonym is a people, not the state of that name
  ['Ethnic Hungarians in Romania voted.', ['Romania|ROU']],
  // an agent takes the country it operates in
  ['Guerrillas operating in Colombia ambushed a patrol.', ['Guerrillas|COLREB', 'Colombia|COL']],
  // people take the country they come from
  ['Refugees from war-torn Syria crossed into Turkey.', ['Refugees|SYRREF', 'Syria|SYR', 'Turkey|TUR']],
  // human rights groups are NGOs of the country they work in
  ['Rights groups in Egypt condemned the verdict.', ['Rights groups in Egypt|EGYNGO']],
  // a national security adviser is both government and military
  ["Iraq's national security adviser met the Syrian president.", ["Iraq's national security adviser|IRQGOVMIL", 'the Syrian president|SYRGOV']],
];

test('CAMEO agents: a role with a country word, a place, the context, or ---', () => {
  for (const [text, expected] of AGENTS) {
    const { mentions } = read(text);
    assert.deepEqual(mentions.map((m) => `${m.text}|${m.actor.code}`), expected, text);
  }
});

test('organisations: NGOs are NGO + code, the EU carries its EEC sector', () => {
  const { mentions } = read('Amnesty International criticised the European Community and the EU.');
  assert.deepEqual(mentions.map((m) => m.actor.code), ['NGOAMN', 'IGOEUREEC', 'IGOEUREEC']);
  assert.equal(mentions[0]!.actor.country, 'AMN');
});

test('a titled surname finds a well-known person by date', () => {
  const { mentions } = read('President Mugabe spoke to the nation.', '2005-03-01');
  assert.equal(mentions[0]?.actor.code, 'ZWEGOV');
  assert.equal(mentions[0]?.actor.name, 'Robert Mugabe');
});

test('"that" before a titled name is not part of the mention', () => {
  const { mentions } = read('Britain said that President Mugabe had erred.', '2005-03-01');
  const p = mentions.find((m) => m.actor.type === 'person');
  assert.equal(p?.text, 'President Mugabe');
  assert.equal(p?.actor.country, 'ZWE');
});

test('a destination named before a titled person is not their country', () => {
  const { mentions } = read('Before leaving for Lima, President Tan Boon Keat gave a speech.', '2020-06-01');
  const p = mentions.find((m) => m.actor.type === 'person');
  assert.ok(p);
  assert.notEqual(p.actor.country, 'PER');
});

test('"the Bush administration": a known leader\'s surname names the government', () => {
  const { mentions } = read('The Obama administration praised the Putin government.', '2012-05-01');
  assert.deepEqual(mentions.map((m) => `${m.text}|${m.actor.code}`), ['The Obama administration|USAGOV', 'the Putin government|RUSGOV']);
});

test('a known surname under another spelling of the first name still gives the country', () => {
  const { mentions } = read('President Abdelaziz Bouteflicka spoke.', '2000-01-01');
  assert.equal(mentions[0]?.actor.country, 'DZA');
  assert.equal(mentions[0]?.actor.name, 'Abdelaziz Bouteflicka');
});

test('US states are places of the United States (never actors of their own)', () => {
  assert.equal(gazetteer().cityCountry('South Carolina'), 'USA');
  assert.equal(gazetteer().cityCountry('Alaska'), 'USA');
  // Georgia stays the country
  assert.equal(gazetteer().country('Georgia')?.code, 'GEO');
});

test('"pro-Russian" / "anti-American" say whom a group sides with, not whose it is', () => {
  const { mentions } = read('Pro-Russian separatists shelled the town. Anti-American protesters gathered.');
  assert.deepEqual(mentions.map((m) => `${m.text}=${m.actor.code}`), ['separatists=---REB', 'protesters=---OPP']);
});

test('companies and airlines are business (BUS), children and women civilians (CVL)', () => {
  const { mentions } = read('Chinese companies and Malaysia Airlines signed deals. Children fled. Women stayed.');
  assert.deepEqual(mentions.map((m) => `${m.text}=${m.actor.code}`), ['Chinese companies=CHNBUS', 'Malaysia Airlines=MYSBUS', 'Children=---CVL', 'Women=---CVL']);
});

test('a company after a country possessive is the country\'s business, not the state; traders are business people', () => {
  const codes = (text: string) => read(text, '2024-05-01').mentions.map((m) => `${m.text}|${m.actor.code}`);
  assert.deepEqual(codes("Norway's Nordvik Gruppen signed a supply deal with Chile's state-owned Andes Copper."),
    ["Norway's Nordvik Gruppen|NORBUS", "Chile's state-owned Andes Copper|CHLBUS"]);
  assert.deepEqual(codes('Peruvian exporters met Japanese buyers.'), ['Peruvian exporters|PERBUS', 'Japanese buyers|JPNBUS']);
  // a minister after the possessive stays the state's
  assert.deepEqual(codes("Peru's Energy Minister Oscar Vera spoke."), ["Peru's Energy Minister Oscar Vera|PERGOV"]);
});
