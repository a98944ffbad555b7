"""Horizontal bar charts drawn on the server as SVG.

No chart library and no JavaScript: the geometry is computed here and the template writes it as
SVG attributes (x, y, width, height, fill), never as style attributes, so that the admin keeps
working under a Content Security Policy without 'unsafe-inline'. Every chart comes with the
table it is drawn from, for screen readers and for anyone who wants the exact figures.
"""

from dataclasses import dataclass

from django.utils.text import Truncator

from .numbers import figure_text

WIDTH = 640
LABEL_WIDTH = 230
BAR_X = LABEL_WIDTH + 10
BAR_SPACE = 300
ROW_HEIGHT = 26
BAR_HEIGHT = 18
PADDING = 8
LABEL_CHARS = 34


@dataclass(frozen=True)
class Bar:
    label: str
    short_label: str
    value_text: str
    y: int
    text_y: int
    width: int
    value_x: int


@dataclass(frozen=True)
class BarChart:
    chart_id: str
    title: str
    #: The heading of the table's first column (what the groups are).
    heading: str
    bars: list
    #: (label, value text, coverage text) for the table under the chart.
    rows: list
    width: int = WIDTH
    label_x: int = LABEL_WIDTH
    bar_x: int = BAR_X
    bar_height: int = BAR_HEIGHT

    @property
    def height(self):
        return len(self.bars) * ROW_HEIGHT + 2 * PADDING


def bar_chart(chart_id, title, heading, groups, language=None):
    """A chart of `groups` (rollup `Group`s); groups that collected nothing get no bar."""
    collected = [group for group in groups if group.figure.collected]
    largest = max((group.figure.chart_value for group in collected), default=0) or 1
    bars = []
    for index, group in enumerate(collected):
        y = PADDING + index * ROW_HEIGHT
        width = round(group.figure.chart_value / largest * BAR_SPACE)
        bars.append(
            Bar(
                label=group.label,
                short_label=Truncator(group.label).chars(LABEL_CHARS),
                value_text=figure_text(group.figure, language),
                y=y,
                text_y=y + BAR_HEIGHT - 5,
                width=width,
                value_x=BAR_X + width + 6,
            )
        )
    rows = [(group.label, figure_text(group.figure, language), group.figure) for group in groups]
    return BarChart(chart_id=chart_id, title=title, heading=heading, bars=bars, rows=rows)
