import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

/** A free TCP port on 127.0.0.1 (the OS picks one; it is closed again before use). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/** A process started by a test, stopped by its own pid. */
export interface Started {
  pid: number;
  /** Everything it printed so far (stdout and stderr). */
  output: () => string;
  /** Sends `signal` to the process and resolves once it has exited. */
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

/** Starts `command` and resolves once its output contains `ready` (rejects if it exits first). */
export function startProcess(command: string, args: string[], env: Record<string, string>, ready: string): Promise<Started> {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((done, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(ready)) done(started(child, () => output, exited));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`${command} exited (${code}) before it was ready:\n${output}`)));
  });
}

function started(child: ChildProcess, output: () => string, exited: Promise<void>): Started {
  const pid = child.pid as number;
  return {
    pid,
    output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) process.kill(pid, signal);
      await exited;
    },
  };
}

/** The repository's root, where `npm run sync-server` runs. */
export const ROOT = resolve(import.meta.dirname, '../../..');
