import type { Command } from 'commander';

/**
 * A CLI command module: adds its subcommand to the program. `fail(code)` raises the process
 * exit status (1: some inputs failed); throw UsageError for status 2.
 */
export type RegisterCommand = (program: Command, fail: (code: number) => void) => void;
