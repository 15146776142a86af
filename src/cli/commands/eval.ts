import type { RegisterCommand } from './types.js';

/** `attache eval` (placeholder until its issue lands). */
export const register: RegisterCommand = (program) => {
  program.command('eval').description('(not built yet)').action(() => {
    throw new Error('eval is not built yet');
  });
};
