#!/usr/bin/env bash
# HTTP fuzzing: REQUESTS (default 10,000) random and hostile requests, fixed seed, 4 concurrent
# clients, 10 s deadline each, over every route of a server on a seeds index with the admin API
# on: bad escapes, path traversal, odd methods, wrong tokens, 1 MB query strings and bodies,
# 64 KB headers, broken request lines. Zero 5xx, zero hangs, server healthy afterwards.
# Usage: scripts/fuzz-http.sh [REQUESTS] [SEED]     Exit 0 only on PASS.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/reliability-lib.sh"
shared="${CVSEARCH_SHARED:-$reliability_root/../shared}"
reliability_build
reliability_run HttpFuzzer -Xmx1g -- --requests "${1:-10000}" --seed "${2:-1}" --clients 4 \
  --timeout 10000 --shared "$shared"
