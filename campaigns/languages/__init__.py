"""The site's languages: how each is named, written, routed, and falls back."""
