import type { RegisterCommand } from './types.js';

/** `attache import` (placeholder until its issue lands). */
export const register: RegisterCommand = (program) => {
  program.command('import').description('(not built yet)').action(() => {
    throw new Error('import is not built yet');
  });
};
