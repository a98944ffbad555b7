"""Admin login and password-reset throttling that slows an attacker without locking anyone out.

Failed logins are counted per username *from one address*, and per address; never per username
alone, or anyone could lock a coordinator out by typing her username wrongly five times. A
stranger's failures therefore slow only the stranger's own address. The count of a username
from an address is keyed on the account's password hash too, so a new password (a reset by
e-mail, a coordinator setting one, `changepassword`) starts every address's count afresh.

Password-reset requests are counted per address (refused with 429) and per e-mail address (the
form answers as always but no further mail goes out: the links already sent stay valid, so a
stranger asking for resets cannot keep the owner from resetting).

Counts live in the default cache, shared by every worker: Redis, else the file cache in var/
(site/config/settings/base.py). Keys are keyed hashes: the cache never holds a username, an
e-mail address, an IP address or anything typed into the password field.
"""

import hashlib
import hmac
import ipaddress
import unicodedata

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.forms.utils import ErrorDict
from django.http import HttpResponseRedirect
from django.utils.translation import ngettext_lazy
from wagtail.admin.views.account import LoginView, PasswordResetView

REFUSED = ngettext_lazy(
    "Too many failed attempts to log in. Wait %(minutes)s minute and try again, "
    "or ask a coordinator to reset your password.",
    "Too many failed attempts to log in. Wait %(minutes)s minutes and try again, "
    "or ask a coordinator to reset your password.",
    "minutes",
)
RESET_REFUSED = ngettext_lazy(
    "Too many requests to reset a password. Wait %(minutes)s minute and try again.",
    "Too many requests to reset a password. Wait %(minutes)s minutes and try again.",
    "minutes",
)


def client_address(request):
    """The visitor's address: the proxy's header when one is configured, else the socket's."""
    header = getattr(settings, "CLIENT_ADDRESS_HEADER", "")
    if header:
        forwarded = request.META.get(header, "")
        # X-Forwarded-For grows left to right; the last entry is the one our proxy added.
        candidate = forwarded.split(",")[-1].strip()
        if candidate:
            return candidate
    return request.META.get("REMOTE_ADDR", "")


def address_network(address):
    """What one client is counted as: its IPv4 address, or its IPv6 /64.

    An IPv6 host is usually handed a whole /64 and can change address within it at will.
    """
    try:
        ip = ipaddress.ip_address(address.strip().strip("[]"))
    except ValueError:
        return address
    if ip.version == 6 and ip.ipv4_mapped:
        return str(ip.ipv4_mapped)
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def _digest(kind, *values):
    message = "\0".join([kind, *values]).encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()[:32]


class Counts:
    """Counts in fixed windows (from the first event) under several keys, each with its limit."""

    def __init__(self, limits, window):
        self.limits = limits
        self.window = window

    def exceeded(self):
        counts = cache.get_many(list(self.limits))
        return any(counts.get(key, 0) >= limit for key, limit in self.limits.items())

    def record(self):
        for key in self.limits:
            # add() starts the window; incr() keeps its expiry (and is atomic on Redis).
            cache.add(key, 0, timeout=self.window)
            try:
                cache.incr(key)
            except ValueError:  # expired between add() and incr()
                cache.set(key, 1, timeout=self.window)

    @property
    def minutes(self):
        return max(1, round(self.window / 60))


def _password_hash(username):
    """The account's password hash ("" for no such account): a new password, a new count."""
    if not username or "\x00" in username:  # PostgreSQL refuses NUL; the form will too
        return ""
    user_model = get_user_model()
    lookup = {user_model.USERNAME_FIELD: username}
    return user_model._default_manager.filter(**lookup).values_list("password", flat=True).first()


def login_address_key(address):
    """The cache key of the failed logins from `address` (its IPv6 /64)."""
    return "login-throttle:addr:" + _digest("addr", address_network(address))


class LoginThrottle(Counts):
    """Failure counts for one login attempt: its username from its address, and its address."""

    def __init__(self, username, address):
        config = settings.LOGIN_THROTTLE
        # As the login form cleans it (UsernameField), so "ana " is counted as "ana".
        username = unicodedata.normalize("NFKC", username.strip())
        network = address_network(address)
        self.pair_key = "login-throttle:pair:" + _digest(
            "pair", username, network, _password_hash(username) or ""
        )
        self.address_key = login_address_key(address)
        super().__init__(
            {
                self.pair_key: config["max_per_username_and_address"],
                self.address_key: config["max_per_address"],
            },
            config["window_seconds"],
        )

    @classmethod
    def for_request(cls, request):
        return cls(request.POST.get("username", ""), client_address(request))

    def is_locked(self):
        return self.exceeded()

    def record_failure(self):
        self.record()

    def clear_username(self):
        """A successful login forgets this username's failures from this address (only)."""
        cache.delete(self.pair_key)


class ThrottledLoginView(LoginView):
    """Wagtail's login, refusing attempts once the username from this address, or the address,
    has failed too often."""

    def post(self, request, *args, **kwargs):
        self.throttle = LoginThrottle.for_request(request)
        if self.throttle.is_locked():
            return self.refuse()
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        self.throttle.record_failure()
        if self.throttle.is_locked():
            return self.refuse()
        return super().form_invalid(form)

    def form_valid(self, form):
        self.throttle.clear_username()
        return super().form_valid(form)

    def refuse(self):
        """The login form, unbound (no password is checked), with the reason and HTTP 429."""
        form = self.get_form_class()(
            self.request, initial={"username": self.request.POST.get("username", "")}
        )
        return _refusal(self, form, REFUSED % {"minutes": self.throttle.minutes})


def reset_counts_for_address(address):
    """Password-reset requests from one address (its IPv6 /64)."""
    config = settings.PASSWORD_RESET_THROTTLE
    key = "reset-throttle:addr:" + _digest("reset-addr", address_network(address))
    return Counts({key: config["max_per_address"]}, config["window_seconds"])


def reset_counts_for_email(email):
    """Password-reset mails asked for one e-mail address, whoever asked."""
    config = settings.PASSWORD_RESET_THROTTLE
    key = "reset-throttle:email:" + _digest("reset-email", email.strip().casefold())
    return Counts({key: config["max_per_email"]}, config["window_seconds"])


class ThrottledPasswordResetView(PasswordResetView):
    """Wagtail's "forgotten password" form: 429 for an address asking too often; no more mail
    to an e-mail address that was sent enough already (the answer looks the same)."""

    def post(self, request, *args, **kwargs):
        by_address = reset_counts_for_address(client_address(request))
        if by_address.exceeded():
            form = self.get_form_class()()
            return _refusal(self, form, RESET_REFUSED % {"minutes": by_address.minutes})
        by_address.record()
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        by_email = reset_counts_for_email(form.cleaned_data["email"])
        if by_email.exceeded():
            return HttpResponseRedirect(self.get_success_url())
        by_email.record()
        return super().form_valid(form)


def _refusal(view, form, message):
    """`form`, unbound, carrying `message` as its error, rendered by `view` with HTTP 429."""
    # An unbound form has no errors and no cleaned data; give it an empty set of both.
    form._errors, form.cleaned_data = ErrorDict(), {}
    form.add_error(None, message)
    response = view.render_to_response(view.get_context_data(form=form))
    response.status_code = 429
    return response
