"""An EmailMessage to JSON and back, so a message can wait in the database for a retry.

Everything an ESP backend reads is kept: subject, body, alternatives (HTML), recipients,
reply-to, extra headers, attachments (bytes in base64, MIME parts whole) and django-anymail's
own options (tags, metadata, tracking, templates, send_at).
"""

import base64
import datetime
import email
from email.mime.base import MIMEBase

from anymail.utils import UNSET
from django.core.mail import EmailMessage, EmailMultiAlternatives

ANYMAIL_ATTRIBUTES = (
    "envelope_sender",
    "metadata",
    "merge_metadata",
    "merge_headers",
    "tags",
    "track_clicks",
    "track_opens",
    "template_id",
    "merge_data",
    "merge_global_data",
    "esp_extra",
)


def _text_or_base64(content):
    if isinstance(content, bytes):
        return {"base64": base64.b64encode(content).decode("ascii")}
    return {"text": str(content)}


def _content(data):
    return base64.b64decode(data["base64"]) if "base64" in data else data["text"]


def _attachment(attachment):
    if isinstance(attachment, MIMEBase):
        return {"mime": base64.b64encode(attachment.as_bytes()).decode("ascii")}
    filename, content, mimetype = attachment
    return {"filename": filename, "mimetype": mimetype, **_text_or_base64(content)}


def _mime_part(raw):
    """A MIMEBase again (ESP backends test for it), from the bytes of the original part."""
    parsed = email.message_from_bytes(raw)
    part = MIMEBase(parsed.get_content_maintype(), parsed.get_content_subtype())
    for header in list(part.keys()):
        del part[header]
    for header, value in parsed.items():
        part[header] = value
    part.set_payload(parsed.get_payload())
    return part


def serialise(message):
    """A JSON-ready dict holding `message`; raises TypeError for what JSON cannot hold."""
    data = {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": str(message.from_email),
        "to": [str(address) for address in message.to],
        "cc": [str(address) for address in message.cc],
        "bcc": [str(address) for address in message.bcc],
        "reply_to": [str(address) for address in message.reply_to],
        "headers": {str(key): str(value) for key, value in message.extra_headers.items()},
        "content_subtype": message.content_subtype,
        "mixed_subtype": message.mixed_subtype,
        "attachments": [_attachment(attachment) for attachment in message.attachments],
    }
    alternatives = getattr(message, "alternatives", None)
    if alternatives is not None:
        data["alternatives"] = [
            {"mimetype": mimetype, **_text_or_base64(content)} for content, mimetype in alternatives
        ]
        data["alternative_subtype"] = getattr(message, "alternative_subtype", "alternative")
    anymail = {}
    for attribute in ANYMAIL_ATTRIBUTES:
        value = getattr(message, attribute, UNSET)
        if value is not UNSET:  # AnymailMessage's "not set", unlike None or False
            anymail[attribute] = value
    send_at = getattr(message, "send_at", UNSET)
    if send_at is UNSET:
        send_at = None
    if isinstance(send_at, datetime.datetime | datetime.date):
        anymail["send_at"] = {"iso": send_at.isoformat(), "date": type(send_at) is datetime.date}
    elif send_at is not None:
        anymail["send_at"] = {"value": send_at}
    if anymail:
        data["anymail"] = anymail
    return data


def deserialise(data):
    """A new EmailMessage (or EmailMultiAlternatives) equal to the one `serialise` read."""
    fields = {
        "subject": data["subject"],
        "body": data["body"],
        "from_email": data["from_email"],
        "to": data["to"],
        "cc": data["cc"],
        "bcc": data["bcc"],
        "reply_to": data["reply_to"],
        "headers": data["headers"],
    }
    if "alternatives" in data:
        message = EmailMultiAlternatives(
            **fields,
            alternatives=[(_content(item), item["mimetype"]) for item in data["alternatives"]],
        )
        message.alternative_subtype = data.get("alternative_subtype", "alternative")
    else:
        message = EmailMessage(**fields)
    message.content_subtype = data["content_subtype"]
    message.mixed_subtype = data["mixed_subtype"]
    for item in data["attachments"]:
        if "mime" in item:
            message.attach(_mime_part(base64.b64decode(item["mime"])))
        else:
            message.attach(item["filename"], _content(item), item["mimetype"])
    for attribute, value in data.get("anymail", {}).items():
        if attribute == "send_at":
            if "iso" in value:
                parse = datetime.date if value["date"] else datetime.datetime
                value = parse.fromisoformat(value["iso"])
            else:
                value = value["value"]
        setattr(message, attribute, value)
    return message
