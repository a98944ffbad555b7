"""Admin views for consular posts: the posts and their API tokens, orders, and reports."""
