"""The API's OpenAPI schema tells the truth: schemathesis, run as an outside client would, finds
nothing.

Schemathesis reads /api/v1/openapi.json from the running test server and, with a real token,
sends what the schema allows (each must be answered as documented) and what it forbids (each
must be refused), with every check it has: no server error, documented status codes, content
types and response bodies, valid input accepted, invalid input refused, undocumented methods
answered 405. The examples are bounded and generation is deterministic (hypothesis
derandomized: no seed, the same cases every run), so a run is repeatable and takes well under
a minute.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from .world import build_world

pytestmark = pytest.mark.fuzz

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")
MAX_EXAMPLES = 25
TIME_LIMIT = 240  # seconds; a run takes about a minute, a hung server must not hang the suite


@pytest.fixture
def world_online(live_site, django_user_model, tmp_path):
    """The world on the live server's own copy of the migrated database: a transactional test
    run earlier may have flushed the page tree's root from the suite's database."""
    return build_world(django_user_model, tmp_path)


def test_schemathesis_finds_nothing_wrong_with_the_api(live_site, world_online, tmp_path):
    world = world_online
    command = [
        str(SCHEMATHESIS),
        "run",
        f"{live_site}/api/v1/openapi.json",
        "--checks",
        "all",
        "--header",
        f"Authorization: Bearer {world['secret']}",
        "--max-examples",
        str(MAX_EXAMPLES),
        "--generation-deterministic",
        "--workers",
        "1",
        "--no-color",
    ]
    result = subprocess.run(
        command, cwd=tmp_path, capture_output=True, text=True, timeout=TIME_LIMIT, check=False
    )
    print(result.stdout[-3000:])
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert "No issues found" in result.stdout or " passed" in result.stdout
