-- GIN twins of FerretDB's indexes, for FerretDB 1.24 on PostgreSQL.
--
-- FerretDB pushes every equality filter down as `_jsonb -> $key @> $value`
-- (internal/backends/postgresql/query.go, filterEqual), but the indexes it creates are btree
-- on `((_jsonb -> 'field'))`, and a btree cannot serve `@>`: every query read the whole table.
-- A GIN index on the same expression can. This file gives every btree index FerretDB creates
-- on a collection table (its unique `_id` index and every index made by createIndexes,
-- compound ones as one multicolumn GIN index) a GIN twin, and drops the twin with it. (Dotted
-- fields are never pushed down: the embeddable FerretDB leaves nested pushdown off.)
--
-- `fastupdate = off`: with GIN's pending list, lookups after a bulk load took 3-4 ms in the
-- index scan alone instead of 0.05 ms. `plan_cache_mode = force_custom_plan`: FerretDB's pgx
-- prepares its statements and passes the key as a parameter; only a custom plan sees the key
-- and can match the index expression.
--
-- Idempotent: applied by the embedded FerretDB launcher (infra/ferretdb) at every start, and by
-- the compose PostgreSQL's init scripts (docker-compose.ferretdb.yml). It also gives twins to
-- indexes that existed before it was first applied.

-- Two launchers starting at once on one PostgreSQL (the fault tests' extra FerretDBs) would
-- replace the same functions concurrently ("tuple concurrently updated"): the file is one
-- transaction, and this lock makes the second wait for the first.
SELECT pg_advisory_xact_lock(hashtext('fabrique_gin'));

CREATE SCHEMA IF NOT EXISTS fabrique_gin;

-- 63 characters at most (PostgreSQL's limit), never ending in `_idx` like FerretDB's own names.
CREATE OR REPLACE FUNCTION fabrique_gin.twin_name(btree_name text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT left(btree_name, 46) || '_' || left(md5(btree_name), 12) || '_gin'
$$;

CREATE OR REPLACE FUNCTION fabrique_gin.add_twin(index_oid oid) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  idx record;
  key_columns text[] := '{}';
  k int;
BEGIN
  SELECT i.indnatts, i.indkey, ic.relname AS index_name, t.relname AS table_name,
         n.nspname AS schema_name, am.amname
    INTO idx
    FROM pg_index i
    JOIN pg_class ic ON ic.oid = i.indexrelid
    JOIN pg_class t ON t.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    JOIN pg_am am ON am.oid = ic.relam
   WHERE i.indexrelid = index_oid;
  -- Only btree indexes on FerretDB's collection tables (not its metadata table, not a twin).
  IF NOT FOUND OR idx.amname <> 'btree' OR idx.table_name LIKE '\_ferretdb\_%' THEN
    RETURN;
  END IF;
  IF NOT EXISTS (
    SELECT 1 FROM pg_tables
     WHERE schemaname = idx.schema_name AND tablename = '_ferretdb_database_metadata'
  ) THEN
    RETURN;
  END IF;
  FOR k IN 1..idx.indnatts LOOP
    -- FerretDB indexes expressions on its jsonb column; a plain column is someone else's index.
    IF idx.indkey[k - 1] <> 0 THEN
      RETURN;
    END IF;
    key_columns := key_columns || ('(' || pg_get_indexdef(index_oid, k, true) || ') jsonb_path_ops');
  END LOOP;
  EXECUTE format(
    'CREATE INDEX IF NOT EXISTS %I ON %I.%I USING gin (%s) WITH (fastupdate = off)',
    fabrique_gin.twin_name(idx.index_name), idx.schema_name, idx.table_name,
    array_to_string(key_columns, ', ')
  );
END
$$;

CREATE OR REPLACE FUNCTION fabrique_gin.on_create_index() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
  command record;
BEGIN
  -- The twin's own CREATE INDEX fires this trigger again: add_twin ignores GIN indexes.
  FOR command IN
    SELECT objid FROM pg_event_trigger_ddl_commands() WHERE object_type = 'index'
  LOOP
    PERFORM fabrique_gin.add_twin(command.objid);
  END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION fabrique_gin.on_drop_index() RETURNS event_trigger
LANGUAGE plpgsql AS $$
DECLARE
  dropped record;
BEGIN
  -- An index dropped by name (dropIndexes) takes its twin along; a dropped table or schema
  -- (drop, dropDatabase) takes all of its indexes by itself.
  FOR dropped IN
    SELECT schema_name, object_name FROM pg_event_trigger_dropped_objects()
     WHERE object_type = 'index' AND original AND object_name NOT LIKE '%\_gin'
  LOOP
    EXECUTE format(
      'DROP INDEX IF EXISTS %I.%I', dropped.schema_name, fabrique_gin.twin_name(dropped.object_name)
    );
  END LOOP;
END
$$;

DROP EVENT TRIGGER IF EXISTS fabrique_gin_twins_create;
CREATE EVENT TRIGGER fabrique_gin_twins_create ON ddl_command_end
  WHEN TAG IN ('CREATE INDEX')
  EXECUTE FUNCTION fabrique_gin.on_create_index();

DROP EVENT TRIGGER IF EXISTS fabrique_gin_twins_drop;
CREATE EVENT TRIGGER fabrique_gin_twins_drop ON sql_drop
  WHEN TAG IN ('DROP INDEX')
  EXECUTE FUNCTION fabrique_gin.on_drop_index();

-- Twins for the indexes made before this file was first applied.
DO $$
DECLARE
  existing record;
BEGIN
  FOR existing IN
    SELECT i.indexrelid FROM pg_index i
      JOIN pg_class t ON t.oid = i.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname NOT LIKE 'pg\_%' AND n.nspname <> 'information_schema'
  LOOP
    PERFORM fabrique_gin.add_twin(existing.indexrelid);
  END LOOP;
END
$$;

DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET plan_cache_mode = force_custom_plan', current_database());
END
$$;
