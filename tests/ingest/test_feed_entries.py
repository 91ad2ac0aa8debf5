"""RSS and Atom feeds with Arabic entries: each entry an article."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from marsad.model import Article, Problem

Read = Callable[..., tuple[list[Article], list[Problem]]]

# Real sentences from the demo corpus (الجزيرة نت, الميادين, بال بلس; 2021).
P1 = "اختتمت جولة الحوار الإستراتيجي بين العراق والولايات المتحدة."
P2 = "وأكد الجانبان أن مهمة القوات الأمريكية ستتحول إلى التدريب وتقديم المشورة."
P3 = "قال رئيس الوزراء العراقي مصطفى الكاظمي إن العراق لم يعد بحاجة إلى قوات قتالية أمريكية."

RSS = f"""<?xml version="1.0" encoding="windows-1256"?>
<rss version="2.0">
<channel>
  <title>الجزيرة نت</title>
  <link>https://www.aljazeera.net</link>
  <item>
    <title>اختتام جولة الحوار الإستراتيجي بين العراق وأميركا</title>
    <link>https://www.aljazeera.net/news/2021/4/7/%D8%A7%D9%84%D8%AD%D9%88%D8%A7%D8%B1</link>
    <guid>https://www.aljazeera.net/news/2021/4/7/%D8%A7%D9%84%D8%AD%D9%88%D8%A7%D8%B1</guid>
    <pubDate>Wed, 07 Apr 2021 21:10:00 +0300</pubDate>
    <description><![CDATA[<p>{P1}</p><p>{P2}</p><script>track()</script>]]></description>
  </item>
  <item>
    <title>الكاظمي: لا حاجة لقوات قتالية</title>
    <link>https://www.aljazeera.net/news/2021/7/25/kadhimi</link>
    <pubDate>Sun, 25 Jul 2021 08:00:00 GMT</pubDate>
    <description>{P3}</description>
  </item>
</channel>
</rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">الميادين</title>
  <id>tag:almayadeen.net,2021:feed</id>
  <updated>2021-07-26T10:00:00Z</updated>
  <entry>
    <title type="html">الكاظمي &amp;amp; بايدن</title>
    <id>tag:almayadeen.net,2021:article/1507</id>
    <link href="https://www.almayadeen.net/news/politics/1507"/>
    <published>2021-07-26T18:30:00+03:00</published>
    <updated>2021-07-26T19:00:00+03:00</updated>
    <summary>ملخص قصير</summary>
    <content type="html">&lt;p&gt;{P3}&lt;/p&gt;&lt;p&gt;{P2}&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>بيان</title>
    <updated>2021-07-27T09:00:00Z</updated>
    <content type="text">{P1}</content>
  </entry>
</feed>
"""


@pytest.fixture
def rss(tmp_path: Path) -> Path:
    path = tmp_path / "aljazeera.rss"
    path.write_bytes(RSS.encode("cp1256"))
    return path


@pytest.fixture
def atom(tmp_path: Path) -> Path:
    path = tmp_path / "almayadeen.atom"
    path.write_text(ATOM, encoding="utf-8")
    return path


def test_feed_rss_in_windows_1256(read: Read, rss: Path) -> None:
    articles, problems = read(rss)
    assert [str(p) for p in problems] == [f"notice: {rss}: decoded as windows-1256 (as the file declares), not UTF-8"]
    first, second = articles
    assert first.id == "aljazeera.net-news-2021-4-7-الحوار"
    assert first.title == "اختتام جولة الحوار الإستراتيجي بين العراق وأميركا"
    assert first.outlet == second.outlet == "الجزيرة نت"
    assert first.published == "2021-04-07T21:10:00+03:00"
    assert second.published == "2021-07-25T08:00:00+00:00"
    assert first.url == "https://www.aljazeera.net/news/2021/4/7/%D8%A7%D9%84%D8%AD%D9%88%D8%A7%D8%B1"
    assert first.extracted == f"{P1}\n{P2}"
    assert first.raw.startswith(f"<p>{P1}</p>")  # the description as the feed carried it
    assert (first.source, second.source) == (f"{rss}#1", f"{rss}#2")
    assert second.extracted == P3
    assert (first.encoding, first.meta["format"], second.meta["extraction"]) == ("windows-1256", "feed", "plain")


def test_feed_atom_entries(read: Read, atom: Path) -> None:
    articles, problems = read(atom)
    assert problems == []
    first, second = articles
    assert first.id == "almayadeen.net-2021-article-1507"
    assert first.title == "الكاظمي & بايدن"
    assert first.outlet == "الميادين"
    assert first.published == "2021-07-26T18:30:00+03:00"  # published, not updated
    assert first.url == "https://www.almayadeen.net/news/politics/1507"
    assert first.extracted == f"{P3}\n{P2}"  # content preferred to the summary
    assert second.id == "almayadeen-2"  # no id, no link: file stem and entry number
    assert (second.published, second.extracted) == ("2021-07-27T09:00:00+00:00", P1)


def test_feed_cut_short_keeps_whole_entries(read: Read, tmp_path: Path) -> None:
    path = tmp_path / "cut.xml"
    path.write_text(ATOM[: ATOM.index("<title>بيان")], encoding="utf-8")
    articles, problems = read(path)
    assert [p.level for p in problems] == ["warning"]
    assert "not well-formed" in problems[0].reason and "read 1 of 2 entries" in problems[0].reason
    assert [a.extracted for a in articles] == [f"{P3}\n{P2}"]
