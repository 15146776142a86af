import type { RegisterCommand } from './types.js';

/** `attache people` (placeholder until its issue lands). */
export const register: RegisterCommand = (program) => {
  program.command('people').description('(not built yet)').action(() => {
    throw new Error('people is not built yet');
  });
};
