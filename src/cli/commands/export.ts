import type { RegisterCommand } from './types.js';

/** `attache export` (placeholder until its issue lands). */
export const register: RegisterCommand = (program) => {
  program.command('export').description('(not built yet)').action(() => {
    throw new Error('export is not built yet');
  });
};
