export interface EmbeddedOptions {
  dataDir: string;
  toolsDir: string;
  natsPort: number;
  natsMonitorPort: number;
  mongoPort: number;
}

export interface EmbeddedState {
  pids: number[];
  natsUrl: string;
  natsMonitorUrl: string;
  mongoUrl: string;
}

export function embeddedOptions(env?: Record<string, string | undefined>): EmbeddedOptions;
export function startEmbedded(options?: EmbeddedOptions): Promise<EmbeddedState>;
export function stopEmbedded(
  options?: Pick<EmbeddedOptions, 'dataDir'> & Partial<EmbeddedOptions>,
): Promise<void>;
export function freePort(): Promise<number>;
