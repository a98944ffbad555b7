"""gunicorn's settings: `gunicorn -c site/config/gunicorn.py` serves the site with no other flag.

Every value can be changed from the environment (GUNICORN_*), so a systemd unit or container sets
the few that differ per machine. Command-line flags still win over this file (`make run` passes
its bind address and worker count).
"""

import multiprocessing
import os
from pathlib import Path

_BASE_DIR = Path(__file__).resolve().parents[2]

wsgi_app = "config.wsgi:application"
chdir = str(_BASE_DIR)
pythonpath = f"{_BASE_DIR / 'site'},{_BASE_DIR}"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000").split(",")

# Sync workers: the application is CPU- and database-bound, and nginx buffers slow phones.
workers = int(os.environ.get("GUNICORN_WORKERS") or multiprocessing.cpu_count() * 2 + 1)
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
# A request slower than this is killed; a worker told to stop gets this long to finish its own.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Workers are replaced now and then, so a slow leak never grows into an outage.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "5000"))
max_requests_jitter = max_requests // 10

# The workers' heartbeat files: on a disk they stall when the disk does; memory never does.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

# Only the proxy on this machine may say which scheme the visitor used.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# Visitors may be people being trafficked: the access log records no address, user agent
# nor query string (search words), only when, which path, the outcome, the size and how long it
# took in milliseconds. Flags such as `make run`'s --access-logfile keep this format.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
errorlog = os.environ.get("GUNICORN_ERROR_LOG", "-")
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# The error log names the client of every malformed request ("Invalid request from ip=...");
# this logger replaces any address in either log with "[address]" (deploy/LOGGING.md).
logger_class = "campaigns.frame.logs.GunicornLogger"
