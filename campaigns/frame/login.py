"""Admin login with throttling: repeated failures for one username or from one address are
refused for a while, with HTTP 429 and the login form saying why.

Counts live in the Django cache, so every worker (and every machine sharing the Redis cache)
sees the same ones. Keys are keyed hashes of the username and the address: the cache never
holds a username, an address or anything typed into the password field.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache
from django.forms.utils import ErrorDict
from django.utils.translation import ngettext_lazy
from wagtail.admin.views.account import LoginView

REFUSED = ngettext_lazy(
    "Too many failed attempts to log in. Wait %(minutes)s minute and try again, "
    "or ask a coordinator to reset your password.",
    "Too many failed attempts to log in. Wait %(minutes)s minutes and try again, "
    "or ask a coordinator to reset your password.",
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


def _digest(kind, value):
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()[:32]


class LoginThrottle:
    """Failure counts for one login attempt's username and address, in fixed windows."""

    def __init__(self, username, address):
        config = settings.LOGIN_THROTTLE
        self.window = config["window_seconds"]
        self.limits = {
            f"login-throttle:user:{_digest('user', username.strip().casefold())}": config[
                "max_per_username"
            ],
            f"login-throttle:addr:{_digest('addr', address)}": config["max_per_address"],
        }
        self.username_key = next(iter(self.limits))

    @classmethod
    def for_request(cls, request):
        return cls(request.POST.get("username", ""), client_address(request))

    def is_locked(self):
        counts = cache.get_many(list(self.limits))
        return any(counts.get(key, 0) >= limit for key, limit in self.limits.items())

    def record_failure(self):
        for key in self.limits:
            # add() starts the window; incr() keeps its expiry.
            cache.add(key, 0, timeout=self.window)
            try:
                cache.incr(key)
            except ValueError:  # expired between add() and incr()
                cache.set(key, 1, timeout=self.window)

    def clear_username(self):
        """A successful login forgets the username's failures (not the address's)."""
        cache.delete(self.username_key)

    @property
    def minutes(self):
        return max(1, round(self.window / 60))


class ThrottledLoginView(LoginView):
    """Wagtail's login, refusing attempts once the username or the address is throttled."""

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
        # An unbound form has no errors and no cleaned data; give it an empty set of both.
        form._errors, form.cleaned_data = ErrorDict(), {}
        form.add_error(None, REFUSED % {"minutes": self.throttle.minutes})
        response = self.render_to_response(self.get_context_data(form=form))
        response.status_code = 429
        return response
