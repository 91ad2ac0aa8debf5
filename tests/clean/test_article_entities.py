"""HTML character references left in plain text are decoded by cleaning, and the change is recorded.

The titles and texts are SaudiNewsNet's as published (sabq, 2015-07-21: articles 2816 and 2890 of that
day's file), whose scraped titles carry ``&quot;`` for the quotation marks.
"""

import json

from marsad.clean import clean_article
from marsad.ingest import read_sources
from marsad.model import Article, Problem

BRIDGE_TITLE = "&quot;جسر الملك فهد&quot; و&quot;الكهرباء&quot; يتقاذفان مسؤولية انقطاع التيار"
BRIDGE_TEXT = (
    " سبق- الدمام: تبادلت مؤسسة جسر الملك فهد (الرابط بين المملكة والبحرين) وشركة الكهرباء السعودية، "
    "الاتهامات بالمسؤولية عن انقطاع التيار الكهربائي، مساء أمس الاثنين، والذي استمرّ قرابة ساعة و14 دقيقة."
    "\n\xa0\nوقال متحدث باسم &quot;الكهرباء&quot; إن الخلل وقع في محطة &#8220;الجسر&#8221; &amp; أصلح فوراً.\nمشاركة :"
)


def _bridge() -> Article:
    return clean_article(Article(id="2015-07-21-2890", text="", title=BRIDGE_TITLE, outlet="sabq",
                                 extracted=BRIDGE_TEXT))


def test_the_title_shows_its_quotation_marks():
    article = _bridge()
    assert article.title == '"جسر الملك فهد" و"الكهرباء" يتقاذفان مسؤولية انقطاع التيار'
    decoded = article.meta["clean"]["title_decoded"]
    assert [(o, r) for o, r, _ in decoded] == [(0, "&quot;"), (19, "&quot;"), (27, "&quot;"), (41, "&quot;")]
    assert all(BRIDGE_TITLE[o : o + len(r)] == r for o, r, _ in decoded)  # offsets into the title as it came


def test_the_text_is_decoded_and_each_change_points_into_the_extracted_text():
    article = _bridge()
    assert 'باسم "الكهرباء" إن الخلل وقع في محطة “الجسر” & أصلح فوراً.' in article.text
    assert "&quot;" not in article.text and "&#" not in article.text and "&amp;" not in article.text
    decoded = article.meta["clean"]["decoded"]
    assert [(r, c) for _, r, c in decoded] == [("&quot;", '"'), ("&quot;", '"'), ("&#8220;", "“"),
                                               ("&#8221;", "”"), ("&amp;", "&")]
    assert all(article.extracted[o : o + len(r)] == r for o, r, _ in decoded)
    # spans still point into the clean text: every sentence is a whole piece of it
    assert any(article.span_text(s).startswith('وقال متحدث باسم "الكهرباء"') for s in article.sentences)
    # the page furniture is still removed, with its offset in the text as extracted
    (share,) = article.removed
    assert article.extracted[share.offset : share.offset + len(share.text)] == "مشاركة :"


def test_text_without_references_is_left_as_it_was():
    article = clean_article(Article(id="x", text="", title="حفل معايدة بجدة", extracted="أقام الأمير حفل معايدة & عشاء."))
    assert article.text == "أقام الأمير حفل معايدة & عشاء." and article.title == "حفل معايدة بجدة"
    assert "decoded" not in article.meta["clean"] and "title_decoded" not in article.meta["clean"]


def test_a_saudinewsnet_line_read_from_jsonl_is_decoded(tmp_path):
    record = {"id": "2015-07-21-2816", "outlet": "sabq", "published": "2015-07-21",
              "title": "&quot;فيصل بن ثامر&quot; يقيم حفل معايدة بجدة",
              "text": " سبق- جدة (تصوير/ مشعل الزهراني):\xa0\u200f\u202bأقام الأمير فيصل بن ثامر بن عبدالعزيز، "
                      "مساء أمس، حفل معايدة بفندق البلاد بجدة."}
    path = tmp_path / "snn.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    (article,) = read_sources(path)
    assert not isinstance(article, Problem)
    assert clean_article(article).title == '"فيصل بن ثامر" يقيم حفل معايدة بجدة'


# aawsat, SaudiNewsNet 2015-07-27 (article 0093 of that day's file): a report half in presentation forms, the
# glyphs of a display, as text copied from a PDF or an old page keeps them
GLYPHS = (
    " قوات الجيش ورجال المقاومة قد قامت بعملية تطويق لعناصر ﻣﻦ ﺍﻟﺤﻮﺛﻴﻴﻦ شمال عدن من الغرب، ﺣﺴﺒﻤﺎ ﺃﻋﻠﻦ ﻗﺎﺋﺪ "
    "ﻫﺬﻩ ﺍﻟﻘﻮﺍﺕ اللواء ﻓﻀﻞ ﺣﺴﻦ.\n\n ﻭﺃﻭﺿﺢ ﺣﺴﻦ ﺃﻥ ﺍﻟﻬﺪﻑ ﻫﻮ التقدم نحو حوطة"
)


def test_presentation_forms_are_written_as_the_letters_they_draw():
    article = clean_article(Article(id="2015-07-27-0093", text="", title="ﻗﻮﺍﺕ ﺍﻟﺠﻴﺶ تطوق ﺍﻟﺤﻮﺛﻴﻴﻦ", extracted=GLYPHS))
    assert "حسبما أعلن قائد هذه القوات اللواء فضل حسن." in article.text
    assert "وأوضح حسن أن الهدف هو التقدم" in article.text
    assert article.title == "قوات الجيش تطوق الحوثيين"
    assert not any(0xFB50 <= ord(c) <= 0xFEFE for c in article.text + article.title)
    decoded = article.meta["clean"]["decoded"]
    assert ("ﻓﻀﻞ", "فضل") in [(w, c) for _, w, c in decoded]
    assert all(GLYPHS[o : o + len(w)] == w for o, w, _ in decoded)  # each change points into the text as it came
