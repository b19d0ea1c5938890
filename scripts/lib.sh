# Shared by scripts/test, scripts/demo and scripts/bench: find or start the
# Neo4j that relmap talks to. Source it; it defines use_neo4j and stop_neo4j.

# started_neo4j is "1" when this run started the local server (and so must stop it).
started_neo4j=""

# use_neo4j points NEO4J_* at a server: the one NEO4J_URI names; with a
# Docker engine, none (the tests start containers themselves); otherwise the
# local server that scripts/neo4j runs, started if need be.
# $1 = "required" fails when no server can be had; otherwise it only warns.
use_neo4j() {
  local need="${1:-}"
  if [ -n "${NEO4J_URI:-}" ]; then
    echo "neo4j: using $NEO4J_URI" >&2
    return 0
  fi
  if [ "$need" != "required" ] && command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; then
    echo "neo4j: a Docker engine answers; the tests start neo4j:5.26-community containers" >&2
    return 0
  fi
  if [ -z "${CI:-}" ] && ! command -v java >/dev/null 2>&1; then
    echo "neo4j: no NEO4J_URI, no Docker engine and no Java: integration tests will skip (set NEO4J_URI, or install Java 17 and Maven)" >&2
    [ "$need" = "required" ] && return 1
    return 0
  fi
  if ! scripts/neo4j status >/dev/null 2>&1; then
    started_neo4j=1
  fi
  scripts/neo4j start >&2
  export NEO4J_URI="bolt://localhost:${NEO4J_BOLT_PORT:-7687}"
  export NEO4J_USERNAME="${NEO4J_USERNAME:-neo4j}"
  export NEO4J_PASSWORD="${NEO4J_PASSWORD:-relmap-local-dev}"
  export RELMAP_NEO4J_CTL="$PWD/scripts/neo4j"
}

# stop_neo4j stops the local server if this run started it.
stop_neo4j() {
  if [ -n "$started_neo4j" ]; then
    scripts/neo4j stop >&2 || true
  fi
}
