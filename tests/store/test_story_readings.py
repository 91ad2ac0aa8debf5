"""A story grown in the store reads as ``marsad digest`` reads it — quotes, claims and naming included —
and the store lists stories with their size, outlets and span, filtered by date, outlet and entity."""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable

import pytest

from marsad.model import Article, Digest, to_dict
from marsad.store import QueryError, open_store
from marsad.store.migrate import schema_version
from marsad.store.schema import SCHEMA_VERSION
from marsad.store.stories import StoryBuilder


@pytest.fixture(scope="module")
def piped(demo_digest: Digest) -> dict:
    """The demo story as ``marsad digest`` reads it, as plain JSON values."""
    (story,) = demo_digest.stories
    return to_dict(story)


def test_stored_story_holds_what_the_pipeline_reads(store_url: str, demo: list[Article], piped: dict) -> None:
    with open_store(store_url) as store:
        store.ingest(demo, stories=StoryBuilder())
        (story,) = store.stories()
    stored = to_dict(story)
    for field in ("summary", "entities", "timeline", "quotes", "claims", "naming"):
        assert stored[field] == piped[field], field
    # what an analyst looks for: McKenzie's statement with its speaker, the 2500 troops agreed on
    speakers = {q.speaker_name for q in story.quotes if "ماكنزي" in (q.speaker_name or "")}
    assert speakers
    assert any(c.kind == "figure" and c.value == 2500 and len(c.agree) >= 2 for c in story.claims)
    assert any(len(n.by_outlet) >= 2 for n in story.naming)


def test_story_list_pages_and_filters(
    store_url: str, demo: list[Article], reports: Callable[..., Article]
) -> None:
    with open_store(store_url) as store:
        store.ingest([*demo, reports("sport"), reports("weather"), reports("baghdad")], stories=StoryBuilder())
        infos, total = store.story_list(order="recent")
        assert total == 4 and len(infos) == 4
        # newest first by the day of the newest article
        assert [i.last_day for i in infos] == sorted((i.last_day for i in infos), reverse=True)
        (iraq,) = [i for i in infos if i.size == 5]
        assert iraq.first_day < iraq.last_day and len(iraq.outlets) >= 4
        assert iraq.title == store.story(iraq.id).title

        page, total = store.story_list(limit=2, offset=2, order="recent")
        assert total == 4 and [i.id for i in page] == [i.id for i in infos[2:]]

        sport, _ = store.story_list(outlet="صحيفة الرياضيه")  # spelling variant of the outlet's name
        assert [i.title for i in sport] == ["الهلال يفوز على النصر في ديربي الرياض"]
        # a story is kept when its span of days meets the range
        late_december, _ = store.story_list(date_from="2021-12-15", date_to="2021-12-31")
        assert [i.title for i in late_december] == ["افتتاح معرض بغداد الدولي للكتاب بمشاركة واسعة"]
        october, _ = store.story_list(date_from="2021-10-01", date_to="2021-10-31")
        assert sorted(i.size for i in october) == [1, 5]  # the derby, and the Iraq story running April-December
        spring, _ = store.story_list(date_to="2021-04-07")
        assert [i.id for i in spring] == [iraq.id]
        mckenzie, _ = store.story_list(entity="ماكينزي")  # a variant the demo articles use
        assert [i.id for i in mckenzie] == [iraq.id]
        assert store.story_list(entity="شخص لا يذكره أحد") == ([], 0)

        for bad in ({"date_from": "yesterday"}, {"limit": 0}, {"offset": -1}, {"outlet": "\x00"}):
            with pytest.raises(QueryError):
                store.story_list(**bad)


def test_story_links_and_story_of(store_url: str, demo: list[Article]) -> None:
    with open_store(store_url) as store:
        store.ingest(demo, stories=StoryBuilder())
        (story,) = store.stories()
        duplicates, borrowed = store.story_links(story.id)
        assert all(set(g.articles) <= set(story.articles) for g in duplicates)
        assert all(b.source.article in story.articles and b.target.article in story.articles for b in borrowed)
        assert {store.story_of(a.id) for a in demo} == {story.id}
        with pytest.raises(KeyError):
            store.story_links("s999")
        with pytest.raises(KeyError):
            store.story_of("no-such-article")


