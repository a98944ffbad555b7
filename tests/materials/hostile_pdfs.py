"""PDFs that try to act, built with pikepdf, and a few written byte by byte where qpdf would
tidy away the trick (escaped names, hand-made object streams, incremental updates, orphans).

HOSTILE maps a name to a function returning the file's bytes; every one must be refused.
"""

import io

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from . import files
from .handmade_pdfs import incremental_update, object_body, root_and_pages, xref_stream_pdf

JS = "app.alert('pwned')"


def _save(pdf, **options):
    out = io.BytesIO()
    pdf.save(out, **options)
    return out.getvalue()


def _new():
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(200, 200))
    return pdf


def _javascript(pdf=None):
    action = Dictionary(S=Name.JavaScript, JS=String(JS))
    return pdf.make_indirect(action) if pdf is not None else action


def _annotate(pdf, annotation, page=0):
    annotation.Type = Name.Annot
    annotation.Rect = Array([10, 10, 100, 40])
    pdf.pages[page].obj.Annots = Array([pdf.make_indirect(annotation)])
    return pdf


def _link(action):
    pdf = _new()
    return _save(_annotate(pdf, Dictionary(Subtype=Name.Link, A=action)))


def _uri(target):
    return _link(Dictionary(S=Name.URI, URI=String(target)))


def _form(widget_entries, field_entries=None):
    pdf = _new()
    widget = pdf.make_indirect(
        Dictionary(
            Type=Name.Annot,
            Subtype=Name.Widget,
            FT=Name.Tx,
            T=String("name"),
            Rect=Array([10, 10, 100, 40]),
            **widget_entries,
        )
    )
    pdf.pages[0].obj.Annots = Array([widget])
    fields = [widget]
    if field_entries:
        parent = pdf.make_indirect(
            Dictionary(T=String("group"), Kids=Array([widget]), **field_entries)
        )
        widget.Parent = parent
        fields = [parent]
    pdf.Root.AcroForm = Dictionary(Fields=Array(fields))
    return pdf


def open_action_javascript():
    pdf = _new()
    pdf.Root.OpenAction = _javascript()
    return _save(pdf)


def open_action_javascript_indirect_stream():
    pdf = _new()
    script = pdf.make_stream(JS.encode())
    pdf.Root.OpenAction = pdf.make_indirect(Dictionary(S=Name.JavaScript, JS=script))
    return _save(pdf)


def document_javascript_name_tree():
    pdf = _new()
    tree = Dictionary(Names=Array([String("init"), _javascript(pdf)]))
    pdf.Root.Names = Dictionary(JavaScript=pdf.make_indirect(tree))
    return _save(pdf)


def document_will_close_actions():
    pdf = _new()
    pdf.Root.AA = Dictionary(WC=_javascript(pdf))
    return _save(pdf)


def page_open_actions():
    pdf = _new()
    pdf.pages[0].obj.AA = Dictionary(O=_javascript(pdf))
    return _save(pdf)


def javascript_on_a_later_page():
    pdf = _new()
    pdf.add_blank_page(page_size=(200, 200))
    return _save(_annotate(pdf, Dictionary(Subtype=Name.Link, A=_javascript()), page=1))


def link_javascript_uri():
    return _uri("javascript:app.alert(1)")


def link_javascript_uri_disguised():
    return _uri("  JaVa\tScRi\npt:app.alert(1)")


def link_javascript_uri_control_character():
    return _uri("\x01javascript:app.alert(1)")


def link_javascript_uri_utf16():
    return _link(
        Dictionary(S=Name.URI, URI=String(b"\xfe\xff" + "javascript:alert(1)".encode("utf-16-be")))
    )


def link_file_uri():
    return _uri("file:///C:/Windows/System32/calc.exe")


def link_data_uri():
    return _uri("data:text/html,<script>alert(1)</script>")


def base_uri_javascript():
    pdf = _new()
    pdf.Root.URI = Dictionary(Base=String("javascript:alert(1)//"))
    return _save(pdf)


def link_launch():
    return _link(Dictionary(S=Name.Launch, F=String("calc.exe")))


def link_launch_windows():
    return _link(Dictionary(S=Name.Launch, Win=Dictionary(F=String("cmd.exe"), P=String("/c"))))


def link_remote_goto():
    return _link(Dictionary(S=Name.GoToR, F=String("other.pdf"), D=Array([0, Name.Fit])))


