import type { RegisterCommand } from './types.js';

/** `attache country` (placeholder until its issue lands). */
export const register: RegisterCommand = (program) => {
  program.command('country').description('(not built yet)').action(() => {
    throw new Error('country is not built yet');
  });
};