def test_stories_of_schema_1_are_filled_by_reading_them_again(store_url: str, demo: list[Article]) -> None:
    with open_store(store_url) as store:
        store.ingest(demo, stories=StoryBuilder())
        before = to_dict(store.stories()[0])
        # make it the store schema version 1 wrote: no quotes, claims or naming columns
        with store._write():
            for column in ("quotes", "claims", "naming"):
                store._execute(f"ALTER TABLE stories DROP COLUMN {column}")
            store._execute("DROP TABLE api_tokens")  # and no table or column of later versions
            for table in ("story_entities", "entity_names", "entities"):
                store._execute(f"DROP TABLE {table}")
            store._execute("DROP INDEX stories_rank")
            for column in ("facets", "size", "outlets", "rank_key", "density"):
                store._execute(f"ALTER TABLE stories DROP COLUMN {column}")
            store._execute("DROP TABLE story_redirects")
            for table in ("watch_sources", "watch_items", "watch_days", "watch_problems", "watchlists", "alerts"):
                store._execute(f"DROP TABLE {table}")  # version 5
            store._execute("DROP TABLE article_readings")  # version 7
            store._execute("DROP INDEX articles_current")
            store._execute("DROP TABLE entity_redirects")  # version 8
            store._execute("DELETE FROM schema_version WHERE version >= 2")
    with open_store(store_url) as store:  # migrated on open
        assert schema_version(store) == SCHEMA_VERSION
        (story,) = store.stories()
        assert story.quotes == () and story.claims == () and story.naming == ()
        assert story.summary and story.entities  # what version 1 kept is still there
        assert store.reread_stories(StoryBuilder()) == 1
        assert to_dict(store.stories()[0]) == before
        assert store.check() == []


def test_a_story_read_again_uses_its_articles_kept_readings_made_with_this_code(
    store_url: str, demo: list[Article]
) -> None:
    """Each article's own reading is kept with its version when its story is read; a story read again
    takes it from there (a reading altered in the table shows in the story), but not one made under
    another stamp (other code or settings), which is made again."""
    builder = StoryBuilder()
    with open_store(store_url) as store:
        store.ingest(demo, stories=builder)
        (story,) = store.stories()
        kept = store._rows("SELECT made_with FROM article_readings")
        assert len(kept) == len(demo) and {m for (m,) in kept} == {builder.reading_stamp}
        # the first article whose kept reading mentions McKenzie, its reading kept without those mentions
        rows = dict(store._rows("SELECT id, current_row FROM articles"))
        # (kept as zlib-compressed JSON)
        readings = {row: zlib.decompress(data).decode() for row, data in store._rows("SELECT row_id, reading FROM article_readings")}
        first = next(a for a in demo if "ماكنزي" in readings[rows[a.id]])
        row, text = rows[first.id], readings[rows[first.id]]
        altered = json.loads(text)
        altered["mentions"] = [m for m in altered["mentions"] if "ماكنزي" not in m["text"]]
        packed = zlib.compress(json.dumps(altered).encode())
        with store._write():
            store._execute("UPDATE article_readings SET reading = ? WHERE row_id = ?", (packed, row))

        def mckenzie_in(number: str) -> set[str]:
            return {m.article for e in store.story(number).entities for m in e.mentions if "ماكنزي" in m.text}

        assert first.id in mckenzie_in(story.id)
        store.reread_stories(builder)
        assert first.id not in mckenzie_in(story.id)  # the kept reading was used
        with store._write():
            store._execute("UPDATE article_readings SET made_with = 'older code' WHERE row_id = ?", (row,))
        store.reread_stories(builder)
        assert first.id in mckenzie_in(story.id)  # made again
        assert store._rows("SELECT made_with FROM article_readings WHERE row_id = ?", (row,)) == [
            (builder.reading_stamp,)
        ]
