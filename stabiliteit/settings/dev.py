"""Local development: debug on, console e-mail, demo users allowed."""

import os

from .base import *  # noqa: F403
from .base import SECRET_KEY, env_bool

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-not-for-production"
ALLOWED_HOSTS = ["*"]
# The development server (make run); a request's own host still wins where there is one.
BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL") or BASE_URL
ALLOW_DEMO_PASSWORD = True

# Demo users log in without a second factor (set TWO_FACTOR_REQUIRED=1 to try it).
TWO_FACTOR_REQUIRED = env_bool("TWO_FACTOR_REQUIRED", False)

# Background tasks run at once, in the request (no worker to start); production queues
# them in the database (base.py, search/indexqueue.py).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
