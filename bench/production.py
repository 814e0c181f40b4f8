"""Django for the benchmarks: production settings with the local secret of `make serve`
(the same database through DATABASE_URL, the same cache through REDIS_URL)."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup_django():
    secret = ROOT / ".local" / "secret-key"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "stabiliteit.settings.production")
    os.environ.setdefault("SECRET_KEY", secret.read_text().strip() if secret.exists() else "b" * 50)
    os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
    os.environ.setdefault("LOCAL_HTTP", "1")
    import django  # after the environment above: Django reads it when it is set up

    django.setup()
