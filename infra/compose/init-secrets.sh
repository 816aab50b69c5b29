#!/bin/sh
# Writes the git-ignored secret env files that docker-compose.yml (and the ferretdb override)
# read, with random values. Never overwrites a file that exists.
set -eu
dir="$(cd "$(dirname "$0")" && pwd)"

random_hex() {
  od -An -N32 -tx1 /dev/urandom | tr -d ' \n'
}

if [ -e "$dir/secrets.env" ]; then
  echo "kept $dir/secrets.env"
else
  umask 077
  printf 'UNSUBSCRIBE_SECRET=%s\n' "$(random_hex)" >"$dir/secrets.env"
  echo "wrote $dir/secrets.env"
fi

if [ -e "$dir/ferretdb.secrets.env" ]; then
  echo "kept $dir/ferretdb.secrets.env"
else
  umask 077
  password="$(random_hex)"
  printf 'POSTGRES_PASSWORD=%s\nFERRETDB_POSTGRESQL_URL=postgres://ferretdb:%s@postgres:5432/ferretdb?pool_max_conns=150&pool_max_conn_idle_time=1m\n' \
    "$password" "$password" >"$dir/ferretdb.secrets.env"
  echo "wrote $dir/ferretdb.secrets.env"
fi
