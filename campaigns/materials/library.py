"""Wagtail's image and document libraries get the same upload checks as material files.

Every way into the libraries (the add and edit forms, the multiple uploader, the choosers'
upload tabs, Wagtail's API) builds its form from WAGTAILIMAGES_IMAGE_FORM_BASE and
WAGTAILDOCS_DOCUMENT_FORM_BASE, which name the forms below. Documents exist for the video
block: a video (MP4, WebM), its captions (WebVTT) and, in rich text, a PDF. Nothing else is
accepted, and everything is checked by its content as a material file would be; the site then
serves documents as downloads with nosniff (settings: WAGTAILDOCS_INLINE_CONTENT_TYPES).
"""

from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from .captions import check_captions
from .uploads import extension, file_name, refusal
from .validation import decode_image, inspect_upload

# Pillow's names for the formats of WAGTAILIMAGES_EXTENSIONS.
LIBRARY_IMAGE_FORMATS = ["PNG", "JPEG", "WEBP", "GIF", "AVIF"]
# What a document may be, by the ending of its name (its content is then checked to match).
DOCUMENT_EXTENSIONS = (".pdf", ".mp4", ".webm", ".vtt")


def check_library_image(file):
    name = file_name(file)
    decode_image(file, name, LIBRARY_IMAGE_FORMATS, extension(name).lstrip(".").upper())


def check_document(file):
    name = file_name(file)
    suffix = extension(name)
    if suffix == ".vtt":
        check_captions(file)
    elif suffix in DOCUMENT_EXTENSIONS:
        inspect_upload(file)  # the content must be the PDF or video the name says
    else:
        raise refusal(
            _(
                "“%(name)s” cannot be a document: documents are PDFs, MP4 or WebM videos and "
                "their WebVTT (.vtt) captions. Put images in the image library."
            ),
            "document_type",
            name=name,
        )


class CheckedImageField(WagtailImageField):
    """Wagtail's image field, with the upload decoded whole before Wagtail reads it.

    Wagtail opens the upload to read its size, and the error from a truncated file escapes
    from there as a server error: decoded here first, it becomes a refusal with a reason.
    """

    def to_python(self, data):
        if isinstance(data, UploadedFile):  # a new upload; an edit may keep the stored file
            self.check_image_file_size(data)
            check_library_image(data)
        return super().to_python(data)


class CheckedImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")  # the multiple uploader's edit form has none
        if field is not None:
            self.fields["file"] = CheckedImageField(
                label=field.label, required=field.required, widget=field.widget
            )


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        file = self.cleaned_data.get("file")
        if isinstance(file, UploadedFile):
            check_document(file)
        return file

    def _post_clean(self):
        refused = list(self._errors.get("file", ()))
        super()._post_clean()
        if refused:
            # Wagtail's model check then reads the empty name of a file that was not taken and
            # adds "File extension “” is not allowed" under the real reason: keep the reason.
            del self._errors["file"][len(refused) :]
