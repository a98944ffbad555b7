"""Admin screens of the reach app, one module per screen; `wagtail_hooks` imports them."""
