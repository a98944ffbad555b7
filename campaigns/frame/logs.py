"""Logs that keep no visitor's address.

Visitors may be people being trafficked; an address in a log can place them. Every log the
site and its servers write passes through `redact` first: Django's handlers (the console and
the error mails to ADMINS, LOGGING in site/config/settings/base.py), gunicorn's error and
access logs (`GunicornLogger`, site/config/gunicorn.py) and nginx's error log (through
campaigns/frame/log_sink.py). deploy/LOGGING.md describes the whole arrangement.

No Django import here: gunicorn's master loads this module before Django is set up.
"""

import copy
import ipaddress
import logging
import re

from gunicorn import glogging

ADDRESS = "[address]"

# Anything of hex digits, dots and at least two colons, with an optional zone ("%eth0"), not
# inside a word ("std::map"); checked by ipaddress, so a time ("12:30:05") is left alone.
_IPV6 = re.compile(r"(?<![\w.:])[0-9a-f.:]*:[0-9a-f.:]*:[0-9a-f.:]*(?:%[\w.-]+)?", re.IGNORECASE)
# Any dotted quad, valid or not: "010.0.0.1" from a forged header is still somebody's address.
_IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w])")


def _ipv6(match):
    text = match.group()
    candidate = text.partition("%")[0]
    address = candidate.rstrip(":.")  # "ip=::1: error" ends the address at the second colon
    try:
        ipaddress.IPv6Address(address)
    except ValueError:
        return text
    return ADDRESS + candidate[len(address) :]


def redact(text):
    """`text` with every IPv4 and IPv6 address replaced by "[address]"."""
    return _IPV4.sub(ADDRESS, _IPV6.sub(_ipv6, text))


class RedactingFilter(logging.Filter):
    """Rewrites a record so no handler sees an address: its message, its traceback, and the
    request Django attaches (which error mails print, headers and all)."""

    _formatter = logging.Formatter()

    def filter(self, record):
        if getattr(record, "_redacted", False):
            return True
        record.msg, record.args = redact(record.getMessage()), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "META"):
            record.request = _redacted_request(request)
        record._redacted = True
        return True


def _redacted_request(request):
    """A shallow copy of `request` whose META (REMOTE_ADDR, X-Forwarded-For, ...) and headers
    hold no address; the view's own request is left as it is."""
    meta = {
        key: redact(value) if isinstance(value, str) else value
        for key, value in request.META.items()
    }
    clone = copy.copy(request)
    clone.__dict__.pop("headers", None)  # a cached view of the old META: rebuilt on demand
    clone.META = meta
    if hasattr(clone, "environ"):
        clone.environ = meta
    return clone


class GunicornLogger(glogging.Logger):
    """gunicorn's logger with every record redacted.

    The access log format (site/config/gunicorn.py) has no address to begin with, but the error
    log writes one for every malformed request ("Invalid request from ip=..."), forbidden
    proxy lines and the like.
    """

    def setup(self, cfg):
        super().setup(cfg)
        for logger in (self.error_log, self.access_log):
            if not any(isinstance(each, RedactingFilter) for each in logger.filters):
                logger.addFilter(RedactingFilter())
