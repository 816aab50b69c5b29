#!/usr/bin/env bash
# Builds the pinned binaries of the embedded infrastructure into .tools/bin (git-ignored):
#   nats-server  from the Go module proxy, pinned below
#   ferretdb     our launcher in infra/ferretdb, embedding FerretDB 1.24.2 (SQLite backend)
# Idempotent: does nothing when the binaries for these exact pins are already there.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="${FABRIQUE_TOOLS_DIR:-$root/.tools}"
nats_version="v2.15.3"

if ! command -v go >/dev/null 2>&1; then
  cat >&2 <<'MSG'
Go (1.24 or newer) is needed to build the embedded NATS server and FerretDB.
Install Go from your distribution (e.g. `apt-get install golang`) and run again,
or use Docker for the infrastructure instead: start MongoDB 7 and NATS 2.11+ with JetStream
from their official images (`docker run -d -p 27017:27017 mongo:7` and
`docker run -d -p 4222:4222 nats:2.11 -js`) and set MONGO_URL and NATS_URL.
MSG
  exit 1
fi

# The stamp names every input of the build, so a changed pin or launcher rebuilds.
launcher_hash="$(cat "$root/infra/ferretdb/go.mod" "$root/infra/ferretdb/go.sum" "$root/infra/ferretdb/main.go" | sha256sum | cut -c1-16)"
stamp="nats-server=$nats_version ferretdb-launcher=$launcher_hash go=$(go env GOVERSION)"
stamp_file="$tools/stamp"

if [[ -x "$tools/bin/nats-server" && -x "$tools/bin/ferretdb" && -f "$stamp_file" && "$(cat "$stamp_file")" == "$stamp" ]]; then
  echo "infra tools up to date ($stamp)"
  exit 0
fi

mkdir -p "$tools/bin"
echo "building nats-server $nats_version ..."
GOBIN="$tools/bin" GOFLAGS=-trimpath go install "github.com/nats-io/nats-server/v2@$nats_version"

echo "building the FerretDB launcher ..."
(cd "$root/infra/ferretdb" && GOFLAGS="-mod=readonly -trimpath" go build -o "$tools/bin/ferretdb" .)

echo "$stamp" >"$stamp_file"
echo "infra tools built into $tools/bin"
