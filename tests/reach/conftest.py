import pytest

from tests.pages.campaign_tree import build_campaign_tree
from tests.parallel import live_site  # noqa: F401 (the live server of the parallel tests)


@pytest.fixture
def tree(db, django_user_model):
    return build_campaign_tree(django_user_model)
