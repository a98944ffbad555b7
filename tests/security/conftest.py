import pytest

from .world import build_world


@pytest.fixture
def world(db, django_user_model, tmp_path):
    return build_world(django_user_model, tmp_path)
