import type { RegisterCommand } from './types.js';

/** `attache enqueue` (placeholder until its issue lands). */
export const register: RegisterCommand = (program) => {
  program.command('enqueue').description('(not built yet)').action(() => {
    throw new Error('enqueue is not built yet');
  });
};
