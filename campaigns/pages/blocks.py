"""The StreamField blocks every public page type shares, gathered in BaseStreamBlock."""

from django.core.exceptions import ValidationError
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Section heading")), ("h3", _("Subheading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading_block.html"
        preview_value = {"text": "Cum recunoști o ofertă de muncă înșelătoare", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = "blocks/paragraph_block.html"
        preview_value = (
            "<p>Traficul de persoane începe adesea cu o ofertă prea bună ca să fie adevărată.</p>"
        )


# The rendition image_block.html shows, fetched for every image block of a body at once.
BODY_IMAGE_FILTER = "width-800|format-webp"


class ImageBlock(blocks.StructBlock):
    """An image whose alternative text is required: the text is what a screen reader says."""

    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image_block.html"

    def bulk_to_python(self, values):
        """The body's images arrive with their renditions: one query, not one per image."""
        struct_values = super().bulk_to_python(values)
        images = [value["image"] for value in struct_values if value.get("image") is not None]
        if images:
            rendition_model = images[0].get_rendition_model()
            prefetch_related_objects(
                images,
                Prefetch(
                    "renditions",
                    queryset=rendition_model.objects.filter(filter_spec=BODY_IMAGE_FILTER),
                    to_attr="prefetched_renditions",
                ),
            )
        return struct_values


class WarningSignsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=200)
    signs = blocks.ListBlock(blocks.CharBlock(label=_("sign"), max_length=300), label=_("signs"))

    class Meta:
        icon = "warning"
        label = _("Warning signs")
        template = "blocks/warning_signs_block.html"
        preview_value = {
            "heading": "Semne de avertizare",
            "signs": [
                "Angajatorul îți cere pașaportul „pentru păstrare”.",
                "Ți se spune că ai o datorie pe care nu o poți plăti.",
            ],
        }


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=200)
    text = blocks.TextBlock(label=_("text"))

    class Meta:
        icon = "list-ol"
        label = _("Step")


class StepsBlock(blocks.StructBlock):
    """ "What you can do": numbered actions a reader can take."""

    heading = blocks.CharBlock(label=_("heading"), max_length=200)
    steps = blocks.ListBlock(StepBlock(), label=_("steps"))

    class Meta:
        icon = "list-ol"
        label = _("What you can do")
        template = "blocks/steps_block.html"
        preview_value = {
            "heading": "Ce poți face",
            "steps": [
                {"title": "Verifică angajatorul", "text": "Cere contractul înainte de plecare."},
                {"title": "Sună gratuit", "text": "Linia TelVerde îți răspunde."},
            ],
        }


class HotlineBlock(blocks.StructBlock):
    """A call to the hotline; the numbers come from the hotline settings, never retyped."""

    heading = blocks.CharBlock(label=_("heading"), max_length=200)
    text = blocks.TextBlock(label=_("text"), required=False)

    class Meta:
        icon = "mobile-alt"
        label = _("Hotline call to action")
        template = "blocks/hotline_block.html"
        preview_value = {
            "heading": "Ai nevoie de ajutor sau de informații?",
            "text": "Apelul este gratuit și confidențial.",
        }


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("question"), max_length=300)
    answer = blocks.RichTextBlock(label=_("answer"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Question and answer")


class QuestionsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), max_length=200)
    items = blocks.ListBlock(QuestionAnswerBlock(), label=_("questions"))

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        template = "blocks/questions_block.html"
        preview_value = {
            "heading": "Întrebări frecvente",
            "items": [
                {
                    "question": "Linia 0800 800 678 este gratuită?",
                    "answer": "<p>Da, din orice rețea din România.</p>",
                }
            ],
        }


class VideoBlock(blocks.StructBlock):
    """A self-hosted video: no third-party player, and captions are not optional."""

    video = DocumentChooserBlock(
        label=_("video file"), help_text=_("An MP4 or WebM file from the documents library.")
    )
    captions = DocumentChooserBlock(
        label=_("captions"),
        help_text=_("A WebVTT (.vtt) caption file in the page's language."),
    )
    title = blocks.CharBlock(label=_("title"), max_length=200)
    transcript = blocks.TextBlock(label=_("transcript"), required=False)
    poster = ImageChooserBlock(label=_("poster image"), required=False)

    class Meta:
        icon = "media"
        label = _("Video with captions")
        template = "blocks/video_block.html"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        video, captions = value.get("video"), value.get("captions")
        if video and video.file_extension.lower() not in ("mp4", "webm"):
            errors["video"] = ValidationError(_("Choose an MP4 or WebM video file."))
        if captions and captions.file_extension.lower() != "vtt":
            errors["captions"] = ValidationError(_("Choose a WebVTT (.vtt) caption file."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class SurvivorQuoteBlock(blocks.StructBlock):
    """A survivor's words, published only with their recorded consent and never their identity."""

    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(
        label=_("attribution"),
        max_length=120,
        required=False,
        help_text=_(
            "A description that cannot identify the person, e.g. “a woman who survived labour "
            "exploitation”. Never a name, a place or an age, and never a minor's words."
        ),
    )
    consent_recorded = blocks.BooleanBlock(
        label=_("consent recorded"),
        required=True,
        help_text=_(
            "Tick only if the survivor's informed consent to publish these words is recorded in "
            "ANITP's files."
        ),
    )

    class Meta:
        icon = "openquote"
        label = _("Survivor's quote")
        template = "blocks/survivor_quote_block.html"
        preview_value = {
            "quote": "Am crezut că e o ofertă de muncă. Acum știu că nu a fost vina mea.",
            "attribution": "o femeie care a supraviețuit exploatării prin muncă",
            "consent_recorded": True,
        }


class MaterialsBlock(blocks.StructBlock):
    """Prevention materials to download; withdrawn ones (past their review date) are not shown."""

    heading = blocks.CharBlock(label=_("heading"), max_length=200)
    materials = blocks.ListBlock(
        SnippetChooserBlock("materials.Material", label=_("material")), label=_("materials")
    )

    class Meta:
        icon = "doc-full-inverse"
        label = _("Materials to download")
        template = "blocks/materials_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        keys = [material.pk for material in value["materials"] if material is not None]
        current = _current_materials(keys, (parent_context or {}).get("page"))
        context["current_materials"] = [current[pk] for pk in keys if pk in current]
        return context


def _current_materials(keys, page):
    """The current materials among `keys`, with their files.

    Fetched once per page for all its materials blocks (every language's body), not per block.
    """
    from campaigns.materials.models import Material

    known = page.__dict__.setdefault("_current_block_materials", {}) if page is not None else {}
    asked = known.setdefault(None, set())
    missing = set(keys) - asked
    if missing and page is not None:
        body = getattr(page, "body", None) or []
        for block in body:
            if block.block_type == "materials":
                missing.update(m.pk for m in block.value["materials"] if m is not None)
    if missing:
        for material in Material.objects.current().filter(pk__in=missing).prefetch_related("files"):
            known[material.pk] = material
        asked.update(missing)
    return known


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    warning_signs = WarningSignsBlock()
    steps = StepsBlock()
    hotline = HotlineBlock()
    questions = QuestionsBlock()
    video = VideoBlock()
    survivor_quote = SurvivorQuoteBlock()
    materials = MaterialsBlock()
