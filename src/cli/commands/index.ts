import type { Command } from '../Command.js';
import { applyCommand } from './apply.js';
import { apportionCommand } from './apportion.js';
import { benefitsCommand } from './benefits.js';
import { changesCommand } from './changes.js';
import { checkCommand } from './check.js';
import { coverageCommand } from './coverage.js';
import { diffCommand } from './diff.js';
import { lookupCommand } from './lookup.js';
import { rolesCommand } from './roles.js';
import { rulesCommand } from './rules.js';
import { validateCommand } from './validate.js';

/** Every subcommand, in the order of the help. */
export const commands: readonly Command[] = [
  checkCommand,
  validateCommand,
  applyCommand,
  diffCommand,
  rolesCommand,
  coverageCommand,
  apportionCommand,
  benefitsCommand,
  rulesCommand,
  changesCommand,
  lookupCommand,
];
