import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage } from '../../src/ingest/index.js';

test('language detection on short news sentences', () => {
  const cases: [string, string][] = [
    ['The foreign ministers of Peru and Azerbaijan met in Baku and discussed the opening of the embassy.', 'en'],
    ["Les ministres des affaires étrangères du Pérou et de l'Azerbaïdjan se sont rencontrés à Bakou pour discuter de l'ambassade.", 'fr'],
    ['Los ministros de relaciones exteriores de Perú y Azerbaiyán se reunieron en Bakú para hablar de la embajada.', 'es'],
    ['Die Außenminister von Peru und Aserbaidschan trafen sich in Baku und sprachen über die Eröffnung der Botschaft.', 'de'],
    ['Министры иностранных дел Перу и Азербайджана встретились в Баку и обсудили открытие посольства.', 'ru'],
    ['وزيرا خارجية بيرو وأذربيجان التقيا في باكو وناقشا افتتاح السفارة الجديدة في العاصمة.', 'ar'],
    ['Peru Azerbaijan 1996', 'und'],
  ];
  for (const [text, lang] of cases) assert.equal(detectLanguage(text), lang, text);
});

test('English with a few foreign lines stays English', () => {
  const text = `${'Peru and Azerbaijan have agreed to expand their cooperation in trade and culture. '.repeat(8)}\nتونس العاصمة، الجمهورية التونسية`;
  assert.equal(detectLanguage(text), 'en');
});
