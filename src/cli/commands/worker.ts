import type { RegisterCommand } from './types.js';

/** `attache worker` (placeholder until its issue lands). */
export const register: RegisterCommand = (program) => {
  program.command('worker').description('(not built yet)').action(() => {
    throw new Error('worker is not built yet');
  });
};
