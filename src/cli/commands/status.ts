import type { RegisterCommand } from './types.js';

/** `attache status` (placeholder until its issue lands). */
export const register: RegisterCommand = (program) => {
  program.command('status').description('(not built yet)').action(() => {
    throw new Error('status is not built yet');
  });
};
