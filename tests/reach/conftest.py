import pytest

from tests.pages.campaign_tree import build_campaign_tree


@pytest.fixture
def tree(db, django_user_model):
    return build_campaign_tree(django_user_model)
