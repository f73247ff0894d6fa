#!/usr/bin/env bash
# Crash safety: SIGKILLs `cvsearch reindex` processes KILLS times (default 20) while a server
# serves the same index folder to two clients: half at random moments within a clean run's length,
# half held at a named moment (after parsing, mid-indexing, before commit, after commit, with the
# temporary pointer written, after the switch). After every kill: the lock is free, the live
# pointer names a committed generation, and the next reindex succeeds and leaves only committed
# generations; no search may fail. The killed runs index the seeds plus SciFact (5,183 abstracts).
# Usage: scripts/crash-test.sh [KILLS]     Prints a summary; exit 0 only on PASS.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/reliability-lib.sh"
kills="${1:-20}"
shared="${CVSEARCH_SHARED:-$reliability_root/../shared}"
reliability_build
work="$(mktemp -d "${TMPDIR:-/tmp}/cvsearch-crash-XXXXXX")"
trap 'rm -rf "$work"' EXIT
reliability_run CrashTrials -Xmx1g -- --kills "$kills" --shared "$shared" --work "$work" --seed 7
