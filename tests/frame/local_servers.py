"""Start a real server (moto's S3, Redis) on a free loopback port for the length of a test module.

The scale-out tests talk to the same kind of server production uses, not to a mock inside the
test process: what is uploaded, cached or stored crosses a socket as it would between machines.
"""

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def require_program(name, package):
    """The path of `name`, or a failure saying which Debian package provides it."""
    path = shutil.which(name)
    assert path, f"{name} is missing: apt-get install {package} (.ci/run installs it)"
    return path


@contextlib.contextmanager
def running(command, is_ready, timeout=30, **popen):
    """Run `command` until the block ends; wait first until `is_ready()` returns true.

    Its output goes to a temporary file, not a pipe: a server logging every request (moto does)
    would block once a pipe nobody reads is full.
    """
    log = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 (closed in `finally`)
    process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, text=True, **popen)
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                log.seek(0)
                raise RuntimeError(f"{command[0]} exited: {log.read()[-2000:]}")
            with contextlib.suppress(OSError):
                if is_ready():
                    break
            if time.monotonic() > deadline:
                raise RuntimeError(f"{command[0]} did not start within {timeout}s")
            time.sleep(0.1)
        yield process
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def run_django(script, env):
    """Run `script` in a fresh interpreter with the test settings: another worker process.

    `env` adds to (and wins over) the test process's environment; the caller's DJANGO_*, AWS_*
    and REDIS_URL are dropped so the child sees only what the test sets.
    """
    child_env = {
        k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "AWS_", "REDIS_URL"))
    }
    child_env.update({"DJANGO_SETTINGS_MODULE": "config.settings.test", **env})
    prelude = "import django, sys\nsys.path[:0] = ['site', '.']\ndjango.setup()\n"
    result = subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(script)],
        cwd=ROOT,
        env=child_env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout
