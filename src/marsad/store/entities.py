"""One entity across stories: stable ids in the store, what a story's entities link to, an entity's profile.

Each story resolves its own entities (``e1``, ``e2``... by :func:`marsad.extract.resolve.resolve_entities`,
variants merged inside the story). When a story is written, each of its entities is linked to a store
entity (``ent-12``) by its names:

1. the name keys (:func:`marsad.extract.resolve.name_key`) of its name and variants, of its type, that
   already lead to a store entity (``entity_names`` of kind ``name``) — the entity most of them lead to
   wins (the oldest on a tie); a person's one-word variants (``الكاظمي``) are not looked up this way when
   the entity has a longer name, since a surname alone is shared by many people;
2. else, for a person known only by one word, the one store person whose surname it is, when exactly one;
3. else a new store entity.

A person known in a story only by a listed given name (``صالح``، ``محمد``، ``هادي``) skips step 1: across
stories a given name alone names many people (a 3,000-article store made one ``صالح`` of Yemen's former
president, a Jeddah festival's organizer and an Algerian officer). It still finds, by step 2, the one
stored person whose surname it is, and keeps the id it had in its own story when the story is read again.

The keys of the story entity then lead to the store entity (a key already leading elsewhere keeps its
first owner, so an id never moves), and a longer well-formed name replaces the stored one. Ids therefore
hold when stories are read again, grow, or are re-linked (:func:`link_all`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..extract.ner.gazetteers import FIRST_NAMES
from ..extract.resolve import name_key
from ..model import Entity, Story

if TYPE_CHECKING:
    from ..analyze.speakers import Statement
    from .base import Store

__all__ = ["EntityMatch", "EntityProfile", "EntityStory", "entity_number", "find_entities", "link_all",
           "link_in_transaction", "link_story", "profile", "public_id", "story_entity_ids"]

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
        marks = ", ".join("?" for _ in keys)
        if _given_name_alone(entity, keys):
            found = Counter([earlier[entity.name]] if entity.name in earlier else [])
        else:
            found = Counter(
                int(r[0]) for r in store._rows(
                    f"SELECT entity_id FROM entity_names WHERE kind = 'name' AND type = ? AND key IN ({marks})",
                    [entity.type, *keys],
                )
            )
        chosen = min(found, key=lambda n: (-found[n], n)) if found else None
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
            f"SELECT key FROM entity_names WHERE kind = 'name' AND type = ? AND key IN ({marks})", [entity.type, *keys]
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
        rows = store._rows("SELECT id, name, type FROM entities WHERE id = ?", (number if number is not None else -1,))
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
    a single word, the surname of; most stories first."""
    key = name_key(name)
    if not key:
        return []
    with store._read():
        rows = store._rows(
            "SELECT e.id, e.name, e.type, (SELECT COUNT(*) FROM story_entities se WHERE se.entity_id = e.id) AS n "
            "FROM entities e WHERE e.id IN (SELECT entity_id FROM entity_names WHERE key = ?) "
            "ORDER BY n DESC, e.id LIMIT ?",
            (key, limit),
        )
    return [EntityMatch(public_id(int(i)), n, t, int(c)) for i, n, t, c in rows]


def story_entity_ids(store: Store, story_id: int) -> dict[str, str]:
    """A story's local entity ids (``e1``) -> store entity ids (``ent-12``)."""
    with store._read():
        rows = store._rows("SELECT local_id, entity_id FROM story_entities WHERE story_id = ?", (story_id,))
    return {local: public_id(int(n)) for local, n in rows}
