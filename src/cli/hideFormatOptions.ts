import type { Command } from 'commander'

/**
 * Hides --json and --format from the help of a command that has one fixed output (`show`, `report`); the
 * command still parses them, so it can refuse them with a usage error that names the alternative.
 */
export function hideFormatOptions(cmd: Command): Command {
  for (const o of cmd.options) if (o.long === '--json' || o.long === '--format') o.hideHelp()
  return cmd
}
