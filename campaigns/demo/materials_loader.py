"""Load the demo materials and their files, the consular posts, their orders and their reports.

`load_materials(stdout)` is called by `load_demo_data` after the taxonomies, the campaigns and
the PNA exist, inside the command's transaction. The data is `materials_content.py`; the files
are `files/<key>-<language>.pdf|png`, made by `build_demo_files.py` and committed.

Orders get their author from `attribute_orders()`, which the command calls once the demo
accounts exist.

Idempotent: everything is found again by a natural key (a material by its key, a file by
material and language, a post by its code, an order by post and creation time, a report by post,
year and semester, a line by its parent, material and language), and written only when a value
differs, so a second run writes nothing. A file is replaced only when its SHA-256 changed, and
through the model, so the upload checks and the thumbnail run as for an editor's upload.
"""

import hashlib
from datetime import date, datetime
from pathlib import Path

from django.core.files.base import ContentFile
from django.db import transaction

from campaigns.materials.models import Material, MaterialFile
from campaigns.pages.models import CampaignPage
from campaigns.pna.models import Action
from campaigns.posts.models import (
    ConsularPost,
    DistributionLine,
    DistributionReport,
    Order,
    OrderLine,
)
from campaigns.taxonomy.models import Audience, ExploitationForm

from . import materials_content as content

FILES_DIR = Path(__file__).resolve().parent / "files"


def load_materials(stdout):
    materials, files, replaced = _load_materials()
    posts = _load_posts()
    orders = _load_orders(posts, materials)
    reports = _load_reports(posts, materials)
    stdout.write(
        f"Materials: {len(materials)} ({files} files, {replaced} new or replaced), consular "
        f"posts: {len(posts)}, orders: {orders}, distribution reports: {reports}"
    )
    return materials


def _translated(field, values):
    return {f"{field}_{code}": value for code, value in values.items()}


def _aware(value):
    return datetime.fromisoformat(value) if value else None


def _upsert(model, lookup, values):
    """The object `lookup` finds, created or updated to `values`; saved only if one differs."""
    instance = model.objects.filter(**lookup).first()
    if instance is None:
        return model.objects.create(**lookup, **values)
    changed = [name for name, value in values.items() if getattr(instance, name) != value]
    if changed:
        for name in changed:
            setattr(instance, name, values[name])
        instance.save(update_fields=changed)
    return instance


def _by_key(objects, keys, what, owner):
    missing = sorted(set(keys) - set(objects))
    if missing:
        raise LookupError(
            f"{owner}: no {what} {', '.join(missing)}; load the demo taxonomies, campaigns and "
            "PNA first (manage.py load_demo_data)"
        )
    return [objects[key] for key in keys]


def _load_materials():
    audiences = {item.key: item for item in Audience.objects.all()}
    forms = {item.key: item for item in ExploitationForm.objects.all()}
    campaigns = {page.slug_ro: page for page in CampaignPage.objects.filter(alias_of__isnull=True)}
    actions = {action.code: action for action in Action.objects.all()}

    materials = {}
    file_count = replaced = 0
    for data in content.MATERIALS:
        key = data["key"]
        material = _upsert(
            Material,
            {"key": key},
            {
                "type": data["type"],
                "version": data["version"],
                "review_by": date.fromisoformat(data["review_by"]),
                **_translated("title", data["title"]),
                **_translated("description", data["description"]),
            },
        )
        relations = {
            "audiences": _by_key(audiences, data["audiences"], "audience", key),
            "exploitation_forms": _by_key(forms, data["forms"], "exploitation form", key),
            "campaigns": _by_key(campaigns, data["campaigns"], "campaign", key),
            "pna_actions": _by_key(actions, data["pna_actions"], "PNA action", key),
        }
        changed = False
        for name, wanted in relations.items():
            manager = getattr(material, name)
            if {item.pk for item in manager.all()} != {item.pk for item in wanted}:
                manager.set(wanted)  # kept by the cluster until the save below
                changed = True
        if changed:
            material.save()
        for position, language in enumerate(data["files"]):
            replaced += _load_file(material, data, language, position)
            file_count += 1
        materials[key] = material
    return materials, file_count, replaced


