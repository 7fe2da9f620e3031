import { parseConfig } from './config';
import { createSyncServer } from './sync-server';

/**
 * `npm run sync-server`: starts the team's sync server on 127.0.0.1 with the settings of the
 * environment, and prints `listening on ws://127.0.0.1:PORT` once it accepts connections.
 * Nothing it prints contains a key.
 */
async function main(): Promise<void> {
  const config = parseConfig(process.env);
  if (!config.ok) {
    console.error(`marginalia sync server: ${config.error}`);
    process.exit(2);
  }
  const server = createSyncServer(config.value);
  await server.listen();
  const { port } = server.address;
  const readers = config.value.keys.filter((k) => k.readOnly).length;
  console.log(
    `marginalia sync server listening on ws://127.0.0.1:${port} (${config.value.keys.length - readers} read-write key(s), ${readers} read-only; ` +
      `data in ${config.value.dataDir}${config.value.redis ? `; sharing updates through Redis at ${config.value.redis.host}:${config.value.redis.port}` : ''})`,
  );
}

void main();
