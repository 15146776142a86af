import type { RegisterCommand } from './types.js';

/** `attache dossier` (placeholder until its issue lands). */
export const register: RegisterCommand = (program) => {
  program.command('dossier').description('(not built yet)').action(() => {
    throw new Error('dossier is not built yet');
  });
};