def _load_file(material, data, language, position):
    """Create or update one MaterialFile; returns 1 if its file was stored, else 0."""
    extension = ".png" if data["type"] == Material.Type.SOCIAL_GRAPHIC else ".pdf"
    name = f"{data['key']}-{language}{extension}"
    path = FILES_DIR / name
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: run campaigns/demo/build_demo_files.py")
    raw = path.read_bytes()
    spec = data["print"]
    values = {
        "print_format": spec["format"],
        "width_mm": spec["width_mm"],
        "height_mm": spec["height_mm"],
        "bleed_mm": spec["bleed_mm"],
        "sort_order": position,
    }
    item = MaterialFile.objects.filter(material=material, language=language).first()
    if item is None:
        item = MaterialFile(material=material, language=language)
    new_file = not item.file or item.sha256 != hashlib.sha256(raw).hexdigest()
    changed = [field for field, value in values.items() if getattr(item, field) != value]
    if not (new_file or changed):
        return 0
    for field in changed:
        setattr(item, field, values[field])
    old_name = item.file.name if item.file else ""
    if new_file:
        # Uncommitted: the model inspects it, records its SHA-256 and makes the thumbnail.
        item.file = ContentFile(raw, name=name)
    item.full_clean()
    item.save()
    if new_file and old_name and old_name != item.file.name:
        storage = item.file.storage
        transaction.on_commit(lambda: storage.delete(old_name))
    return int(new_file)


def _load_posts():
    posts = {}
    for data in content.POSTS:
        posts[data["code"]] = _upsert(
            ConsularPost,
            {"code": data["code"]},
            {field: data[field] for field in ("name", "country", "city", "email")},
        )
    return posts


def _load_lines(model, parent_field, parent, lines, materials):
    kept = []
    for key, language, quantity in lines:
        line = _upsert(
            model,
            {parent_field: parent, "material": materials[key], "language": language},
            {"quantity": quantity},
        )
        kept.append(line.pk)
    model.objects.filter(**{parent_field: parent}).exclude(pk__in=kept).delete()


def _load_orders(posts, materials):
    for data in content.ORDERS:
        post = posts[data["post"]]
        created_at = _aware(data["created"])
        values = {
            "status": data["status"],
            "note": data["note"],
            "coordinator_comment": data.get("coordinator_comment", ""),
            "approved_at": _aware(data.get("approved")),
            "shipped_at": _aware(data.get("shipped")),
            "received_at": _aware(data.get("received")),
        }
        order = Order.objects.filter(post=post, created_at=created_at).first()
        if order is None:
            order = Order.objects.create(post=post, **values)
            # created_at is set on insert; the demo's timeline (and natural key) needs its own.
            Order.objects.filter(pk=order.pk).update(created_at=created_at)
        else:
            order = _upsert(Order, {"pk": order.pk}, values)
        _load_lines(OrderLine, "order", order, data["lines"], materials)
    return len(content.ORDERS)


def attribute_orders():
    """Give each demo order without an author the first staff account of its post (`londra`
    for London), once `load_demo_data` has made the accounts; an author already set is kept.

    A post without a demo account leaves its orders without one, as a deleted account would.
    """
    attributed = 0
    for data in content.ORDERS:
        post = ConsularPost.objects.get(code=data["post"])
        author = post.staff.order_by("pk").first()
        if author is not None:
            attributed += Order.objects.filter(
                post=post, created_at=_aware(data["created"]), created_by__isnull=True
            ).update(created_by=author)
    return attributed


def _load_reports(posts, materials):
    for data in content.REPORTS:
        report = _upsert(
            DistributionReport,
            {"post": posts[data["post"]], "year": data["year"], "semester": data["semester"]},
            {
                "status": data["status"],
                "people_reached": data["people_reached"],
                "associations_involved": data["associations_involved"],
                "submitted_at": _aware(data.get("submitted")),
                "locked_at": _aware(data.get("locked")),
            },
        )
        _load_lines(DistributionLine, "report", report, data["lines"], materials)
    return len(content.REPORTS)
