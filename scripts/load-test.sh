#!/usr/bin/env bash
# Load: indexes the real data (../shared/data: ACL Anthology, arXiv, SciFact, CVs, résumés; about
# 150k records) unless an index is there already (REUSE=1), serves it, warms up, then measures
# 2 client threads on loopback for SECONDS (default 60) and again for the length of a full
# reindex of the same data in the server's process. Prints requests, failures, req/s and
# p50/p99/max latency of both windows; exit 0 only when no request failed.
# Usage: scripts/load-test.sh      (INDEX=/tmp/cvsearch-load/index SECONDS=60 REUSE=1 CLIENTS=2)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/reliability-lib.sh"
shared="${CVSEARCH_SHARED:-$reliability_root/../shared}"
index="${INDEX:-${TMPDIR:-/tmp}/cvsearch-load/index}"
reliability_build
reuse=()
[ "${REUSE:-0}" = "1" ] && reuse=(--reuse)
reliability_run LoadRun -Xmx6g -- --data "$shared/data" --index "$index" \
  --seconds "${SECONDS_STEADY:-60}" --warmup "${WARMUP:-10}" --clients "${CLIENTS:-2}" "${reuse[@]}"
