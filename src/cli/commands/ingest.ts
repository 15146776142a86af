import type { RegisterCommand } from './types.js';

/** `attache ingest` (placeholder until its issue lands). */
export const register: RegisterCommand = (program) => {
  program.command('ingest').description('(not built yet)').action(() => {
    throw new Error('ingest is not built yet');
  });
};
