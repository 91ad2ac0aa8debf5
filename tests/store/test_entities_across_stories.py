"""One entity across stories: the same person keeps one id in every story that names them, whatever the
spelling, the id holds when stories are read again, and a store written before entities had ids gets
them from what its stories hold."""

from __future__ import annotations

from entity_reports import prince_reports, report, sisi_reports
from marsad.model import Article
from marsad.pipeline import load_articles
from marsad.store import open_store
from marsad.store.entities import entity_number, public_id
from marsad.store.migrate import schema_version
from marsad.store.schema import SCHEMA_VERSION
from marsad.store.stories import StoryBuilder

# A report from years later (2024; the demo is of 2021), on another subject, naming the demo story's prime
# minister by his surname alone too. Months apart, the clustering would take it into the demo story.
PARIS = (
    "وصل رئيس الوزراء العراقي مصطفى الكاظمي إلى باريس في زيارة رسمية يلتقي خلالها الرئيس الفرنسي "
    "إيمانويل ماكرون.\n\n"
    "وقال الكاظمي في مؤتمر صحفي إن العراق يريد علاقات متوازنة مع جميع الدول، وإن بلاده لن تكون ساحة "
    "لتصفية الحسابات."
)


def _paris() -> Article:
    article = Article(id="paris", title="الكاظمي يصل إلى باريس", text=PARIS, raw=PARIS, extracted=PARIS,
                      outlet="وكالة الأنباء العراقية", published="2024-03-10", url="https://example.org/paris")
    (clean,) = load_articles([article], [])
    return clean


def _ids_by_name(store) -> dict[str, dict[str, str]]:
    """Story id -> entity name -> id across stories."""
    out = {}
    for story in store.stories():
        links = store.story_entity_ids(story.id)
        out[story.id] = {e.name: links[e.id] for e in story.entities}
    return out


def test_one_person_one_id_across_stories_and_rereads(store_url: str, demo: list[Article]) -> None:
    with open_store(store_url) as store:
        store.ingest(demo, stories=StoryBuilder())
        store.ingest([_paris()], stories=StoryBuilder())
        ids = _ids_by_name(store)
        assert len(ids) == 2
        demo_story, paris_story = sorted(ids, key=lambda s: "مصطفى الكاظمي" in ids[s] and "باريس" in ids[s])
        kadhimi = ids[demo_story]["مصطفى الكاظمي"]
        assert ids[paris_story]["مصطفى الكاظمي"] == kadhimi
        assert ids[paris_story]["العراق"] == ids[demo_story]["العراق"]
        # people who are different stay apart
        assert len({ids[demo_story][n] for n in ids[demo_story]}) == len(ids[demo_story])
        assert ids[paris_story]["إيمانويل ماكرون"] not in ids[demo_story].values()

        # any variant finds him: the surname alone, the full name, another spelling of a surname
        for name in ("الكاظمي", "مصطفى الكاظمي", "مصطفى الكاظمى"):
            assert [m.id for m in store.find_entities(name)] == [kadhimi], name
        mckenzie = store.find_entities("ماكنزي")
        assert mckenzie and [m.id for m in store.find_entities("ماكينزي")] == [mckenzie[0].id]
        assert store.find_entities("نتنياهو") == []

        profile = store.entity(kadhimi)
        assert profile.name == "مصطفى الكاظمي" and profile.type == "PER"
        assert [s.story for s in profile.stories] == [paris_story, demo_story]  # newest first
        assert {"الكاظمي", "مصطفى الكاظمي"} <= {v for v, _ in profile.variants}
        assert any("رئيس الوزراء" in r for r, _ in profile.roles)
        assert {"الجزيرة نت", "وكالة الأنباء العراقية"} <= set(profile.outlet_names)
        said = [s.quote.text for s in profile.statements]
        assert any("علاقات متوازنة" in t for t in said)  # what he said in Paris, with the demo's quotes
        assert len({s.quote.article for s in profile.statements}) >= 3

        # reading every story again keeps every id
        assert store.reread_stories(StoryBuilder()) == 2
        assert _ids_by_name(store) == ids
        assert store.check() == []


def test_stores_written_before_entity_ids_get_them_from_their_stories(store_url: str, demo: list[Article]) -> None:
    with open_store(store_url) as store:
        store.ingest(demo, stories=StoryBuilder())
        ids = _ids_by_name(store)
        with store._write():  # as a store of schema version 2 holds it: no links
            for table in ("story_entities", "entity_names", "entities"):
                store._execute(f"DELETE FROM {table}")
        (story,) = store.stories()
        assert store.story_entity_ids(story.id) == {}
        assert store.link_entities() == 1
        linked = _ids_by_name(store)
        # the same entities as when the story was first written (numbers may differ: a fresh count)
        renamed = {ids[s][n]: linked[s][n] for s in ids for n in ids[s]}
        assert len(set(renamed.values())) == len(renamed) == len(ids[story.id])
        assert store.link_entities() == 1  # again: nothing moves
        assert _ids_by_name(store) == linked


# Two reports of different days and subjects, each naming someone only by the given name صالح (in a
# 3,000-article SaudiNewsNet store one ``صالح`` held Yemen's former president, a Jeddah festival's
# organizer and an Algerian officer).
YEMEN = (
    "وقال صالح في كلمته أمام أنصاره في صنعاء إن الحوثيين لن يتراجعوا عن مواقعهم في المدينة.\n\n"
    "وشهدت صنعاء اشتباكات متقطعة بين الطرفين طوال الليل، بحسب سكان محليين."
)
JEDDAH = (
    "وأوضح صالح أن مهرجان جدة سيستقطب أربعة ملايين زائر هذا العام، بزيادة مليون عن العام الماضي.\n\n"
    "وتقام فعاليات المهرجان على الواجهة البحرية طوال أيام الإجازة الصيفية."
)


