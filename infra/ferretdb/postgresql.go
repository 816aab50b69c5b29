package main

import (
	"context"
	_ "embed"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// How long the launcher waits for PostgreSQL to accept connections.
const startupTimeout = 60 * time.Second

//go:embed gin-twins.sql
var ginTwinsSQL string

// preparePostgreSQL creates FerretDB's database when it does not exist yet, then applies
// gin-twins.sql to it (idempotent: every start re-applies it).
func preparePostgreSQL(ctx context.Context, rawURL string) error {
	target, err := url.Parse(rawURL)
	if err != nil {
		return fmt.Errorf("bad -postgresql-url: %w", err)
	}
	dbName := strings.TrimPrefix(target.Path, "/")
	if dbName == "" {
		return fmt.Errorf("-postgresql-url names no database")
	}
	// pgxpool's settings (pool_max_conns…) are FerretDB's; a single connection would send
	// them to PostgreSQL as unknown parameters.
	query := target.Query()
	for key := range query {
		if strings.HasPrefix(key, "pool_") {
			query.Del(key)
		}
	}
	target.RawQuery = query.Encode()
	if err := createDatabaseIfMissing(ctx, *target, dbName); err != nil {
		return err
	}

	conn, err := connectWhenReady(ctx, target.String())
	if err != nil {
		return fmt.Errorf("connect to %s: %w", dbName, err)
	}
	defer conn.Close(ctx)
	// No arguments: pgx sends the whole file as one simple query, run as one transaction.
	if _, err := conn.Exec(ctx, ginTwinsSQL); err != nil {
		return fmt.Errorf("apply gin-twins.sql: %w", err)
	}
	return nil
}

func createDatabaseIfMissing(ctx context.Context, target url.URL, dbName string) error {
	maintenance := target
	maintenance.Path = "/postgres"
	conn, err := connectWhenReady(ctx, maintenance.String())
	if err != nil {
		return fmt.Errorf("connect to PostgreSQL: %w", err)
	}
	defer conn.Close(ctx)

	var exists bool
	if err := conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, dbName).Scan(&exists); err != nil {
		return fmt.Errorf("look for database %s: %w", dbName, err)
	}
	if exists {
		return nil
	}
	_, err = conn.Exec(ctx, fmt.Sprintf(`CREATE DATABASE %s ENCODING 'UTF8' TEMPLATE template0`, pgx.Identifier{dbName}.Sanitize()))
	var pgErr *pgconn.PgError
	// Another launcher may have created it a moment ago (42P04: duplicate_database).
	if errors.As(err, &pgErr) && pgErr.Code == "42P04" {
		return nil
	}
	if err != nil {
		return fmt.Errorf("create database %s: %w", dbName, err)
	}
	return nil
}

// connectWhenReady waits for a PostgreSQL that may still be starting (started at the same
// moment, or recovering after a crash): connection refused, or 57P03 "starting up".
func connectWhenReady(ctx context.Context, rawURL string) (*pgx.Conn, error) {
	ctx, cancel := context.WithTimeout(ctx, startupTimeout)
	defer cancel()
	for {
		conn, err := pgx.Connect(ctx, rawURL)
		if err == nil {
			return conn, nil
		}
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Code != "57P03" {
			return nil, err // refused for a reason of its own: bad password, no such role…
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("not ready after %s: %w", startupTimeout, err)
		case <-time.After(100 * time.Millisecond):
		}
	}
}
