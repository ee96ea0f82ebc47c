import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createStaticServer, listen } from './static-server.ts';

// `npm run serve`: the built site on 127.0.0.1, as a static host would serve it.
const { values } = parseArgs({ options: { port: { type: 'string', default: '4173' }, dir: { type: 'string', default: 'dist' } } });
const url = await listen(createStaticServer(resolve(values.dir)), Number(values.port));
process.stdout.write(`Serving ${values.dir} at ${url}/ (Ctrl+C to stop)\n`);
