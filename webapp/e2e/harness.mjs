// Starts what the browser tests drive: the packaged cvsearch server over the fixture corpus on a
// free port of 127.0.0.1, and Debian's Chromium with a fresh profile.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '../..');
export const CHROMIUM = process.env.CVSEARCH_CHROMIUM ?? '/usr/bin/chromium';
const CORPUS = path.join(here, 'fixtures', 'corpus');
const JAR = process.env.CVSEARCH_JAR ?? path.join(repo, 'server', 'target', 'cvsearch.jar');

/** Why the browser tests cannot run here, or null when they can. */
export function missingPrerequisite() {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}`;
  if (!process.env.CVSEARCH_E2E_BASE && !existsSync(JAR)) return `no packaged server at ${JAR} (run the Maven build first)`;
  return null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function javaBinary() {
  const script = path.join(repo, 'scripts', 'find-jdk.sh');
  const home = execFileSync('bash', ['-c', `source "${script}" && cvsearch_find_jdk`], { encoding: 'utf8' }).trim();
  return path.join(home, 'bin', 'java');
}

async function waitForHealth(base, child, log) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode != null) throw new Error(`server exited with ${child.exitCode}:\n${log.join('')}`);
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.ok) {
        // Health can answer before the first index generation is searchable: wait for data.
        const s = await fetch(`${base}/api/search?q=&size=1`);
        if (s.ok && (await s.json()).total > 0) return;
      }
    } catch {
      // Not listening yet: keep polling until the deadline.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not become ready:\n${log.join('')}`);
}

/**
 * Starts the server over the fixture corpus; returns {base, stop}. CVSEARCH_E2E_BASE points the
 * tests at a server that is already running (over the same corpus) instead.
 */
export async function startServer() {
  if (process.env.CVSEARCH_E2E_BASE) return { base: process.env.CVSEARCH_E2E_BASE, log: [], stop: async () => {} };
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'cvsearch-e2e-'));
  const log = [];
  const child = spawn(javaBinary(), ['-jar', JAR, 'serve', '--index', path.join(tmp, 'index'),
    '--data', CORPUS, '--host', '127.0.0.1', '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.on('data', (d) => log.push(String(d)));
  child.stderr.on('data', (d) => log.push(String(d)));
  try {
    await waitForHealth(base, child, log);
  } catch (e) {
    child.kill('SIGKILL');
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  return {
    base,
    log,
    async stop() {
      if (child.exitCode == null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
        if (child.exitCode == null) child.kill('SIGKILL');
      }
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** Launches Chromium with a throwaway profile; returns a persistent context and its cleanup. */
export async function launchBrowser(viewport = { width: 1280, height: 800 }) {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'cvsearch-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--no-first-run'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
