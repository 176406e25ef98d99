"""A Markdown image's alt text is prose, read in place; its target and title are not.

Alt text is what a screen reader says at the image's place in the sentence and what a browser
shows where the image does not load: published words, which newsrooms use as a caption
("Mourners at the funeral of the 14 people killed…"). Vale lints it (its ``alt`` scope);
markdownlint's MD045 only asks that it exist. narrlint skipped it with the image's target, so a
toll or a title in it was never read (robustness probe r17). It is now read where it stands,
a word of its own (two images side by side are not glued into one word), while the target,
the title and a reference definition stay out. An HTML ``<img>``'s ``alt`` is read the same way,
in an HTML block, a saved page and inline in a paragraph; its other attributes stay out.
"""

from __future__ import annotations

import pytest

from narrlint.text.html_prose import html_page_prose
from narrlint.text.prose import markdown_prose

from .test_robustness_html_blocks_r9 import DATE, KILLED
from .test_robustness_html_text_r7 import _spans

FORMS = {
    "inline": ("![", "](photos/strelsau.jpg)"),
    "with a title": ("![", '](photos/strelsau.jpg "Strelsau, Monday")'),
    "by reference": ("![", "][scene]\n\n[scene]: photos/strelsau.jpg"),
    "inside a link": ("[![", "](photos/strelsau.jpg)](https://example.invalid/story)"),
}


@pytest.mark.parametrize("form", FORMS.values(), ids=FORMS.keys())
def test_a_toll_in_alt_text_is_reported_on_its_characters(seed_corpus, form) -> None:
    plain = _spans(seed_corpus, KILLED + "\n", DATE)
    assert plain
    opening, closing = form
    assert _spans(seed_corpus, f"{opening}{KILLED}{closing}\n", DATE) == plain


@pytest.mark.parametrize(
    ("original", "prose"),
    [
        ('A scene ![Photo](img/killed-14.png "14 killed") today.\n', "A scene Photo today."),
        ("![](img/14-killed.png) The square was quiet.\n", "The square was quiet."),
        ("Icons ![Red](r.png)![Cross](c.png) here.\n", "Icons Red Cross here."),
        ("Text ![alt *in* `code 14`](x.png) more.\n", "Text alt in more."),
    ],
    ids=["target and title", "an empty alt", "images side by side", "code in the alt"],
)
def test_only_the_alt_text_is_read(original: str, prose: str) -> None:
    assert markdown_prose(original).text == prose


def test_every_alt_word_maps_to_its_original_characters() -> None:
    original = "> Wrapped ![alt text\n> on two lines][pic] ends.\n\n[pic]: x.png\n"
    prose = markdown_prose(original)
    assert prose.text == "Wrapped alt text on two lines ends."
    for word in prose.text.split():
        start = prose.text.index(word)
        first, last = prose.span_to_original(start, start + len(word))
        assert original[first:last] == word


HTML_FORMS = {
    "in a block": ('<div><img src="x.jpg" alt="', '"></div>'),
    "single quotes, in a figure": ("<figure><img alt='", "' src=x.jpg></figure>"),
    "inline in a paragraph": ('Scene: <img src="x.jpg" alt="', '"> (photo)'),
}


@pytest.mark.parametrize("form", HTML_FORMS.values(), ids=HTML_FORMS.keys())
def test_a_toll_in_an_img_alt_is_reported_on_its_characters(seed_corpus, form) -> None:
    plain = _spans(seed_corpus, KILLED + "\n", DATE)
    opening, closing = form
    assert _spans(seed_corpus, f"{opening}{KILLED}{closing}\n", DATE) == plain


@pytest.mark.parametrize(
    ("original", "prose"),
    [
        ('<p>Text<img alt="Tom &amp; Jerry" src=x>more</p>\n', "Text Tom & Jerry more"),
        ('<p><img src=x data-alt="14 killed" title="14 killed">Seen</p>\n', "Seen"),
        ("<p>A <img src=x.png> B <IMG ALT=Logo>C</p>\n", "A B Logo C"),
    ],
    ids=["an entity", "other attributes", "no alt, and capitals"],
)
def test_only_an_imgs_alt_is_read(original: str, prose: str) -> None:
    assert markdown_prose(original).text == prose
    assert html_page_prose(original).text == prose


def test_an_entity_in_an_alt_maps_to_the_whole_entity() -> None:
    original = "<p><img alt='Red &amp; cross' src=x></p>"
    prose = html_page_prose(original)
    start = prose.text.index("&")
    first, last = prose.span_to_original(start, start + 1)
    assert original[first:last] == "&amp;"
