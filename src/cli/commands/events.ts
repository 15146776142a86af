import type { RegisterCommand } from './types.js';

/** `attache events` (placeholder until its issue lands). */
export const register: RegisterCommand = (program) => {
  program.command('events').description('(not built yet)').action(() => {
    throw new Error('events is not built yet');
  });
};
