// Command ferretdb starts an embedded FerretDB 1.24 on loopback, on PostgreSQL (the default)
// or on SQLite (kept for the store benchmark and for copying data made by earlier versions).
//
// `go install github.com/FerretDB/FerretDB/cmd/ferretdb` builds a binary that panics at
// start (build/version/version.txt is missing from the module), so the embedded default
// imports the embeddable package instead. Telemetry is off in embedded mode.
//
// On PostgreSQL it first creates the database if needed and applies gin-twins.sql, so that
// the equality filters FerretDB pushes down are answered by an index (see that file).
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

type options struct {
	listen        string
	backend       string
	postgresqlURL string
	sqliteDir     string
	logLevel      string
}

func main() {
	var o options
	flag.StringVar(&o.listen, "listen", "127.0.0.1:27017", "TCP address to listen on")
	flag.StringVar(&o.backend, "backend", "postgresql", "postgresql or sqlite")
	flag.StringVar(&o.postgresqlURL, "postgresql-url", os.Getenv("FERRETDB_POSTGRESQL_URL"), "PostgreSQL URL of FerretDB's database, created when missing (postgresql backend; default $FERRETDB_POSTGRESQL_URL, which keeps the password out of the process list)")
	flag.StringVar(&o.sqliteDir, "data-dir", "", "directory holding the SQLite databases (sqlite backend)")
	flag.StringVar(&o.logLevel, "log-level", "warn", "debug, info, warn or error")
	flag.Parse()

	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "ferretdb:", err)
		os.Exit(1)
	}
}

func run(o options) error {
	var level slog.Level
	if err := level.UnmarshalText([]byte(o.logLevel)); err != nil {
		return fmt.Errorf("bad -log-level %q: %w", o.logLevel, err)
	}
	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	config := ferretdb.Config{Listener: ferretdb.ListenerConfig{TCP: o.listen}, Logger: logger}
	switch o.backend {
	case "postgresql":
		if o.postgresqlURL == "" {
			return fmt.Errorf("-postgresql-url or FERRETDB_POSTGRESQL_URL is required with -backend postgresql")
		}
		if err := preparePostgreSQL(ctx, o.postgresqlURL); err != nil {
			return err
		}
		config.Handler = "postgresql"
		config.PostgreSQLURL = o.postgresqlURL
	case "sqlite":
		dir, err := sqliteDir(o.sqliteDir)
		if err != nil {
			return err
		}
		config.Handler = "sqlite"
		config.SQLiteURL = "file:" + dir + "/"
	default:
		return fmt.Errorf("bad -backend %q: postgresql or sqlite", o.backend)
	}

	f, err := ferretdb.New(&config)
	if err != nil {
		return err
	}
	logger.Info("ferretdb listening", "address", o.listen, "backend", o.backend)
	return f.Run(ctx)
}

// sqliteDir returns the absolute SQLite folder, created if needed (the backend requires it).
func sqliteDir(dataDir string) (string, error) {
	if dataDir == "" {
		return "", fmt.Errorf("-data-dir is required with -backend sqlite")
	}
	absDir, err := filepath.Abs(dataDir)
	if err != nil {
		return "", err
	}
	return absDir, os.MkdirAll(absDir, 0o700)
}
