"""The public page tree: the home page, one landing page per audience, the shared StreamField."""
