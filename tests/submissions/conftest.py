from tests.posts.conftest import as_user, world  # noqa: F401 (fixtures of the posts' tests)
