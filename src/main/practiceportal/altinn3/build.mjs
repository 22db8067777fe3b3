// Builds the practice portal's Altinn 3 components into the jar's resources:
//   node build.mjs OUTDIR [festet]          with the versions pinned in package-lock.json
//   node build.mjs OUTDIR nyeste WORKDIR    with the newest versions on the registry, installed in
//                                           WORKDIR (nothing pinned changes)
// Does nothing when neither the sources nor the lockfile changed since the last build into OUTDIR.

import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [outArgument, versions = 'festet', workArgument] = process.argv.slice(2);
if (!outArgument || !['festet', 'nyeste'].includes(versions)) {
  console.error('Bruk: node build.mjs UTMAPPE [festet | nyeste ARBEIDSMAPPE]');
  process.exit(2);
}
const outdir = resolve(outArgument);
const newest = versions === 'nyeste';
const newestWork = newest ? resolve(workArgument ?? join(outdir, '..', 'nyeste-komponenter')) : null;
const LIBRARY = '@altinn/altinn-components';

function filesUnder(folder) {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)]))
    .sort();
}

function fingerprintOf(root, files) {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

function npm(args, cwd) {
  execFileSync('npm', args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], shell: process.platform === 'win32' });
}

/** The folder to bundle from: this one, or for --newest a copy with the newest versions installed. */
function prepare() {
  if (!newest) {
    const lock = join(here, 'package-lock.json');
    const installed = join(here, 'node_modules', '.ovingsportal-lock');
    const lockHash = fingerprintOf(here, [lock]);
    if (!existsSync(installed) || readFileSync(installed, 'utf8') !== lockHash) {
      console.log('Installerer komponentbiblioteket (npm ci) ...');
      npm(['ci', '--loglevel=error'], here);
      writeFileSync(installed, lockHash);
    }
    return here;
  }
  const work = newestWork;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const name of ['package.json', '.npmrc', 'src']) {
    cpSync(join(here, name), join(work, name), { recursive: true });
  }
  console.log(`Installerer nyeste ${LIBRARY} ...`);
  npm(['install', '--loglevel=error', '--save-exact', `${LIBRARY}@latest`, 'react@latest', 'react-dom@latest'], work);
  return work;
}

function versionOf(root, name) {
  return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

const sources = [join(here, 'package-lock.json'), join(here, 'build.mjs'), ...filesUnder(join(here, 'src'))];
const stamp = join(outdir, '.bygget');
const wanted = (newest ? 'newest:' : 'pinned:') + fingerprintOf(here, sources);
if (!newest && existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) {
  console.log('Øvingsportalens komponenter er uendret.');
  process.exit(0);
}

// Aksel's icons (used by the library and the design system) have no side effects, but a
// package.json of their own in dist/react/esm hides the package's "sideEffects": false from
// esbuild, which would then bundle all of the icons for the few that are used.
const iconsWithoutSideEffects = {
  name: 'aksel-icons-without-side-effects',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.?\// }, (args) =>
      /[\\/]@navikt[\\/]aksel-icons[\\/]/.test(args.importer) ? { path: join(args.resolveDir, args.path), sideEffects: false } : undefined,
    );
  },
};

const root = prepare();
const started = Date.now();
const { build } = await import(join(root, 'node_modules', 'esbuild', 'lib', 'main.js'));
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [join(root, 'src', 'app.jsx')],
  outdir,
  bundle: true,
  format: 'esm',
  splitting: false,
  minify: true,
  legalComments: 'none',
  target: ['chrome110'],
  jsx: 'automatic',
  loader: { '.woff2': 'file', '.woff': 'file', '.svg': 'file' },
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  plugins: [iconsWithoutSideEffects],
});
const version = versionOf(root, LIBRARY);
if (newest) {
  const pinned = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')).dependencies[LIBRARY];
  console.log(`Festet ${LIBRARY}: ${pinned}; nyeste: ${version}${pinned === version ? ' (den samme)' : ''}.`);
}
writeFileSync(join(outdir, 'versjon.txt'), `${LIBRARY} ${version}\nreact ${versionOf(root, 'react')}\n`);
writeFileSync(stamp, wanted);
const size = filesUnder(outdir).reduce((sum, file) => sum + statSync(file).size, 0);
console.log(`Bygget øvingsportalens komponenter med ${LIBRARY} ${version} på ${Date.now() - started} ms (${Math.round(size / 1024)} KiB).`);
