/**
 * Once per `npm test`: build the client (and the server's compiled JS) so
 * browser tests and child-process tests run what `npm start` runs. The build
 * script skips work when nothing changed.
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
