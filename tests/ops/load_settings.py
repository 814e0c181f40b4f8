"""Settings of the gunicorn that the fault-under-load tests start (test_fault_under_load.py):
the front-cache test settings (uploads on disk, static files from the finders), with database
connections kept as production keeps them (base.py: 60 s, checked before use)."""

from tests.deploy.front_settings import *  # noqa: F403

DATABASES["default"]["CONN_MAX_AGE"] = 60  # noqa: F405
