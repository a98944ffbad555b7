import pytest
from django.core.exceptions import ValidationError

from campaigns.frame.models import HotlineSettings, tel_href


def test_tel_href_keeps_only_what_a_phone_dials():
    assert tel_href("0800 800 678") == "tel:0800800678"
    assert tel_href("+40 21 303 70 80") == "tel:+40213037080"


@pytest.mark.django_db
def test_defaults_are_the_national_numbers():
    hotline = HotlineSettings.load()
    assert hotline.information_line == "0800 800 678"
    assert hotline.emergency_number == "112"


@pytest.mark.django_db
@pytest.mark.parametrize("bad", ["0800-800-678", "call us", "0800 800 678 ext 2", "+"])
def test_numbers_that_cannot_be_dialled_are_rejected(bad):
    hotline = HotlineSettings(information_line=bad)
    with pytest.raises(ValidationError) as raised:
        hotline.full_clean()
    assert "information_line" in raised.value.message_dict
