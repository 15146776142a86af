export { buildDossier, resolveCountry, lineOf } from './dossier.js';
export type * from './dossier-types.js';
export { dossierToMarkdown } from './dossier-md.js';
export { dossierToHtml, escapeHtml } from './dossier-html.js';
export { buildCountryProfile, countryToMarkdown, type CountryProfile } from './country.js';
export { EVENT_FORMATS, EVENT_COLUMNS, eventHeader, formatEvent, formatEvents, type EventFormat } from './event-format.js';
export { loadCountryResolver, type CountryRef, type CountryResolver } from './countries.js';
export { formatDate } from './labels.js';
