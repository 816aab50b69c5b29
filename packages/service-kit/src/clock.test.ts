import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLOCK_REFRESH_MS, ClockConfigError, serviceClock } from './clock.js';

const aFile = () => join(mkdtempSync(join(tmpdir(), 'clock-')), 'offset');
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('serviceClock', () => {
  it('is the system clock without an offset file', () => {
    const before = Date.now();
    const now = serviceClock(undefined)().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('runs ahead by the offset written in its file, and follows it when it moves', async () => {
    const file = aFile();
    const now = serviceClock(file);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1_000);
    writeFileSync(file, String(3_600_000));
    await pause(CLOCK_REFRESH_MS * 2);
    const ahead = now().getTime() - Date.now();
    expect(ahead).toBeGreaterThan(3_599_000);
    expect(ahead).toBeLessThanOrEqual(3_600_000);
  });

  it('never goes back, and refuses a bad offset', async () => {
    const file = aFile();
    writeFileSync(file, '60000');
    const now = serviceClock(file);
    writeFileSync(file, '0');
    await pause(CLOCK_REFRESH_MS * 2);
    expect(now().getTime() - Date.now()).toBeGreaterThan(59_000);
    writeFileSync(file, '-5');
    expect(() => serviceClock(file)).toThrow(ClockConfigError);
  });

  it('is refused in production', () => {
    expect(() => serviceClock(aFile(), { NODE_ENV: 'production' })).toThrow(ClockConfigError);
  });
});
