import type { ChildProcess } from 'node:child_process';

export interface LogSink {
  file: string;
  line(text: string): void;
  close(): void;
}

export function readableLine(
  name: string,
  entry: { level?: number; time?: number; msg?: string; err?: { message?: string } },
): string | undefined;

export function createLogSink(options: {
  dir: string;
  name: string;
  mode?: 'calm' | 'all';
  maxBytes?: number;
  keep?: number;
  toConsole?: (text: string) => void;
}): LogSink;

export function pipeLines(child: ChildProcess, sink: LogSink): void;
