import { spawn, type ChildProcess } from 'node:child_process';

export interface ServiceProcess {
  readonly child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** Resolves when the output matches, rejects if the process exits first or time runs out. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Sends the signal and resolves with the exit code or signal once the process is gone. */
  kill(signal?: NodeJS.Signals): Promise<number | NodeJS.Signals | null>;
  /** Resolves with the exit code (or signal) when the process ends by itself. */
  exited(): Promise<number | NodeJS.Signals | null>;
}

/** Starts a service as a real child process, e.g. `node dist/main.js`, for crash tests. */
export function startProcess(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd?: string,
): ServiceProcess {
  const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const watcher = new OutputWatcher(child);
  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ?? code));
  });
  return {
    child,
    output: () => watcher.text,
    waitForOutput: (pattern, timeoutMs = 20_000) => watcher.waitFor(pattern, timeoutMs),
    exited: () => exited,
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

class OutputWatcher {
  text = '';
  private readonly listeners = new Set<() => void>();

  constructor(private readonly child: ChildProcess) {
    const append = (chunk: Buffer) => {
      this.text += chunk.toString();
      this.notify();
    };
    child.stdout?.on('data', append);
    child.stderr?.on('data', append);
    child.once('exit', () => this.notify());
  }

  waitFor(pattern: RegExp, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const finish = (error?: Error) => {
        clearTimeout(timer);
        this.listeners.delete(check);
        if (error) reject(error);
        else resolve();
      };
      const check = () => {
        if (pattern.test(this.text)) finish();
        else if (this.child.exitCode !== null || this.child.signalCode !== null) {
          finish(new Error(`process exited before ${String(pattern)}; output:\n${this.text}`));
        }
      };
      const timer = setTimeout(
        () => finish(new Error(`timed out waiting for ${String(pattern)}; output:\n${this.text}`)),
        timeoutMs,
      );
      this.listeners.add(check);
      check();
    });
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
