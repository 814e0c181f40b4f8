"""Local development: debug on, console e-mail, demo users allowed."""

from .base import *  # noqa: F403
from .base import SECRET_KEY

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-not-for-production"
ALLOWED_HOSTS = ["*"]
ALLOW_DEMO_PASSWORD = True
