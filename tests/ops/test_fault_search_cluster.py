"""Issue 21, row 10: a three-node search cluster loses a node while clients search and an
editor publishes.

search-engine/run.sh starts three OpenSearch nodes on loopback (SEARCH_ENGINE_NODES=3) that
form one cluster; the index has one replica of every shard. One node is killed (SIGKILL)
while finder requests run against the cluster (every node in SEARCH_URL) and an editor
publishes: no request fails, the answers stay the same, every publish reaches the engine,
and the cluster is green again after the node is back.
"""

import copy
import itertools
import os
import signal
import socket
import subprocess
import time

import pytest
import requests
from django.core.management import call_command

from offerings.models import OfferingPage
from search import engines, indexqueue
from search.backends import engine as engine_backend
from search.engines.base import Request
from search.engines.distributed import DistributedEngine
from search.finder import run_finder
from search.params import FinderQuery
from tests.ops.conftest import ROOT, only_in_the_engine_pass
from tests.ops.test_fault_search_index import DATABASE_QUEUE, index_rows, new_offering, work_queue

pytestmark = [pytest.mark.django_db, pytest.mark.engine_down]
NODES = 3
QUERIES = [
    FinderQuery(q="radicalisering"),
    FinderQuery(filters={"soort": ("training",)}),
    FinderQuery(q="polarisatie"),
]


def free_run(count):
    """A first port of `count` free consecutive ports."""
    for _ in range(50):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            first = probe.getsockname()[1]
        if first + count >= 65535:
            continue
        sockets = []
        try:
            for port in range(first, first + count):
                candidate = socket.socket()
                sockets.append(candidate)
                candidate.bind(("127.0.0.1", port))
            return first
        except OSError:
            continue
        finally:
            for candidate in sockets:
                candidate.close()
    raise RuntimeError("no free run of ports")


class Cluster:
    def __init__(self, home):
        self.home = home
        self.port, self.transport = free_run(NODES), free_run(NODES)
        self.urls = [f"http://127.0.0.1:{self.port + i}" for i in range(NODES)]
        self.env = {
            **os.environ,
            "SEARCH_ENGINE_NODES": str(NODES),
            "SEARCH_ENGINE_PORT": str(self.port),
            "SEARCH_ENGINE_TRANSPORT_PORT": str(self.transport),
            "SEARCH_ENGINE_HOME": str(home),
            "SEARCH_ENGINE_HEAP": os.environ.get("PRIVATE_ENGINE_HEAP", "256m"),
        }

    def run(self, *args):
        subprocess.run(["bash", str(ROOT / "search-engine" / "run.sh"), *args], env=self.env, check=True)

    def pid(self, node):
        return int((self.home / f"node-{node}" / "node.pid").read_text())

    def health(self, url=None, **params):
        url = url or next(u for u in self.urls if self._answers(u))
        return requests.get(f"{url}/_cluster/health", params=params, timeout=120).json()

    def manager(self):
        url = next(u for u in self.urls if self._answers(u))
        return requests.get(f"{url}/_cat/cluster_manager", params={"h": "node"}, timeout=30).text.strip()

    @staticmethod
    def _answers(url):
        try:
            return requests.get(url, timeout=2).ok
        except requests.RequestException:
            return False


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    only_in_the_engine_pass()
    cluster = Cluster(tmp_path_factory.mktemp("cluster"))
    cluster.run("start")
    try:
        health = cluster.health(wait_for_nodes=str(NODES), timeout="120s")
        assert health["number_of_nodes"] == NODES, health
        yield cluster
    finally:
        cluster.run("stop")


@pytest.fixture
def on_cluster(settings, cluster):
    prefix = f"cluster{int(time.time())}_"
    settings.SEARCH_URL = ",".join(cluster.urls)
    backends = copy.deepcopy(settings.WAGTAILSEARCH_BACKENDS)
    backends["default"].update({"URLS": cluster.urls, "TIMEOUT": 10, "INDEX_PREFIX": prefix})
    backends["default"]["INDEX_SETTINGS"]["settings"]["index"]["number_of_replicas"] = 1
    settings.WAGTAILSEARCH_BACKENDS = backends
    settings.TASKS = DATABASE_QUEUE
    engine_backend.forget()
    engines.reset()
    indexqueue.forget_checked_indexes()
    call_command("ensure_search_index", verbosity=0)
    assert cluster.health(wait_for_status="green", timeout="120s")["status"] == "green"
    yield cluster
    engine_backend.forget()
    engines.reset()


def answers():
    with engines.forced("distributed"):
        return [[item.pk for item in run_finder(query).items] for query in QUERIES]


def test_a_node_stops_while_clients_search_and_an_editor_publishes(on_cluster):
    cluster = on_cluster
    before = answers()
    # The node that manages the cluster: the hard case (a new one is elected meanwhile).
    manager = int(cluster.manager().rsplit("-", 1)[1])
    failures, published, names = 0, [], itertools.count()
    killed = False
    started = time.monotonic()
    for round_number in range(12):
        if round_number == 3:
            os.kill(cluster.pid(manager), signal.SIGKILL)
            killed = True
        try:
            assert answers() == before
        except Exception as error:  # noqa: BLE001 (counted: must stay 0)
            failures += 1
            print("search failed:", error)
        if round_number % 3 == 1:
            published.append(new_offering(f"Clusteraanbod {next(names)}"))
        work_queue(until=time.monotonic() + 30)
    assert killed
    assert failures == 0
    # Every publish reaches the engine (retried while the cluster re-elects, if needed).
    deadline = time.monotonic() + 60
    while index_rows().filter(status="READY").exists() and time.monotonic() < deadline:
        time.sleep(1)
        work_queue(until=deadline)
    selection = DistributedEngine(engines.distributed_backend()).select(Request())
    cluster_ids = set(selection.page_ids("titel", [], 0, 500))
    assert {page.pk for page in published} <= cluster_ids
    assert OfferingPage.objects.live().filter(pk__in=cluster_ids).count() == len(cluster_ids)
    print(f"\n12 rounds with a node killed: {time.monotonic() - started:.1f} s, 0 failed searches")

    cluster.run("start", str(manager))
    health = cluster.health(wait_for_status="green", wait_for_nodes=str(NODES), timeout="120s")
    assert (health["status"], health["number_of_nodes"]) == ("green", NODES)
    assert answers() == before
