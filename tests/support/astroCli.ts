import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export interface CommandResult {
  code: number | null;
  output: string;
}

/**
 * Runs the project's Astro CLI with the Node that runs the tests (the pinned
 * Node 24), collecting stdout and stderr together as an editor would see them.
 */
export function runAstro(args: string[], env: Record<string, string> = {}): Promise<CommandResult> {
  const cli = resolve('node_modules/astro/bin/astro.mjs');
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, output }));
  });
}