def link_embedded_goto():
    return _link(Dictionary(S=Name.GoToE, T=Dictionary(R=Name.C, N=String("x.pdf"))))


def javascript_after_a_harmless_goto():
    pdf = _new()
    first = Dictionary(S=Name.GoTo, D=Array([pdf.pages[0].obj, Name.Fit]), Next=_javascript(pdf))
    return _save(_annotate(pdf, Dictionary(Subtype=Name.Link, A=first)))


def outline_javascript():
    pdf = _new()
    with pdf.open_outline() as outline:
        outline.root.append(pikepdf.OutlineItem("Start", 0))
    first = pdf.Root.Outlines.First
    del first["/Dest"]
    first.A = _javascript(pdf)
    return _save(pdf)


def widget_keystroke_javascript():
    return _save(_form({"AA": Dictionary(K=_javascript())}))


def widget_activation_javascript():
    return _save(_form({"A": _javascript()}))


def field_calculation_javascript():
    return _save(_form({}, {"AA": Dictionary(C=_javascript())}))


def submit_form():
    action = Dictionary(S=Name.SubmitForm, F=Dictionary(FS=Name.URL, F=String("https://x.example")))
    return _save(_form({"A": action}))


def import_data():
    return _save(_form({"A": Dictionary(S=Name.ImportData, F=String("data.fdf"))}))


def xfa_form():
    pdf = _form({})
    pdf.Root.AcroForm.XFA = pdf.make_stream(b"<xdp:xdp xmlns:xdp='http://ns.adobe.com/xdp/'/>")
    return _save(pdf)


def embedded_file():
    pdf = _new()
    pdf.attachments["invoice.exe"] = pikepdf.AttachedFileSpec(pdf, b"MZ\x90\x00")
    return _save(pdf)


def file_attachment_annotation():
    pdf = _new()
    spec = pikepdf.AttachedFileSpec(pdf, b"MZ\x90\x00", filename="open-me.exe")
    return _save(_annotate(pdf, Dictionary(Subtype=Name.FileAttachment, FS=spec.obj)))


def rich_media_annotation():
    content = Dictionary(Assets=Dictionary(Names=Array([])))
    annotation = Dictionary(Subtype=Name.RichMedia, RichMediaContent=content)
    return _save(_annotate(_new(), annotation))


def screen_rendition():
    pdf = _new()
    rendition = Dictionary(S=Name.Rendition, OP=0, JS=String(JS))
    return _save(_annotate(pdf, Dictionary(Subtype=Name.Screen, A=rendition)))


def sound_annotation():
    pdf = _new()
    sound = pdf.make_stream(bytes(64), Type=Name.Sound, R=8000)
    return _save(_annotate(pdf, Dictionary(Subtype=Name.Sound, Sound=sound)))


def three_d_annotation():
    pdf = _new()
    artwork = pdf.make_stream(b"U3D", Type=Name("/3D"), Subtype=Name.U3D)
    return _save(_annotate(pdf, Dictionary(Subtype=Name("/3D"), **{"/3DD": artwork})))


def in_object_streams():
    pdf = _new()
    pdf.Root.OpenAction = _javascript(pdf)
    return _save(pdf, object_stream_mode=pikepdf.ObjectStreamMode.generate)


def page_actions_in_object_streams():
    pdf = _new()
    pdf.pages[0].obj.AA = Dictionary(O=_javascript(pdf))
    return _save(pdf, object_stream_mode=pikepdf.ObjectStreamMode.generate)


def in_object_streams_linearized():
    pdf = _new()
    pdf.Root.OpenAction = _javascript(pdf)
    return _save(pdf, object_stream_mode=pikepdf.ObjectStreamMode.generate, linearize=True)


def escaped_names():
    # qpdf writes names plainly; by hand, /J#61vaScript is still /JavaScript to a reader.
    return files.handmade_pdf(
        b"/OpenAction 4 0 R", (b"<< /S /J#61vaScript /J#53 (app.alert(1)) >>",)
    )


def escaped_names_on_page_actions():
    return files.handmade_pdf(b"", (b"<< /Type /X /#41#41 << /O << /S /Launch /F (a) >> >> >>",))


def object_stream_with_filters_and_predictor():
    return xref_stream_pdf(
        compressed=[b"<< /S /JavaScript /JS (app.alert(1)) >>"], open_action=True
    )


