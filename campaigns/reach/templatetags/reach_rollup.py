"""Filters of the roll-up screen: the plan's texts and figures in the admin's language."""

from django import template

from ..numbers import coverage_text, figure_text, format_number

register = template.Library()


@register.filter
def pna_text(record, field):
    """A plan, objective, action or indicator text in the admin's language (ro/en)."""
    return record.in_language(field)


@register.filter
def figure_value(figure):
    return figure_text(figure)


@register.filter
def figure_coverage(figure):
    return coverage_text(figure)


@register.filter
def number(value):
    return "" if value is None else format_number(value)
