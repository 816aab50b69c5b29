export interface EmbeddedOptions {
  dataDir: string;
  toolsDir: string;
  natsPort: number;
  natsMonitorPort: number;
  mongoPort: number;
  postgresPort: number;
  /** 'postgresql' (the default) or 'sqlite' (the store benchmark, copying old data folders). */
  backend?: 'postgresql' | 'sqlite';
  /** The data is thrown away afterwards (tests): PostgreSQL skips flushing to disk. */
  ephemeral?: boolean;
  /** Start the PostgreSQL store beside SQLite files of an earlier version (the copy command). */
  allowSqliteData?: boolean;
}

export interface EmbeddedState {
  pids: number[];
  backend: 'postgresql' | 'sqlite';
  natsPid: number;
  postgresPid?: number;
  ferretdbPid: number;
  postgresPort?: number;
  natsUrl: string;
  natsMonitorUrl: string;
  mongoUrl: string;
}

export function embeddedOptions(env?: Record<string, string | undefined>): EmbeddedOptions;
export function startEmbedded(options?: EmbeddedOptions): Promise<EmbeddedState>;
export function stopEmbedded(
  options?: Pick<EmbeddedOptions, 'dataDir'> & Partial<EmbeddedOptions>,
): Promise<void>;
/** A free loopback port, never handed out before by this process, in this jest worker's block. */
export function freePort(): Promise<number>;
/** A free loopback port among `size` ports from `start`, not handed out before by this process. */
export function freePortIn(start: number, size: number): Promise<number>;
export function startExtraFerretDb(options: {
  dataDir: string;
  toolsDir: string;
  mongoPort: number;
}): Promise<{ pid: number; url: string }>;
export function startExtraNats(options: {
  dataDir: string;
  toolsDir: string;
  natsPort: number;
  natsMonitorPort: number;
}): Promise<{ pid: number; url: string }>;
export function killProcess(pid: number): Promise<void>;
