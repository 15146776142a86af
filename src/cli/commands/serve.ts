import type { RegisterCommand } from './types.js';

/** `attache serve` (placeholder until its issue lands). */
export const register: RegisterCommand = (program) => {
  program.command('serve').description('(not built yet)').action(() => {
    throw new Error('serve is not built yet');
  });
};
