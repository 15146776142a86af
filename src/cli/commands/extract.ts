import type { RegisterCommand } from './types.js';

/** `attache extract` (placeholder until its issue lands). */
export const register: RegisterCommand = (program) => {
  program.command('extract').description('(not built yet)').action(() => {
    throw new Error('extract is not built yet');
  });
};
