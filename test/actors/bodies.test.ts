import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brief, read } from './helpers.js';

/** [text, expected "mention|code|name|title" of non-person mentions, in order]. */
const CASES: readonly [string, readonly string[]][] = [
  ['The Ministry of Foreign Affairs of Peru issued a note.', ['The Ministry of Foreign Affairs of Peru|PERGOV|foreign ministry|']],
  ['The Azerbaijani Foreign Ministry protested.', ['The Azerbaijani Foreign Ministry|AZEGOV|foreign ministry|']],
  ['Peru opened an office. The Foreign Ministry said so.', ['Peru|PER|Peru|', 'The Foreign Ministry|PERGOV|foreign ministry|']],
  ['The embassy of Pakistan in Addis Ababa reopened.', ['The embassy of Pakistan in Addis Ababa|PAKGOV|embassy|']],
  ['The Peruvian embassy in Baku opened.', ['The Peruvian embassy in Baku|PERGOV|embassy|']],
  ['The Milli Majlis and the Knesset and the Duma voted.', [
    'The Milli Majlis|AZELEG|Milli Majlis|', 'the Knesset|ISRLEG|Knesset|', 'the Duma|RUSLEG|State Duma|',
  ]],
  ["Peru's Congress approved it.", ["Peru's Congress|PERLEG|parliament|"]],
  ['The State Department and the White House and the Kremlin replied.', [
    'The State Department|USAGOV|State Department|', 'the White House|USAGOV|White House|', 'the Kremlin|RUSGOV|Kremlin|',
  ]],
  ['The UN, the UN Security Council, the EU, NATO and the OSCE met.', [
    'UN|IGOUNO|United Nations|', 'UN Security Council|IGOUNO|UN Security Council|', 'EU|IGOEUREEC|European Union|',
    'NATO|IGONAT|NATO|', 'OSCE|IGOOSC|OSCE|',
  ]],
  ['ASEAN, the African Union, the OAS, CELAC, the Pacific Alliance, the Non-Aligned Movement, the SCO, the OIC, GUAM, the CIS and the G77 were there.', [
    'ASEAN|IGOASN|ASEAN|', 'African Union|IGOAFU|African Union|', 'OAS|IGOOAS|Organization of American States|',
    'CELAC|IGOCEL|CELAC|', 'Pacific Alliance|IGOPAL|Pacific Alliance|', 'Non-Aligned Movement|IGONOA|Non-Aligned Movement|',
    'SCO|IGOSCO|Shanghai Cooperation Organisation|', 'OIC|IGOOIC|Organisation of Islamic Cooperation|', 'GUAM|IGOGUU|GUAM|',
    'CIS|IGOCIS|Commonwealth of Independent States|', 'G77|IGOGSS|Group of 77|',
  ]],
  ['Oman hosted talks. The Sultanate wants peace.', ['Oman|OMN|Oman|', 'The Sultanate|OMN|Oman|']],
  ['Costa Rica and Japan met. The Central American country thanked the Asian nation.', [
    'Costa Rica|CRI|Costa Rica|', 'Japan|JPN|Japan|', 'The Central American country|CRI|Costa Rica|', 'the Asian nation|JPN|Japan|',
  ]],
  ['Peru and Azerbaijan met. The two countries agreed.', ['Peru|PER|Peru|', 'Azerbaijan|AZE|Azerbaijan|']],
  ['Fiji opened a mission. The country plans more.', ['Fiji|FJI|Fiji|', 'The country|FJI|Fiji|']],
  ['Fiji and India met. The country plans more.', ['Fiji|FJI|Fiji|', 'India|IND|India|']],
  ['Iran and Qatar met. The Islamic Republic thanked the oil-rich Gulf state.', [
    'Iran|IRN|Iran|', 'Qatar|QAT|Qatar|', 'The Islamic Republic|IRN|Iran|', 'the oil-rich Gulf state|QAT|Qatar|',
  ]],
  ['The Goverment of Azerbaijian and the Mongolian Foregin Ministry met.', [
    'The Goverment of Azerbaijian|AZEGOV|government|', 'the Mongolian Foregin Ministry|MNGGOV|foreign ministry|',
  ]],
  ['BEIJING (UrduPoint / Pakistan Point News) China and Fiji met, the Fiji Times said.', [
    'BEIJING|CHNGOV|China|', 'UrduPoint|PAKMED|media|', 'Pakistan Point News|PAKMED|media|', 'China|CHN|China|',
    'Fiji|FJI|Fiji|', 'the Fiji Times|FJIMED|media|',
  ]],
  ['Boko Haram and Islamic State fighters attacked.', ['Boko Haram|NGAREB|Boko Haram|', 'Islamic State|---REB|Islamic State|']],
  ['Talks were held in the Azerbaijani capital, Baku.', ['Azerbaijani capital|AZE|Azerbaijan|', 'Baku|AZEGOV|Azerbaijan|']],
];

test('bodies, organisations and back-references', () => {
  for (const [text, expected] of CASES) {
    const { mentions } = read(text);
    const got = mentions.filter((m) => m.actor.type !== 'person').map(brief);
    assert.deepEqual(got, expected, text);
  }
});

test('missions carry their host and city', () => {
  const { mentions } = read('The Peruvian embassy in Baku opened.');
  assert.equal(mentions[0]?.host, 'AZE');
  assert.equal(mentions[0]?.city, 'Baku');
});

test('mention offsets point into the article text', () => {
  const text = 'Intro line.\n\nThe Azerbaijani Foreign Ministry protested to the U.S. embassy.';
  const { mentions } = read(text);
  assert.ok(mentions.length >= 2);
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
});
