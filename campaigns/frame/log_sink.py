"""Keeps nginx's error log without visitors' addresses.

nginx's error lines name the client ("..., client: 203.0.113.7, server: ...") and its
`error_log` has no format to leave that out. deploy/nginx.conf sends the error log as syslog
datagrams to this sink's socket instead of a file; the sink writes each line to standard
output (the journal, deploy/systemd/anitp-nginx-log.service) with every address replaced by
"[address]" and, as the access log does, without query strings (search words) or referrers.
If the sink is down nginx drops the lines: nothing is written anywhere with an address.

    .venv/bin/python -m campaigns.frame.log_sink /run/anitp-log/nginx.sock
"""

import argparse
import contextlib
import os
import re
import socket
import sys

from campaigns.frame.logs import redact

# "<11>Nov 22 12:00:00 nginx: ..." (RFC 3164 as nginx sends it, `nohostname`).
_SYSLOG_HEADER = re.compile(r"^<\d{1,3}>(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d )?")
# request: "GET /ro/cautare/?q=... HTTP/1.1", upstream: "http://.../?q=...": path only.
_QUERY = re.compile(r'((?:request|upstream): "[^"?]*)\?[^" ]*')
_REFERRER = re.compile(r', referrer: "[^"]*"')


def clean(datagram):
    """One nginx syslog datagram as a log line that keeps no visitor's data."""
    line = _SYSLOG_HEADER.sub("", datagram.decode("utf-8", "replace")).rstrip("\n")
    return redact(_REFERRER.sub("", _QUERY.sub(r"\1", line)))


def serve(path, out=sys.stdout):
    """Receive on the Unix datagram socket at `path` until stopped, writing to `out`."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)  # left by a previous run
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(path)
        # nginx's workers write as their own user: the unit gives the socket their group.
        os.chmod(path, 0o660)
        while True:
            out.write(clean(sock.recv(65536)) + "\n")
            out.flush()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("socket", help="path of the Unix datagram socket to create")
    serve(parser.parse_args(argv).socket)


if __name__ == "__main__":
    main()
