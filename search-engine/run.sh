#!/usr/bin/env bash
# Start or stop the development/CI OpenSearch node (see README.md beside this file).
#   search-engine/run.sh start   builds the launcher once, starts the node in the background,
#                                returns when it answers on 127.0.0.1:$SEARCH_ENGINE_PORT
#   search-engine/run.sh stop    stops the node started by `start` (by its pid file)
#   search-engine/run.sh status  says whether it answers
# Idempotent: `start` on a running node returns at once; `stop` on a stopped one does nothing.
# SEARCH_ENGINE_NODES=3: three nodes on loopback forming one cluster, HTTP on PORT, PORT+1,
# PORT+2 and transport on TRANSPORT_PORT (default 9300), +1, +2;
# node i keeps its data, log and pid file in $SEARCH_ENGINE_HOME/node-i. SEARCH_URL then
# names every node: http://127.0.0.1:9200,http://127.0.0.1:9201,http://127.0.0.1:9202.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
nodes="${SEARCH_ENGINE_NODES:-1}"
base_port="${SEARCH_ENGINE_PORT:-9200}"
base_home="${SEARCH_ENGINE_HOME:-$root/var/search-engine}"
port="$base_port"
home="$base_home"
heap="${SEARCH_ENGINE_HEAP:-512m}"
# The node-to-node port (a range: the first free one is taken); give each node its own.
transport_port="${SEARCH_ENGINE_TRANSPORT_PORT:-19300-19399}"
pidfile="$home/node.pid"
logfile="$home/node.log"
url="http://127.0.0.1:$port/"
node_name="stabiliteit-dev-1"
seed_hosts=""
managers=""

# Point the variables above at node $1 of a cluster of $nodes.
select_node() {
  local i="$1"
  port=$((base_port + i - 1))
  home="$base_home/node-$i"
  pidfile="$home/node.pid"
  logfile="$home/node.log"
  url="http://127.0.0.1:$port/"
  node_name="stabiliteit-dev-$i"
  transport_port=$((SEARCH_ENGINE_TRANSPORT_PORT + i - 1))
  seed_hosts=""
  managers=""
  local j
  for j in $(seq 1 "$nodes"); do
    seed_hosts="$seed_hosts${seed_hosts:+,}127.0.0.1:$((SEARCH_ENGINE_TRANSPORT_PORT + j - 1))"
    managers="$managers${managers:+,}stabiliteit-dev-$j"
  done
}

answers() {
  curl -fsS --max-time 2 "$url" >/dev/null 2>&1
}

java_bin() {
  # OpenSearch 2.19 runs on Java 17, the machine's default JDK.
  if [ -x /usr/lib/jvm/java-17-openjdk-amd64/bin/java ]; then
    echo /usr/lib/jvm/java-17-openjdk-amd64/bin/java
  else
    command -v java
  fi
}

build() {
  local jar="$here/target/search-engine-1.0.0.jar"
  if [ -f "$jar" ] && [ -d "$here/target/lib" ] \
    && [ -z "$(find "$here/pom.xml" "$here/src" -newer "$jar" -type f 2>/dev/null)" ]; then
    return 0
  fi
  echo "search-engine: building the launcher (Maven Central; cached in ~/.m2 after the first run)"
  rm -rf "$here/target/lib"
  (cd "$here" && mvn -q -B package dependency:copy-dependencies \
    -DoutputDirectory=target/lib -DincludeScope=runtime)
}

start() {
  start_background
  wait_answers
}

start_background() {
  if answers; then
    echo "search-engine: already answering at $url"
    return 0
  fi
  command -v curl >/dev/null || { echo "search-engine: curl is needed" >&2; exit 1; }
  build
  mkdir -p "$home"
  echo "search-engine: starting OpenSearch on 127.0.0.1:$port (data and log in $home)"
  nohup "$(java_bin)" -Xms"$heap" -Xmx"$heap" -XX:+UseG1GC \
    -Dsearch.engine.home="$home" -Dsearch.engine.port="$port" \
    -Dsearch.engine.transport.port="$transport_port" \
    -Dsearch.engine.node.name="$node_name" \
    -Dsearch.engine.seed.hosts="$seed_hosts" \
    -Dsearch.engine.cluster.managers="$managers" \
    -Dlog4j2.disable.jmx=true \
    -cp "$here/target/search-engine-1.0.0.jar:$here/target/lib/*" \
    nl.stabiliteit.searchengine.EmbeddedNode >"$logfile" 2>&1 &
  echo $! >"$pidfile"
}

wait_answers() {
  for _ in $(seq 1 180); do
    if answers; then
      echo "search-engine: answering at $url"
      return 0
    fi
    if [ -f "$pidfile" ] && ! kill -0 "$(cat "$pidfile")" 2>/dev/null; then
      echo "search-engine: the node exited while starting; last lines of $logfile:" >&2
      tail -30 "$logfile" >&2
      exit 1
    fi
    sleep 1
  done
  echo "search-engine: no answer at $url within 180 s; last lines of $logfile:" >&2
  tail -30 "$logfile" >&2
  exit 1
}

stop() {
  if [ ! -f "$pidfile" ]; then
    echo "search-engine: not started by this script (no $pidfile)"
    return 0
  fi
  local pid
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "search-engine: stopped (pid $pid)"
  fi
  rm -f "$pidfile"
}

# start|stop|status [NODE]: every node of the cluster, or only node NODE (1..NODES).
each_node() {
  local action="$1" only="${2:-}"
  if [ "$nodes" = "1" ] && [ -z "$only" ]; then
    "$action"
    return
  fi
  SEARCH_ENGINE_TRANSPORT_PORT="${SEARCH_ENGINE_TRANSPORT_PORT:-9300}"
  if ! [[ "$SEARCH_ENGINE_TRANSPORT_PORT" =~ ^[0-9]+$ ]]; then
    echo "search-engine: a cluster needs one SEARCH_ENGINE_TRANSPORT_PORT (nodes use it, +1, +2 ...)" >&2
    exit 2
  fi
  local i
  for i in $(seq 1 "$nodes"); do
    if [ -z "$only" ] || [ "$only" = "$i" ]; then
      select_node "$i"
      if [ "$action" = start ]; then
        start_background
      else
        "$action"
      fi
    fi
  done
  if [ "$action" = start ]; then
    for i in $(seq 1 "$nodes"); do
      if [ -z "$only" ] || [ "$only" = "$i" ]; then
        select_node "$i"
        wait_answers
      fi
    done
  fi
}

status() {
  if answers; then echo "answering at $url"; else echo "not answering at $url"; exit 1; fi
}

case "${1:-}" in
  start) each_node start "${2:-}" ;;
  stop) each_node stop "${2:-}" ;;
  status) each_node status "${2:-}" ;;
  *) echo "usage: $0 start|stop|status [NODE]" >&2; exit 2 ;;
esac
