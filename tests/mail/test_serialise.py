"""A message survives the trip through the database whole: what the provider gets is the same."""

import json
from email.mime.base import MIMEBase
from email.mime.image import MIMEImage

from anymail.message import AnymailMessage
from django.core.mail import EmailMessage, EmailMultiAlternatives

from campaigns.mail.serialise import deserialise, serialise

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))


def round_trip(message):
    return deserialise(json.loads(json.dumps(serialise(message))))


def test_an_html_message_with_attachments_comes_back_the_same():
    message = EmailMultiAlternatives(
        subject="Campania „Jobul perfect” așteaptă aprobarea",
        body="Textul simplu.",
        from_email="ANITP <no-reply@anitp.example.org>",
        to=["ana@anitp.example.org"],
        cc=["ion@anitp.example.org"],
        bcc=["arhiva@anitp.example.org"],
        reply_to=["coordonator@anitp.example.org"],
        headers={"Auto-Submitted": "auto-generated"},
    )
    message.attach_alternative("<p>Textul <b>HTML</b> — नेपाली</p>", "text/html")
    message.attach("raport.csv", "judet,beneficiari\nTM,250\n", "text/csv")
    message.attach("afis.png", PNG, "image/png")
    inline = MIMEImage(PNG, "png")
    inline.add_header("Content-ID", "<logo>")
    message.attach(inline)

    copy = round_trip(message)

    assert isinstance(copy, EmailMultiAlternatives)
    for attribute in ("subject", "body", "from_email", "to", "cc", "bcc", "reply_to"):
        assert getattr(copy, attribute) == getattr(message, attribute)
    assert copy.extra_headers == {"Auto-Submitted": "auto-generated"}
    assert [tuple(item) for item in copy.alternatives] == [
        ("<p>Textul <b>HTML</b> — नेपाली</p>", "text/html")
    ]
    assert [tuple(item) for item in copy.attachments[:2]] == [
        ("raport.csv", "judet,beneficiari\nTM,250\n", "text/csv"),
        ("afis.png", PNG, "image/png"),
    ]
    part = copy.attachments[2]
    assert isinstance(part, MIMEBase)  # as ESP backends expect of an inline part
    assert part["Content-ID"] == "<logo>"
    assert part.get_payload(decode=True) == PNG
    # What would go over the wire holds every part.
    wire = copy.message().as_bytes()
    assert b'filename="raport.csv"' in wire
    assert b'filename="afis.png"' in wire
    assert b"Content-ID: <logo>" in wire


def test_a_plain_message_stays_plain_and_anymail_options_are_kept():
    message = AnymailMessage(subject="Subiect", body="Text", to=["a@anitp.example.org"])
    message.tags = ["orders"]
    message.metadata = {"order": 12}
    message.track_clicks = False

    copy = round_trip(message)
    plain = round_trip(EmailMessage("Subiect", "Text", to=["a@anitp.example.org"]))

    assert (copy.tags, copy.metadata, copy.track_clicks) == (["orders"], {"order": 12}, False)
    assert not hasattr(plain, "alternatives")
