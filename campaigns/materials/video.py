"""Whether an MP4 or WebM file is a video from its first byte to its last.

The first bytes say which container a file claims to be; this reads its whole structure (the
boxes of an MP4, the EBML elements of a WebM), headers only, so a 500 MB video is checked by
reading a few thousand small headers. Every part must be one the container defines, sizes must
fit inside their parent and end exactly at the end of the file (nothing appended: no page, no
script, no archive), a WebM may not carry attachments, and there must be a video track.
"""

from django.utils.translation import gettext_lazy as _

# Parts read in one file before the check gives up: a long fragmented MP4 has a few thousand.
MAX_PARTS = 200_000
MAX_DEPTH = 8
# Markup a browser could take for a page, looked for where browsers sniff (the first bytes).
SNIFFED_BYTES = 1024
MARKUP = (b"<html", b"<script", b"<!doctype", b"<body", b"<iframe", b"<svg", b"<?xml", b"<head")


class DamagedVideo(Exception):
    """The file is not a clean video: `problem` says why, in the reader's words."""

    def __init__(self, problem):
        super().__init__(str(problem))
        self.problem = problem


def has_markup(head):
    lowered = head[:SNIFFED_BYTES].lower()
    return any(tag in lowered for tag in MARKUP)


class _Reader:
    """Reads headers at given offsets, counting them against MAX_PARTS."""

    def __init__(self, file):
        self.file = file
        self.parts = 0

    def read(self, offset, length):
        self.parts += 1
        if self.parts > MAX_PARTS:
            raise DamagedVideo(
                _("it has more than %(limit)s parts, too many to check") % {"limit": MAX_PARTS}
            )
        self.file.seek(offset)
        return self.file.read(length)


def _stray_data():
    return DamagedVideo(_("it has data after the end of the video"))


def _damaged():
    return DamagedVideo(_("its structure is damaged (cut short, or with data added)"))


def _runs_past(name):
    return DamagedVideo(
        _("its “%(part)s” part runs past the end of the file, which is damaged or cut short")
        % {"part": name}
    )


def _foreign(name):
    return DamagedVideo(
        _("it contains a part (“%(part)s”) that is not video data") % {"part": name}
    )


# MP4 (ISO base media file format): a sequence of boxes, each with its size and a 4-letter type.

MP4_TOP_LEVEL = frozenset(
    {
        b"ftyp", b"styp", b"moov", b"mdat", b"moof", b"mfra", b"free", b"skip", b"wide",
        b"uuid", b"sidx", b"ssix", b"prft", b"emsg", b"meta", b"pdin", b"udta",
    }
)  # fmt: skip
# Boxes made only of other boxes: their children are read and must fill them exactly.
MP4_CONTAINERS = frozenset(
    {b"moov", b"trak", b"mdia", b"minf", b"stbl", b"edts", b"dinf", b"mvex", b"moof", b"traf"}
)


def _box_name(kind):
    return kind.decode("latin-1")


def _mp4_boxes(reader, start, end, depth, found):
    position = start
    while position < end:
        if end - position < 8:
            raise _stray_data() if depth == 0 else _damaged()
        header = reader.read(position, 16)
        size = int.from_bytes(header[0:4], "big")
        kind = header[4:8]
        header_size = 8
        if size == 1:
            if len(header) < 16:
                raise _runs_past(_box_name(kind))
            size = int.from_bytes(header[8:16], "big")
            header_size = 16
        elif size == 0 and depth == 0:
            size = end - position  # "to the end of the file": only the last box may say so
        if not all(0x20 <= byte < 0x7F for byte in kind):
            raise _stray_data() if depth == 0 else _foreign(_box_name(kind))
        if depth == 0 and kind not in MP4_TOP_LEVEL:
            raise _foreign(_box_name(kind))
        if size < header_size or position + size > end:
            raise _runs_past(_box_name(kind))
        found.add(kind)
        if kind == b"hdlr":
            # A full box: version and flags, a reserved word, then the handler ("vide", "soun").
            found.add(b"handler:" + reader.read(position + header_size, 12)[8:12])
        elif kind in MP4_CONTAINERS:
            if depth >= MAX_DEPTH:
                raise _damaged()
            _mp4_boxes(reader, position + header_size, position + size, depth + 1, found)
        position += size


def check_mp4(file, size):
    reader = _Reader(file)
    if has_markup(reader.read(0, SNIFFED_BYTES)):
        raise DamagedVideo(_("it contains web page markup"))
    found = set()
    _mp4_boxes(reader, 0, size, 0, found)
    if b"moov" not in found:
        raise DamagedVideo(_("it has no index (“moov” part), so it cannot be played"))
    if b"mdat" not in found:
        raise DamagedVideo(_("it has no video data (“mdat” part)"))
    if b"handler:vide" not in found:
        raise DamagedVideo(_("it has no video track"))