def incremental_update_adds_javascript():
    base = _save(_new())
    root, pages = root_and_pages(base)
    return incremental_update(
        base,
        {
            50: b"<< /S /JavaScript /JS (app.alert(1)) >>",
            root: b"<< /Type /Catalog /Pages %d 0 R /OpenAction 50 0 R >>" % pages,
        },
    )


def superseded_revision_keeps_javascript():
    # Revision 2 adds an unreferenced script, revision 3 overwrites it: revision 2 still has it.
    base = _save(_new())
    second = incremental_update(base, {50: b"<< /S /JavaScript /JS (app.alert(1)) >>"})
    return incremental_update(second, {50: b"null"})


def orphan_object_outside_every_index():
    # A script object that no cross-reference section lists: a repairing reader finds it.
    base = _save(_new())
    orphan = b"\n77 0 obj\n<< /S /Launch /F (calc.exe) >>\nendobj\n"
    root, _pages = root_and_pages(base)
    catalog = object_body(base, root)
    return incremental_update(base + orphan, {root: catalog})


def orphan_object_stream_outside_every_index():
    base = _save(_new())
    root, _pages = root_and_pages(base)
    orphan = (
        b"\n78 0 obj\n" + files.object_stream(b"<< /S /Launch /F (calc.exe) >>") + b"\nendobj\n"
    )
    return incremental_update(base + orphan, {root: object_body(base, root)})


def encrypted_with_empty_password():
    return _save(_new(), encryption=pikepdf.Encryption(owner="owner", user=""))


def encrypted_with_password():
    return _save(_new(), encryption=pikepdf.Encryption(owner="owner", user="secret"))


HOSTILE = {
    function.__name__: function
    for function in (
        open_action_javascript,
        open_action_javascript_indirect_stream,
        document_javascript_name_tree,
        document_will_close_actions,
        page_open_actions,
        javascript_on_a_later_page,
        link_javascript_uri,
        link_javascript_uri_disguised,
        link_javascript_uri_control_character,
        link_javascript_uri_utf16,
        link_file_uri,
        link_data_uri,
        base_uri_javascript,
        link_launch,
        link_launch_windows,
        link_remote_goto,
        link_embedded_goto,
        javascript_after_a_harmless_goto,
        outline_javascript,
        widget_keystroke_javascript,
        widget_activation_javascript,
        field_calculation_javascript,
        submit_form,
        import_data,
        xfa_form,
        embedded_file,
        file_attachment_annotation,
        rich_media_annotation,
        screen_rendition,
        sound_annotation,
        three_d_annotation,
        in_object_streams,
        page_actions_in_object_streams,
        in_object_streams_linearized,
        escaped_names,
        escaped_names_on_page_actions,
        object_stream_with_filters_and_predictor,
        incremental_update_adds_javascript,
        superseded_revision_keeps_javascript,
        orphan_object_outside_every_index,
        orphan_object_stream_outside_every_index,
        encrypted_with_empty_password,
        encrypted_with_password,
    )
}


# Clean PDFs with the harmless things real leaflets have.


def clean_links_and_navigation():
    pdf = _new()
    pdf.add_blank_page(page_size=(200, 200))
    pdf.Root.OpenAction = Array([pdf.pages[0].obj, Name.Fit])
    links = [
        Dictionary(S=Name.URI, URI=String("https://www.anitp.mai.gov.ro/")),
        Dictionary(S=Name.URI, URI=String("mailto:anitp@mai.gov.ro")),
        Dictionary(S=Name.URI, URI=String("tel:0800800678")),
        Dictionary(S=Name.URI, URI=String("contact.html")),
        Dictionary(S=Name.GoTo, D=Array([pdf.pages[1].obj, Name.Fit])),
    ]
    pdf.pages[0].obj.Annots = Array(
        [
            pdf.make_indirect(
                Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array([0, 0, 9, 9]), A=link)
            )
            for link in links
        ]
    )
    return _save(pdf, object_stream_mode=pikepdf.ObjectStreamMode.generate)


def clean_incremental_update():
    base = _save(_new())
    root, pages = root_and_pages(base)
    catalog = b"<< /Type /Catalog /Pages %d 0 R /Lang (ro) >>" % pages
    return incremental_update(base, {root: catalog})


def clean_object_stream_with_filters_and_predictor():
    return xref_stream_pdf(compressed=[b"<< /Producer (InDesign) >>"], open_action=False)


CLEAN = {
    function.__name__: function
    for function in (
        clean_links_and_navigation,
        clean_incremental_update,
        clean_object_stream_with_filters_and_predictor,
    )
}
