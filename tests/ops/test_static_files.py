"""Production serves static files itself: WhiteNoise, hashed names, compressed copies
(issue 14: `/static/css/site.css` was 404 under gunicorn with production settings)."""

import json
import os
import subprocess
import sys

import pytest

from tests.stabiliteit.test_production_settings import ROOT

# Third-party static (Wagtail's admin: 20 MB) takes most of collectstatic's minute; the
# project's own files show the storage and the middleware at work. `make serve` collects all.
THIRD_PARTY = ["admin", "rest_framework", "wagtail*", "typed_table_block"]

PROBE = """
import json, django
django.setup()
from django.template import engines
from django.test import Client
hashed = engines["django"].from_string("{% load static %}{% static 'css/site.css' %}").render({})
client = Client()
plain = client.get("/static/css/site.css", secure=True)
compressed = client.get(hashed, secure=True, headers={"accept-encoding": "gzip, br"})
print(json.dumps({
    "hashed": hashed,
    "plain": [plain.status_code, b"".join(plain.streaming_content).decode()[:200]],
    "compressed": [compressed.status_code, compressed.headers.get("Content-Encoding"),
                   compressed.headers.get("Cache-Control")],
}))
"""


@pytest.fixture(scope="module")
def production_env(tmp_path_factory):
    static_root = tmp_path_factory.mktemp("static")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "stabiliteit.settings.production",
        "SECRET_KEY": "s" * 50,
        "ALLOWED_HOSTS": "testserver",
        "STATIC_ROOT": str(static_root),
        "DATABASE_URL": f"sqlite:///{static_root}/unused.sqlite3",  # static files need none
    }
    ignore = [arg for pattern in THIRD_PARTY for arg in ("--ignore", pattern)]
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0", *ignore],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    return env, static_root


def test_collectstatic_writes_hashed_and_compressed_copies(production_env):
    _env, static_root = production_env
    manifest = json.loads((static_root / "staticfiles.json").read_text())
    hashed = manifest["paths"]["css/site.css"]
    assert hashed != "css/site.css" and hashed.startswith("css/site.")
    for suffix in ("", ".gz", ".br"):
        assert (static_root / f"{hashed}{suffix}").is_file()


def test_production_serves_static_files_with_long_caching_and_compression(production_env):
    env, _static_root = production_env
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["hashed"].startswith("/static/css/site.") and answer["hashed"].endswith(".css")
    status, body = answer["plain"]
    assert status == 200
    assert body == (ROOT / "static" / "css" / "site.css").read_text()[:200]
    assert answer["compressed"][0] == 200
    assert answer["compressed"][1] == "br"
    assert "immutable" in answer["compressed"][2]