_report = report


def test_a_given_name_alone_is_not_one_person_across_stories(store_url: str) -> None:
    with open_store(store_url) as store:
        store.ingest([_report("yemen", "صالح يتوعد في صنعاء", YEMEN, "2015-07-21")], stories=StoryBuilder())
        store.ingest([_report("jeddah", "مهرجان جدة يستقطب الزوار", JEDDAH, "2015-08-20")], stories=StoryBuilder())
        ids = _ids_by_name(store)
        assert len(ids) == 2
        people = [story["صالح"] for story in ids.values()]
        assert len(set(people)) == 2  # two people named صالح, two ids
        assert store.reread_stories(StoryBuilder()) == 2
        assert _ids_by_name(store) == ids  # and each keeps its id when read again


def test_two_stored_entities_a_story_shows_to_be_one_are_merged_and_the_old_id_redirects(store_url: str) -> None:
    with open_store(store_url) as store:
        jordan, expo, council = prince_reports()
        store.ingest([jordan], stories=StoryBuilder())
        store.ingest([expo], stories=StoryBuilder())
        ids = _ids_by_name(store)
        assert len(ids) == 2
        short, full = (next(i[n] for i in ids.values() if n in i) for n in ("محمد بن سلمان", "محمد بن سلمان بن عبدالعزيز"))
        assert short != full  # nothing yet says they are one

        store.ingest([council], stories=StoryBuilder())
        ids = _ids_by_name(store)
        assert len(ids) == 2
        prince = {i for story in ids.values() for n, i in story.items() if n.startswith("محمد بن سلمان")}
        assert prince == {short}  # both stories name one entity, the one first stored
        # every spelling finds it, and the id merged away leads to it
        for name in ("محمد بن سلمان", "محمد بن سلمان بن عبد العزيز", "محمد بن سلمان بن عبدالعزيز"):
            assert [m.id for m in store.find_entities(name)] == [short], name
        merged = store.entity(full)
        assert merged.id == short and merged.name == "محمد بن سلمان بن عبدالعزيز"
        assert len(merged.stories) == 2

        assert store.reread_stories(StoryBuilder()) == 2  # reading again moves nothing
        assert _ids_by_name(store) == ids


def test_a_name_written_with_and_without_the_space_after_abd_is_one_entity(store_url: str) -> None:
    with open_store(store_url) as store:
        for article in sisi_reports():
            store.ingest([article], stories=StoryBuilder())
        ids = _ids_by_name(store)
        assert len(ids) == 2  # two stories
        (spaced,) = (i["عبد الفتاح السيسي"] for i in ids.values() if "عبد الفتاح السيسي" in i)
        (joined,) = (i["عبدالفتاح السيسي"] for i in ids.values() if "عبدالفتاح السيسي" in i)
        assert spaced == joined
        assert [m.id for m in store.find_entities("عبد الفتاح السيسي")] == [spaced]


def test_a_store_of_schema_7_gets_its_keys_made_again_and_one_name_s_entities_merged(store_url: str) -> None:
    with open_store(store_url) as store:
        for article in sisi_reports():
            store.ingest([article], stories=StoryBuilder())
        ids = _ids_by_name(store)
        sisi = entity_number(next(i["عبد الفتاح السيسي"] for i in ids.values() if "عبد الفتاح السيسي" in i))
        canal = next(s for s, i in ids.items() if "عبد الفتاح السيسي" in i)
        with store._write():  # as schema version 7 held it: the spaced name had its own key, and so its own entity
            store._execute("DROP TABLE entity_redirects")
            store._execute("DELETE FROM schema_version WHERE version >= 8")
            store._execute("DELETE FROM entity_names WHERE entity_id = ? AND kind = 'name'", (sisi,))
            store._execute("INSERT INTO entity_names (kind, type, key, entity_id) VALUES ('name', 'PER', ?, ?)",
                           ("عبدالفتاح السيسي", sisi))
            old = store._insert_returning_id(
                "INSERT INTO entities (type, name, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id",
                ("PER", "عبد الفتاح السيسي", "2015-08-06T00:00:00+00:00", "2015-08-06T00:00:00+00:00"),
            )
            store._execute("INSERT INTO entity_names (kind, type, key, entity_id) VALUES ('name', 'PER', ?, ?)",
                           ("عبد الفتاح السيسي", old))
            store._execute("UPDATE story_entities SET entity_id = ? WHERE entity_id = ? AND story_id = ?",
                           (old, sisi, int(canal[1:])))
        assert _ids_by_name(store)[canal]["عبد الفتاح السيسي"] != public_id(sisi)
    with open_store(store_url) as store:  # migrated on open
        assert schema_version(store) == SCHEMA_VERSION
        assert _ids_by_name(store) == ids  # one entity again, the first stored
        assert store.entity(public_id(old)).id == public_id(sisi)  # the other's id leads to it
        assert [m.id for m in store.find_entities("عبد الفتاح السيسي")] == [public_id(sisi)]


def test_a_spelling_no_story_used_still_finds_the_entity(store_url: str, demo: list[Article]) -> None:
    with open_store(store_url) as store:
        store.ingest(demo, stories=StoryBuilder())
        (kadhimi,) = store.find_entities("مصطفى الكاظمي")
        # a long vowel written in, a name as another outlet transliterates it: one entity each, the same
        assert [m.id for m in store.find_entities("مصطفى الكاظيمي")] == [kadhimi.id]
        (blinken,) = store.find_entities("أنتوني بلينكن")
        assert [m.id for m in store.find_entities("انتوني بلينكين")] == [blinken.id]
        # a name a letter short of it is another name (short words have no other spelling)
        assert store.find_entities("مصطفى الكاظم") == []
