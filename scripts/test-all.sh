#!/usr/bin/env bash
# The whole suite: unit and API tests on PGlite, the scanner corpus, the API tests again on a
# PostgreSQL server, then the browser tests in Chromium. Starts its own PostgreSQL unless
# TEST_DATABASE_URL is set.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== unit and API tests on PGlite"
env -u TEST_DATABASE_URL npx vitest run --project unit --project api

echo "== scanner corpus (../shared/corpus)"
npx vitest run --project corpus

started_cluster=0
if [ -z "${TEST_DATABASE_URL:-}" ]; then
  TEST_DATABASE_URL="$(scripts/pg-test-cluster.sh start)"
  started_cluster=1
fi
export TEST_DATABASE_URL
trap '[ "$started_cluster" = 1 ] && scripts/pg-test-cluster.sh stop' EXIT

echo "== API tests on PostgreSQL ($TEST_DATABASE_URL)"
npx vitest run --project api

echo "== browser tests in Chromium"
npm run test:e2e
