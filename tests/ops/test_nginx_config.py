"""The nginx configuration in the repository is valid (`nginx -t`) and keeps private
documents away from direct file serving (issue 14 #1, trust issue C)."""

import os
import re
import shutil
import subprocess

import pytest

from tests.ops.conftest import required
from tests.stabiliteit.test_production_settings import ROOT

CONFIG = ROOT / "deploy" / "nginx" / "stabiliteit.conf"
CERT_DIR = "/etc/letsencrypt/live/maatschappelijkestabiliteit.nl/"
LOG_DIR = "/var/log/nginx/"


@pytest.fixture
def nginx():
    binary = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
    if binary is None:
        message = "nginx is not installed (Debian: apt-get install nginx; .ci/run installs it)"
        if required("NGINX"):
            pytest.fail(message)
        pytest.skip(message)
    return binary


def test_nginx_accepts_the_configuration(nginx, tmp_path):
    """The file as shipped, with a throw-away certificate and log directory."""
    certificate = ["-keyout", tmp_path / "privkey.pem", "-out", tmp_path / "fullchain.pem"]
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
         "-subj", "/CN=test", "-days", "1", *certificate],
        check=True,
        capture_output=True,
    )  # fmt: skip
    site = CONFIG.read_text().replace(CERT_DIR, f"{tmp_path}/").replace(LOG_DIR, f"{tmp_path}/")
    (tmp_path / "stabiliteit.conf").write_text(site)
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n  include /etc/nginx/mime.types;\n  include {tmp_path}/stabiliteit.conf;\n}}\n"
    )
    result = subprocess.run(
        [nginx, "-t", "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


def test_only_the_public_media_directories_are_served_from_disk():
    from core.media import PUBLIC_MEDIA_DIRECTORIES

    text = CONFIG.read_text()
    served = re.findall(r"location \^~ /media/(\S+) \{\s*alias /srv/stabiliteit/media/(\S+);", text)
    assert sorted(directory for directory, _alias in served) == sorted(PUBLIC_MEDIA_DIRECTORIES)
    assert all(directory == alias for directory, alias in served)
    # Anything else under /media/ (documents above all) is refused.
    assert re.search(r"location \^~ /media/ \{\s*return 404;", text)
    assert "/media/documents" not in text.replace("# ", "")
    assert "X-Forwarded-For $remote_addr" in text and "X-Request-ID $request_id" in text
