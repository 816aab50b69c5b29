// Where `npm start` puts what its services print. Every line goes whole to
// <data>/logs/<service>.log (JSON, one object a line, rotated by size); the console shows only
// what a person needs: warnings and errors, rendered readable, and anything that is not a
// JSON log line (a crash's stack trace). `FABRIQUE_CONSOLE=all` streams every line to the
// console as well, prefixed by the service's name. Zero dependencies.
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  renameSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

const WARN = 40;
const LEVEL_NAMES = { 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const MAX_BYTES = 10 * 1024 * 1024;
const KEEP = 3;

/** A pino line at WARN or above, as a person reads it; undefined below WARN. */
export function readableLine(name, entry) {
  if (typeof entry.level !== 'number' || entry.level < WARN) return undefined;
  const time = new Date(entry.time ?? Date.now()).toTimeString().slice(0, 8);
  const level = (LEVEL_NAMES[Math.min(60, Math.floor(entry.level / 10) * 10)] ?? 'WARN').padEnd(5);
  const error = entry.err?.message ? ` — ${entry.err.message}` : '';
  return `${time} [${name}] ${level} ${entry.msg ?? ''}${error}`;
}

function parse(line) {
  if (!line.startsWith('{')) return undefined;
  try {
    return JSON.parse(line);
  } catch {
    return undefined; // not a log line after all: shown as it is
  }
}

/**
 * One service's log: `line(text)` for each line it prints. Files rotate at `maxBytes`:
 * <name>.log → <name>.log.1 → … → <name>.log.<keep>, the oldest dropped.
 */
export function createLogSink({
  dir,
  name,
  mode = 'calm',
  maxBytes = MAX_BYTES,
  keep = KEEP,
  toConsole = (text) => process.stdout.write(`${text}\n`),
}) {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.log`);
  let size = existsSync(file) ? statSync(file).size : 0;
  let fd = openSync(file, 'a');
  let closed = false;
  let failed = false;
  const closeQuietly = (descriptor) => {
    try {
      closeSync(descriptor);
    } catch {
      // already closed by a failed rotation
    }
  };
  /** The file opened again after a failure (the same descriptor if it cannot be). */
  const reopen = (previous) => {
    closeQuietly(previous);
    try {
      return openSync(file, 'a');
    } catch {
      return previous;
    }
  };

  const rotate = () => {
    closeSync(fd);
    for (let n = keep - 1; n >= 1; n -= 1) {
      if (existsSync(`${file}.${n}`)) renameSync(`${file}.${n}`, `${file}.${n + 1}`);
    }
    renameSync(file, `${file}.1`);
    fd = openSync(file, 'a');
    size = 0;
  };

  return {
    file,
    line(text) {
      // The last lines of a stopped service may arrive after the sink was closed.
      if (closed) return;
      const bytes = Buffer.byteLength(text) + 1;
      try {
        if (size > 0 && size + bytes > maxBytes) rotate();
        writeSync(fd, `${text}\n`);
        size += bytes;
      } catch (error) {
        // A full disk or a log file removed by hand must not take Fabrique down: say it once,
        // and go on (the console still shows what it shows; the file is opened again).
        if (!failed) toConsole(`[${name}] log file ${file} not written: ${error.message}`);
        failed = true;
        fd = reopen(fd);
      }
      if (mode === 'all') return toConsole(`[${name}] ${text}`);
      const entry = parse(text);
      if (!entry) return toConsole(`[${name}] ${text}`);
      const readable = readableLine(name, entry);
      if (readable) toConsole(readable);
    },
    close() {
      if (!closed) closeQuietly(fd);
      closed = true;
    },
  };
}

/** Feeds a child's stdout and stderr, line by line, into a sink. */
export function pipeLines(child, sink) {
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) sink.line(line);
    });
    stream.on('end', () => {
      if (rest) sink.line(rest);
      rest = '';
    });
  }
}
