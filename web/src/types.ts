// The API's shapes, shared with the server's model and views (type-only imports: nothing is bundled).
export type { Article } from '../../src/model/article.js';
export type { Actor, Person } from '../../src/model/actor.js';
export type { DiploEvent } from '../../src/model/event.js';
export type { FactSource } from '../../src/store/store.js';
export type { Dossier, DossierLine, MissionState, EnvoyState, AgreementState, DossierSection, DossierSectionPage } from '../../src/views/dossier-types.js';
export type { CountryProfile } from '../../src/views/country.js';

/** A country as GET /api/countries lists it. */
export interface Country {
  readonly code: string;
  readonly name: string;
  readonly numeric: string | null;
  readonly capital: string | null;
}
