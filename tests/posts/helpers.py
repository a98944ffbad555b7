"""POST data for the order and report forms, as the admin's formsets expect it."""

from campaigns.submissions.once import FIELD, new_token


def lines_data(lines, extra=1):
    """Formset fields for `lines`, (material, language, quantity), plus `extra` blank rows."""
    data = {
        "lines-TOTAL_FORMS": str(len(lines) + extra),
        "lines-INITIAL_FORMS": "0",
        "lines-MIN_NUM_FORMS": "0",
        "lines-MAX_NUM_FORMS": "1000",
    }
    for index, (material, language, quantity) in enumerate(lines):
        data[f"lines-{index}-material"] = getattr(material, "pk", material)
        data[f"lines-{index}-language"] = language
        data[f"lines-{index}-quantity"] = str(quantity)
    return data


def order_data(post, lines, note=""):
    """A new order's form, with the fresh one-time token a form opened in the browser carries."""
    return {"post": post.pk, "note": note, FIELD: new_token(), **lines_data(lines)}


def report_data(post, year, semester, lines=(), people="", associations=""):
    return {
        "post": post.pk,
        "year": str(year),
        "semester": str(semester),
        "people_reached": str(people),
        "associations_involved": str(associations),
        FIELD: new_token(),  # used by a new report's form, ignored by an edit's
        **lines_data(list(lines)),
    }


def messages_of(response):
    return [str(message) for message in response.context["messages"]] if response.context else []