# WebM (Matroska's EBML): elements with a variable-length ID and size.

EBML_HEADER = 0x1A45DFA3
SEGMENT = 0x18538067
CLUSTER = 0x1F43B675
TRACKS = 0x1654AE6B
TRACK_ENTRY = 0xAE
TRACK_TYPE = 0x83
ATTACHMENTS = 0x1941A469
VOID = 0xEC
CRC32 = 0xBF
VIDEO_TRACK = 1
# What a WebM segment may hold (Attachments are Matroska's, and WebM leaves them out).
SEGMENT_CHILDREN = frozenset(
    {
        0x114D9B74,  # SeekHead
        0x1549A966,  # Info
        TRACKS,
        CLUSTER,
        0x1C53BB6B,  # Cues
        0x1043A770,  # Chapters
        0x1254C367,  # Tags
        VOID,
        CRC32,
    }
)
# What a cluster may hold: read one by one when a recorder left the cluster's size open.
CLUSTER_CHILDREN = frozenset({0xE7, 0x5854, 0xA7, 0xAB, 0xA3, 0xA0, 0xAF, VOID, CRC32})


def _vint(data, position, *, is_id):
    """A variable-length integer at data[position:]: (value, length, unknown size)."""
    if position >= len(data) or data[position] == 0:
        return None
    first = data[position]
    length = 9 - first.bit_length()
    if position + length > len(data) or (is_id and length > 4):
        return None
    value = first if is_id else first & (0xFF >> length)
    for byte in data[position + 1 : position + length]:
        value = (value << 8) | byte
    unknown = not is_id and value == (1 << (7 * length)) - 1
    return value, length, unknown


def _element(reader, position, end):
    """(id, start of data, size or None when open-ended) of the element at `position`."""
    header = reader.read(position, min(12, end - position))
    element = _vint(header, 0, is_id=True)
    size = element and _vint(header, element[1], is_id=False)
    if not element or not size:
        raise _damaged()
    data_start = position + element[1] + size[1]
    if size[2]:
        return element[0], data_start, None
    if data_start + size[0] > end:
        raise _runs_past(f"0x{element[0]:X}")
    return element[0], data_start, size[0]


def _uint(reader, start, size):
    return int.from_bytes(reader.read(start, min(size, 8)), "big")


def _webm_tracks(reader, start, end):
    """The types of the tracks listed in a Tracks element."""
    types = []
    position = start
    while position < end:
        element, data_start, size = _element(reader, position, end)
        if size is None:
            raise _runs_past("Tracks")
        if element == TRACK_ENTRY:
            inner = data_start
            while inner < data_start + size:
                field, field_start, field_size = _element(reader, inner, data_start + size)
                if field_size is None:
                    raise _runs_past("TrackEntry")
                if field == TRACK_TYPE:
                    types.append(_uint(reader, field_start, field_size))
                inner = field_start + field_size
        position = data_start + size
    return types


def _open_cluster_end(reader, start, end):
    """Where a cluster whose size was left open ends: at the next segment part, or the end."""
    position = start
    while position < end:
        element, data_start, size = _element(reader, position, end)
        if element in SEGMENT_CHILDREN:
            return position
        if element not in CLUSTER_CHILDREN or size is None:
            raise _foreign(f"0x{element:X}")
        position = data_start + size
    return end


def check_webm(file, size):
    reader = _Reader(file)
    if has_markup(reader.read(0, SNIFFED_BYTES)):
        raise DamagedVideo(_("it contains web page markup"))
    element, data_start, header_size = _element(reader, 0, size)
    if element != EBML_HEADER or header_size is None:
        raise _foreign("EBML")
    position = data_start + header_size
    track_types = []
    segments = 0
    while position < size:
        try:
            element, data_start, segment_size = _element(reader, position, size)
        except DamagedVideo:
            if segments:
                raise _stray_data() from None
            raise
        if element == VOID and segment_size is not None:
            position = data_start + segment_size
            continue
        if element != SEGMENT or segments:
            raise _stray_data()
        segments += 1
        segment_end = size if segment_size is None else data_start + segment_size
        position = data_start
        while position < segment_end:
            element, part_start, part_size = _element(reader, position, segment_end)
            if element == ATTACHMENTS:
                raise DamagedVideo(_("it carries attached files"))
            if element not in SEGMENT_CHILDREN:
                raise _foreign(f"0x{element:X}")
            if part_size is None:
                if element != CLUSTER:
                    raise _runs_past(f"0x{element:X}")
                position = _open_cluster_end(reader, part_start, segment_end)
                continue
            if element == TRACKS:
                track_types += _webm_tracks(reader, part_start, part_start + part_size)
            position = part_start + part_size
    if not segments:
        raise DamagedVideo(_("it has no video data (“Segment” part)"))
    if VIDEO_TRACK not in track_types:
        raise DamagedVideo(_("it has no video track"))
