"""One entity across stories: stable ids in the store, what a story's entities link to, an entity's profile.

Each story resolves its own entities (``e1``, ``e2``... by :func:`marsad.extract.resolve.resolve_entities`,
variants merged inside the story). When a story is written, each of its entities is linked to a store
entity (``ent-12``) by its names:

1. the name keys (:func:`marsad.extract.resolve.name_key`) of its name and variants, of its type, that
   already lead to a store entity (``entity_names`` of kind ``name``) — the entity most of its full names
   lead to wins, the oldest on a tie (names of two words or more that no longer name of it holds, but a
   person's under the same given name: ``وزارة الداخلية التونسية``, not ``وزارة الداخلية``, which every
   country has), else the one most of its names lead to; a person's one-word variants (``الكاظمي``) are not
   looked up this way when the entity has a longer name, since a surname alone is shared by many people;
2. else, for a person known only by one word, the one store person whose surname it is, when exactly one;
3. else a new store entity.

A person known in a story only by a listed given name (``صالح``، ``محمد``، ``هادي``) skips step 1: across
stories a given name alone names many people (a 3,000-article store made one ``صالح`` of Yemen's former
president, a Jeddah festival's organizer and an Algerian officer). It still finds, by step 2, the one
stored person whose surname it is, and keeps the id it had in its own story when the story is read again.

The keys of the story entity then lead to the store entity (a key already leading elsewhere keeps its
first owner), and a longer well-formed name replaces the stored one. Ids therefore hold when stories are
read again, grow, or are re-linked (:func:`link_all`).

**Two stored entities found to be one.** When a story's entity has names of two words or more that lead to
different store entities (``عمر البشير`` to one, ``عمر حسن البشير`` to another, first seen in different
stories), the story has shown them to be one: the others are merged into the one chosen (:func:`merge_entity`)
— their stories and names move to it, and their ids redirect to it (``entity_redirects``), so a link to
either keeps leading to the person. A one-word name (``الاتحاد``) never merges two entities: alone it names
many; nor does a shorter form a longer name of the story's entity holds, unless it is a person's, under the
same given name (:func:`_part_of_another`: ``وزارة الداخلية`` is every country's, ``علي صالح`` inside ``أحمد
علي عبد الله صالح`` is his father, ``عمر البشير`` is ``عمر حسن البشير``). Nor are two entities merged that
another story names side by side as two.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..extract.ner.gazetteers import FIRST_NAMES
from ..extract.resolve import name_key, similar_names
from ..model import Entity, Story

if TYPE_CHECKING:
    from ..analyze.speakers import Statement
    from .base import Store

__all__ = ["EntityMatch", "EntityProfile", "EntityStory", "entity_number", "find_entities", "link_all",
           "link_in_transaction", "link_story", "merge_entity", "profile", "public_id", "rekey_names", "resolve_entity",
           "story_entity_ids"]

_PREFIX = "ent-"
MAX_PROFILE_STORIES = 200  # stories whose quotes and names an entity page reads (the most recent)


def public_id(number: int) -> str:
    """The id shown for a store entity: ``ent-12``."""
    return f"{_PREFIX}{number}"


def entity_number(entity_id: str) -> int | None:
    """The number of ``ent-12``, or ``None`` for anything else."""
    rest = entity_id.removeprefix(_PREFIX)
    return int(rest) if entity_id.startswith(_PREFIX) and rest.isdigit() and len(rest) < 18 else None


def _keys(entity: Entity) -> tuple[list[str], list[str], str | None]:
    """``(name keys to link by, surname keys, the one-word name to look up as a surname)`` of a story
    entity (see the module docstring). A person's surname keys are the last words of its longer names and
    its one-word variants (``ماكينزي`` beside ``كينيث ماكنزي``): they find the person, never link it."""
    keys = list(dict.fromkeys(k for k in (name_key(v) for v in (entity.name, *entity.variants)) if k))
    if entity.type != "PER":
        return keys, [], None
    longer = [k for k in keys if " " in k]
    if longer:
        short = [k for k in keys if " " not in k]
        return longer, list(dict.fromkeys([*(k.split()[-1] for k in longer), *short])), None
    return keys, [], keys[0] if len(keys) == 1 else None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _given_name_alone(entity: Entity, keys: list[str]) -> bool:
    """A person named in its story only by one listed given name (see the module docstring)."""
    return entity.type == "PER" and len(keys) == 1 and " " not in keys[0] and keys[0] in FIRST_NAMES


def link_story(store: Store, number: int, entities: Sequence[Entity]) -> None:
    """Link story ``number``'s entities to store entities (inside the caller's write transaction)."""
    from .base import _marks

    # the people this story was linked to when last read, by name: a given name alone keeps its own
    earlier = {str(r[1]): int(r[0]) for r in store._rows(
        "SELECT e.id, e.name FROM story_entities s JOIN entities e ON e.id = s.entity_id"
        " WHERE s.story_id = ? AND e.type = 'PER' ORDER BY e.id DESC", (number,)
    )}
    store._execute("DELETE FROM story_entities WHERE story_id = ?", (number,))
    links = []
    for entity in entities:
        keys, surnames, surname = _keys(entity)
        if not keys:
            continue
        full: Counter[int] = Counter()
        if _given_name_alone(entity, keys):
            found = Counter([earlier[entity.name]] if entity.name in earlier else [])
        else:
            found, full = _led_to(store, entity.type, keys)
        # the entity its full names lead to, before one its shorter forms lead to (``وزارة الداخلية``)
        counted = full or found
        chosen = min(counted, key=lambda n: (-counted[n], n)) if counted else None
        if chosen is not None and len(full) > 1:
            for other in sorted(full):
                if other != chosen and not _apart(store, chosen, other):
                    merge_entity(store, chosen, other)
        if chosen is None and surname is not None:
            people = {int(r[0]) for r in store._rows(
                "SELECT entity_id FROM entity_names WHERE kind = 'surname' AND type = 'PER' AND key = ?", (surname,)
            )}
            chosen = people.pop() if len(people) == 1 else None
        now = _now()
        if chosen is None:
            chosen = store._insert_returning_id(
                "INSERT INTO entities (type, name, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id",
                (entity.type, entity.name, now, now),
            )
        else:
            ((stored,),) = store._rows("SELECT name FROM entities WHERE id = ?", (chosen,))
            if len(entity.name.split()) > len(stored.split()):
                store._execute("UPDATE entities SET name = ?, updated_at = ? WHERE id = ?", (entity.name, now, chosen))
        owned = {r[0] for r in store._rows(
            f"SELECT key FROM entity_names WHERE kind = 'name' AND type = ? AND key IN ({_marks(keys)})", [entity.type, *keys]
        )}
        rows = [("name", entity.type, k, chosen) for k in keys if k not in owned]
        rows += [("surname", "PER", k, chosen) for k in surnames]
        if rows:
            existing = {tuple(r) for r in store._rows(
                "SELECT kind, type, key, entity_id FROM entity_names WHERE entity_id = ?", (chosen,)
            )}
            store._executemany(
                "INSERT INTO entity_names (kind, type, key, entity_id) VALUES (?, ?, ?, ?)",
                [r for r in rows if r not in existing],
            )
        links.append((number, entity.id, chosen))
    store._executemany("INSERT INTO story_entities (story_id, local_id, entity_id) VALUES (?, ?, ?)", links)


def _led_to(store: Store, kind: str, keys: list[str]) -> tuple[Counter[int], Counter[int]]:
    """How many of ``keys`` lead to each store entity of type ``kind``; and how many of its full names do: names
    of two words or more that are not a part of a longer one (:func:`_part_of_another`)."""
    from .base import _marks

    whole = {k for k in keys if " " in k and not _part_of_another(kind, k, keys)}
    rows = store._rows(
        f"SELECT key, entity_id FROM entity_names WHERE kind = 'name' AND type = ? AND key IN ({_marks(keys)})",
        [kind, *keys],
    )
    return Counter(int(n) for _, n in rows), Counter(int(n) for k, n in rows if k in whole)


def _part_of_another(kind: str, key: str, keys: list[str]) -> bool:
    """Whether ``key`` is a part of a longer name of the same entity that says more than it: of a body or place,
    any longer name holding its words (``وزاره الداخليه`` of ``وزاره الداخليه التونسيه``: every country has one);
    of a person, a longer name holding its words under another given name (``علي صالح`` of ``احمد علي عبدالله
    صالح``: the father, inside the son's name), while the same given name with fewer of the names after it is
    the person (``محمد بنسلمان``، ``عمر البشير`` of ``عمر حسن البشير``)."""
    words = key.split()
    return any(
        other != key and set(words) <= set(other.split()) and (kind != "PER" or other.split()[0] != words[0])
        for other in keys
    )


def _apart(store: Store, a: int, b: int) -> bool:
    """Whether some story names entities ``a`` and ``b`` as two of its entities."""
    return bool(store._rows(
        "SELECT 1 FROM story_entities x JOIN story_entities y ON x.story_id = y.story_id "
        "WHERE x.entity_id = ? AND y.entity_id = ? LIMIT 1", (a, b),
    ))


def merge_entity(store: Store, keep: int, gone: int) -> None:
    """Entity ``gone`` is ``keep`` (inside the caller's write transaction): its stories' links and its names move
    to ``keep``, the longer name (in words) is kept, and ``gone`` (with every id already redirected to it)
    redirects to ``keep``. The row of ``gone`` stays, so that its number is never given to another entity."""
    store._execute("UPDATE story_entities SET entity_id = ? WHERE entity_id = ?", (keep, gone))
    kept = {tuple(r) for r in store._rows("SELECT kind, type, key FROM entity_names WHERE entity_id = ?", (keep,))}
    moved = [tuple(r) for r in store._rows("SELECT kind, type, key FROM entity_names WHERE entity_id = ?", (gone,))]
    store._execute("DELETE FROM entity_names WHERE entity_id = ?", (gone,))
    store._executemany(
        "INSERT INTO entity_names (kind, type, key, entity_id) VALUES (?, ?, ?, ?)",
        [(*row, keep) for row in moved if row not in kept],
    )
    ((kept_name,),) = store._rows("SELECT name FROM entities WHERE id = ?", (keep,))
    ((gone_name,),) = store._rows("SELECT name FROM entities WHERE id = ?", (gone,))
    now = _now()
    if len(gone_name.split()) > len(kept_name.split()):
        store._execute("UPDATE entities SET name = ?, updated_at = ? WHERE id = ?", (gone_name, now, keep))
    store._execute("UPDATE entity_redirects SET new_id = ? WHERE new_id = ?", (keep, gone))
    store._execute("INSERT INTO entity_redirects (old_id, new_id, merged_at) VALUES (?, ?, ?)", (gone, keep, now))


def resolve_entity(store: Store, number: int) -> int:
    """The entity ``number`` is now: itself, or the one it was merged into (redirects always point at a live
    entity, :func:`merge_entity`)."""
    moved = store._rows("SELECT new_id FROM entity_redirects WHERE old_id = ?", (number,))
    return int(moved[0][0]) if moved else number


def rekey_names(store: Store) -> None:
    """Schema version 8 (inside its transaction): name keys made again by :func:`name_key` as it is now (``عبد``
    joined to the name after it), and the entities whose names of two words or more now have one key merged
    into the oldest of them, unless a story names them as two; then every story linked again, so that the
    entities a story showed to be one before version 8 are merged too (:func:`link_story`)."""
    rows = [(str(k), str(t), str(key), int(n)) for k, t, key, n in store._rows(
        "SELECT kind, type, key, entity_id FROM entity_names ORDER BY entity_id"
    )]
    rekeyed = sorted({(kind, type_, name_key(key), number) for kind, type_, key, number in rows}, key=lambda r: r[3])
    owners: dict[tuple[str, str], list[int]] = {}  # each name key's entities, oldest first
    for kind, type_, key, number in rekeyed:
        if kind == "name":
            owners.setdefault((type_, key), []).append(number)
    store._execute("DELETE FROM entity_names")
    store._executemany(
        "INSERT INTO entity_names (kind, type, key, entity_id) VALUES (?, ?, ?, ?)",
        sorted(r for r in rekeyed if r[0] != "name" or owners[(r[1], r[2])][0] == r[3]),  # a key's first owner keeps it
    )
    for (_, key), numbers in owners.items():
        if " " not in key:
            continue  # a one-word name merges nothing
        keep = resolve_entity(store, numbers[0])
        for other in numbers[1:]:
            gone = resolve_entity(store, other)
            if gone != keep and not _apart(store, keep, gone):
                merge_entity(store, keep, gone)
    link_in_transaction(store)


def link_all(store: Store) -> int:
    """Link every stored story's entities from what the stories hold (no reading again); return how many
    stories were linked. For stores written before entities had ids; re-running it changes nothing."""
    with store._read():
        numbers = [int(r[0]) for r in store._rows("SELECT id FROM stories ORDER BY id")]
    for number in numbers:
        with store._write():
            _link_stored(store, number)
    return len(numbers)


def link_in_transaction(store: Store) -> None:
    """:func:`link_all` inside the caller's write transaction (schema version 6's migration)."""
    for (number,) in store._rows("SELECT id FROM stories ORDER BY id"):
        _link_stored(store, int(number))


def _link_stored(store: Store, number: int) -> None:
    from .base import _load

    ((entities,),) = store._rows("SELECT entities FROM stories WHERE id = ?", (number,))
    link_story(store, number, _load(tuple[Entity, ...], entities))


@dataclass(frozen=True, slots=True)
class EntityStory:
    """A story that names the entity: its id, title, days, and the entity as that story has it (local
    id, name, mentions, roles)."""

    story: str
    title: str
    first_day: str | None
    last_day: str | None
    local_id: str
    name: str
    mentions: int
    roles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EntityProfile:
    """Everything the store knows of one entity across stories.

    ``variants`` and ``roles`` are ``(as written, mentions)`` most used first; ``stories`` newest first;
    ``outlet_names`` maps each outlet (or the article id when the outlet is unknown) to the names it used,
    most used first; ``statements`` are its attributed quotes in date order
    (:func:`marsad.analyze.statements_by`). Variants, roles, names and statements are read from the
    ``MAX_PROFILE_STORIES`` most recent stories; ``stories`` lists them all.
    """

    id: str
    name: str
    type: str
    variants: tuple[tuple[str, int], ...]
    roles: tuple[tuple[str, int], ...]
    stories: tuple[EntityStory, ...]
    outlet_names: dict[str, tuple[tuple[str, int], ...]]
    statements: tuple[Statement, ...]


def profile(store: Store, entity_id: str) -> EntityProfile:
    """The profile of store entity ``entity_id`` (``ent-12``); KeyError when unknown."""
    from ..analyze.naming import outlet_key
    from ..analyze.speakers import statements_by
    from .base import _STORY_COLUMNS, _chunks, _marks, _story_id

    number = entity_number(entity_id)
    with store._read():
        number = resolve_entity(store, number) if number is not None else -1
        rows = store._rows("SELECT id, name, type FROM entities WHERE id = ?", (number,))
        if not rows:
            raise KeyError(entity_id)
        _, name, kind = rows[0]
        links = store._rows(
            "SELECT se.story_id, se.local_id, s.title, s.first_day, s.last_day FROM story_entities se "
            "JOIN stories s ON s.id = se.story_id WHERE se.entity_id = ? "
            "ORDER BY CASE WHEN s.last_day IS NULL THEN 1 ELSE 0 END, s.last_day DESC, s.id DESC",
            (number,),
        )
        local = {int(r[0]): r[1] for r in links}
        recent = [int(r[0]) for r in links[:MAX_PROFILE_STORIES]]
        stories: dict[int, Story] = {}
        for chunk in _chunks(recent):
            for story in store._stories_from_rows(
                store._rows(f"SELECT {_STORY_COLUMNS} FROM stories s WHERE s.id IN ({_marks(chunk)})", chunk)
            ):
                stories[int(story.id[1:])] = story
        own: dict[int, Entity] = {}
        for n, story in stories.items():
            match = next((e for e in story.entities if e.id == local[n]), None)
            if match is not None:
                own[n] = match
        wanted = sorted({m.article for e in own.values() for m in e.mentions}
                        | {q.article for n, s in stories.items() for q in s.quotes if q.speaker == local[n]})
        articles = store._current(wanted)
    by_id = {a.id: a for a in articles}
    variants: Counter[str] = Counter()
    roles: Counter[str] = Counter()
    outlet_names: dict[str, Counter[str]] = {}
    for entity in own.values():
        for m in entity.mentions:
            variants[m.text] += 1
            if m.role:
                roles[m.role] += 1
            if m.article in by_id:
                outlet_names.setdefault(outlet_key(by_id[m.article]), Counter())[m.text] += 1
    statements = sorted(
        (s for n, story in stories.items() for s in statements_by(local[n], story.quotes, articles)),
        key=lambda s: (s.published is None, s.published or "", s.quote.article, s.quote.start),
    )
    listed = tuple(
        EntityStory(
            story=_story_id(int(story_number)), title=title, first_day=first, last_day=last, local_id=local_id,
            name=own[int(story_number)].name if int(story_number) in own else name,
            mentions=len(own[int(story_number)].mentions) if int(story_number) in own else 0,
            roles=own[int(story_number)].roles if int(story_number) in own else (),
        )
        for story_number, local_id, title, first, last in links
    )
    return EntityProfile(
        id=public_id(int(number)), name=name, type=kind, variants=tuple(variants.most_common()),
        roles=tuple(roles.most_common()), stories=listed,
        outlet_names={o: tuple(c.most_common()) for o, c in sorted(outlet_names.items(), key=lambda x: -x[1].total())},
        statements=tuple(statements),
    )


@dataclass(frozen=True, slots=True)
class EntityMatch:
    """An entity a name leads to: id, stored name, type, and how many stories name it."""

    id: str
    name: str
    type: str
    stories: int


def find_entities(store: Store, name: str, limit: int = 20) -> list[EntityMatch]:
    """Store entities that ``name`` is a variant of (any spelling the stories used, by name key), or, for
    a single word, the surname of, and those of the names that are another spelling of it, word for word
    (:func:`~marsad.extract.resolve.similar_names`: ``سيرجي لافروف`` finds ``سيرغي لافروف``, and ``فلاديمير
    بوتين`` both the entity of that spelling and that of ``فلاديمير بوتن`` when no story wrote both); most
    stories first. Outlets spell a name their own way, and so does a reader."""
    from .base import _marks

    key = name_key(name)
    if not key:
        return []
    with store._read():
        # the stored names that open with the same letter: the spellings of a name share their first letter
        # (LIKE, not a range: PostgreSQL orders text by the database's collation, not by code point)
        stored = store._rows("SELECT DISTINCT key FROM entity_names WHERE key LIKE ?", (f"{key[0]}%",)) if (
            key[0].isalpha()
        ) else []
        keys = [key, *(k for (k,) in stored if k != key and similar_names(key, k))]
        rows = store._rows(
            "SELECT e.id, e.name, e.type, (SELECT COUNT(*) FROM story_entities se WHERE se.entity_id = e.id) AS n "
            f"FROM entities e WHERE e.id IN (SELECT entity_id FROM entity_names WHERE key IN ({_marks(keys)})) "
            "ORDER BY n DESC, e.id LIMIT ?",
            (*keys, limit),
        )
    return [EntityMatch(public_id(int(i)), n, t, int(c)) for i, n, t, c in rows]


def story_entity_ids(store: Store, story_id: int) -> dict[str, str]:
    """A story's local entity ids (``e1``) -> store entity ids (``ent-12``)."""
    with store._read():
        rows = store._rows("SELECT local_id, entity_id FROM story_entities WHERE story_id = ?", (story_id,))
    return {local: public_id(int(n)) for local, n in rows}
