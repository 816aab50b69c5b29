// npm start's service logs (scripts/log-sink.mjs): every line whole in the service's file,
// rotated by size; on the console only warnings, errors and what is not a log line.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogSink } from '../../scripts/log-sink.mjs';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fabrique-logs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const pino = (level: number, msg: string, extra: object = {}) =>
  JSON.stringify({ level, time: Date.UTC(2026, 11, 6, 9, 30), service: 'bookings', msg, ...extra });

describe('a service log sink', () => {
  it('keeps every line in the file and shows only warnings, errors and stray output', () => {
    const shown: string[] = [];
    const sink = createLogSink({ dir, name: 'bookings', toConsole: (t) => shown.push(t) });
    sink.line(pino(30, 'request completed'));
    sink.line(pino(40, 'outbox relay pass failed; will retry', { err: { message: 'refused' } }));
    sink.line(pino(50, 'unhandled error'));
    sink.line('Error: boom');
    sink.close();
    expect(readFileSync(join(dir, 'bookings.log'), 'utf8').trim().split('\n')).toHaveLength(4);
    expect(shown).toHaveLength(3);
    expect(shown[0]).toMatch(
      /\[bookings\] WARN {2}outbox relay pass failed; will retry — refused$/,
    );
    expect(shown[1]).toMatch(/\[bookings\] ERROR unhandled error$/);
    expect(shown[2]).toBe('[bookings] Error: boom');
    expect(shown.join('\n')).not.toContain('request completed');
  });

  it('streams every line with FABRIQUE_CONSOLE=all', () => {
    const shown: string[] = [];
    const sink = createLogSink({
      dir,
      name: 'gateway',
      mode: 'all',
      toConsole: (t) => shown.push(t),
    });
    sink.line(pino(30, 'request completed'));
    sink.close();
    expect(shown).toEqual([`[gateway] ${pino(30, 'request completed')}`]);
  });

  it('rotates by size and keeps the newest files', () => {
    const sink = createLogSink({
      dir,
      name: 'funds',
      maxBytes: 1_000,
      keep: 2,
      toConsole: () => {},
    });
    for (let i = 0; i < 100; i += 1) sink.line(pino(30, `line ${i}`.padEnd(60, '.')));
    sink.close();
    expect(readdirSync(dir).sort()).toEqual(['funds.log', 'funds.log.1', 'funds.log.2']);
    const newest = readFileSync(join(dir, 'funds.log'), 'utf8');
    expect(newest).toContain('line 99');
    expect(newest.length).toBeLessThanOrEqual(1_000);
    expect(readFileSync(join(dir, 'funds.log.2'), 'utf8')).not.toContain('line 0.');
  });

  it('keeps going when its log file disappears, says so once, and writes again', () => {
    const shown: string[] = [];
    const sink = createLogSink({
      dir,
      name: 'funds',
      maxBytes: 1_000,
      keep: 2,
      toConsole: (text) => shown.push(text),
    });
    for (let i = 0; i < 10; i += 1) sink.line(pino(30, `before ${i}`.padEnd(60, '.')));
    rmSync(dir, { recursive: true, force: true }); // the rotation's rename now fails
    for (let i = 0; i < 30; i += 1) sink.line(pino(30, `after ${i}`.padEnd(60, '.')));
    sink.close();
    expect(shown.filter((line) => line.includes('not written'))).toHaveLength(1);
  });
});
