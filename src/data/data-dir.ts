import path from 'node:path';

/** The data folder everyone reads: DATA_DIR if set, else ./data of the working directory. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env['DATA_DIR'] || 'data');
}

/** `--data DIR` or `--data=DIR` (overrides DATA_DIR); anything else is refused. */
export function parseDataArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): { dataDir: string } | { error: string } {
  let dir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--data' && argv[i + 1] !== undefined) dir = argv[++i];
    else if (a.startsWith('--data=')) dir = a.slice('--data='.length);
    else return { error: `Tham số không hiểu được: ${a} (cách dùng: --data THƯ_MỤC, hoặc biến môi trường DATA_DIR)` };
  }
  return { dataDir: dir ? path.resolve(dir) : defaultDataDir(env) };
}
