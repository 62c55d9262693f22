"""Lists (shopping, to-do, packing ...): create a list, add items, read a list out, ask
whether something is on it, remove an item, clear or delete a list."""

from __future__ import annotations

import re
from typing import Any

from hark.errors import HarkError, NotFound
from hark.nlu.normalize import parse_number, parse_ordinal
from hark.skills.base import IntentSpec, SkillContext
from hark.skills.providers import lang
from hark.skills.providers.slots import as_written, clean
from hark.skills.timers import join_and, plural, read_db, slot_text, write_db
from hark.store import lists as repo
from hark.store.models import ListItem
from hark.types import Outcome, Understanding

DEFAULT_LIST = "shopping"
_LIST = r"(?:(?:my|the|a|an|our|this)\s+)?(?:([a-z0-9' -]+?)\s+)?list\b"
_ADD = re.compile(r"\b(?:add|put|include|append|write|stick|pop)\s+(?:down\s+)?(.+?)"
                  r"(?:\s+(?:to|on|in|onto|into)\s+" + _LIST + r".*)?$")
_REMOVE = re.compile(r"\b(?:remove|delete|take|cross|tick|erase|scratch|strike)\s+(?:off\s+)?"
                     r"(.+?)\s+(?:off|from|of)\s+" + _LIST)
_NAMED = (re.compile(r"\blist\s+(?:called|named)\s+([a-z0-9' -]+)$"),
          re.compile(r"\b(?:to|on|in|onto|into|from|off|of)\s+" + _LIST),
          re.compile(r"\b(?:new|a|my|the|an|our)\s+([a-z0-9' -]+?)\s+list\b"),
          re.compile(r"^([a-z0-9' -]+?)\s+list\b"))
_NOT_NAMES = {"me", "us", "new", "the", "my", "a", "this", "that", "following", "whole", "entire", "fresh",
              "your", "which", "what", "items", "item", "on", "in", "of", "all", "current"}
_CREATE = re.compile(r"\b(create|make|new|start|produce|fresh|set up|begin)\b")
_WHOLE = re.compile(r"\b(delete|remove|erase|get rid of|trash|throw away|discard)\s+(?:the\s+|my\s+"
                    r"|this\s+|that\s+|entire\s+|whole\s+|following\s+)*(?:[a-z0-9' -]+\s+)?list\b")
_CLEAR = re.compile(r"\b(clear|empty|wipe|reset)\b")
_NAMES_QUERY = re.compile(r"\b(lists|names of|which lists|what lists|how many lists)\b")


# the shopping list as German, French, Spanish and Italian speakers name it: one list
# for the whole household, whatever language each person speaks
_SHOPPING_WORDS = {"grocery", "groceries", "grocery shopping", "shop", "einkauf",
                   "einkaufsliste", "einkaufszettel", "einkäufe", "courses",
                   "liste de courses", "liste des courses", "compra", "lista de la compra",
                   "lista de compras", "spesa", "lista della spesa"}
# how to say "your shopping list" / "your list X" (German: accusative, dative)
_LIST_WORDS = {
    "de": (("deine Einkaufsliste", "deiner Einkaufsliste"),
           ("deine Liste {name}", "deiner Liste {name}")),
    "fr": (("votre liste de courses",) * 2, ("votre liste {name}",) * 2),
    "es": (("tu lista de la compra",) * 2, ("tu lista {name}",) * 2),
    "it": (("tua lista della spesa",) * 2, ("tua lista {name}",) * 2),
}


def list_key(name: str) -> str:
    name = clean(name).removesuffix(" list")
    name = re.sub(r"^(my|the|a|an|our|this|meine|die|ma|la mia|la|mi)\s+", "", name).strip()
    if name in {"to do", "todo", "to-do", "to dos", "todos", "things to do"}:
        return "to-do"
    if name in _SHOPPING_WORDS:
        return "shopping"
    return name


def say_list(name: str, language: str, dative: bool = False) -> str:
    """'deine Einkaufsliste', 'votre liste bricolage' (not for English)."""
    shopping, other = _LIST_WORDS[language]
    return (shopping if name == "shopping" else other)[int(dative)].format(name=name)


def _text(u: Understanding) -> str:
    """The words, with "to do" as one word so it is not read as "to (the) do list"."""
    return re.sub(r"\bto[ -]?dos?\b", "todo", clean(u.text))


def _split_items(text: str) -> list[str]:
    parts = re.split(r"\s*,\s*|\s+(?:and|und|et|y|e)\s+|\s+&\s+", text)
    out = []
    for p in parts:
        p = re.sub(r"^(some|a|an|the)\s+", "", p.strip())
        if p and p not in {"it", "this", "that", "item", "this item", "an item", "something"}:
            out.append(p)
    return out


def _name_from(u: Understanding) -> str:
    given = slot_text(u, "list_name")
    if given:
        return list_key(given)
    text = _text(u)
    for rx in _NAMED:
        m = rx.search(text)
        if m and m.group(1):
            name = list_key(m.group(1))
            last = name.split()[-1] if name else ""
            if name and name not in _NOT_NAMES and last not in _NOT_NAMES:
                return name
    return ""


class ListSkill:
    name = "lists"
    intents = [
        IntentSpec("lists_createoradd", "Create a list, or add items to a list.",
                   {"list_name": {"type": "string", "description": "Which list, e.g. 'shopping'"},
                    "item": {"type": "string", "description": "What to add, e.g. 'eggs and milk'"}}),
        IntentSpec("lists_query", "Read a list out, name the lists, or say whether "
                   "something is on a list.",
                   {"list_name": {"type": "string", "description": "Which list"}}),
        IntentSpec("lists_remove", "Remove an item from a list, clear a list, or delete a "
                   "whole list.",
                   {"list_name": {"type": "string", "description": "Which list"},
                    "item": {"type": "string", "description": "Which item"}},
                   sensitive=True),
    ]

    async def handle(self, u: Understanding, ctx: SkillContext) -> Outcome:
        try:
            if u.intent == "lists_createoradd":
                return await self.add(u, ctx)
            if u.intent == "lists_query":
                return await self.query(u, ctx)
            if u.intent == "lists_remove":
                return await self.remove(u, ctx)
        except NotFound as e:
            return Outcome(e.message, action="list.not_found")
        except HarkError as e:
            return Outcome(e.message, action="list.failed")
        return Outcome("Sorry, I can't do that with lists.", action="list.unsupported")

    async def _names(self, ctx: SkillContext) -> list[str]:
        rows = await read_db(ctx, repo.all_lists, user=ctx.user_id)
        return [r.name for r in rows]

    async def _default(self, ctx: SkillContext) -> str:
        names = await self._names(ctx)
        return names[0] if len(names) == 1 else DEFAULT_LIST

    async def add(self, u: Understanding, ctx: SkillContext) -> Outcome:
        text = _text(u)
        name = _name_from(u)
        items = _split_items(clean(slot_text(u, "item")))
        if not items:
            m = _ADD.search(text)
            if m:
                items = _split_items(m.group(1))
                if m.group(2) and not name:
                    name = list_key(m.group(2))
        items = [i for i in items if not re.fullmatch(r"(a |an |the )?(new )?list", i)]
        if not items:
            if not name:
                if _CREATE.search(text):
                    return Outcome("What should I call the list?", action="list.ask_name",
                                   expect_followup=True, data={"missing": "list_name"})
                return Outcome("What should I add?", action="list.ask_item",
                               expect_followup=True, data={"missing": "item"})
            existed = name in await self._names(ctx)
            await write_db(ctx, repo.get_or_create, name, user=ctx.user_id)
            if existed:
                return Outcome(f"You already have a {name} list.", action="list.exists",
                               data={"list": name})
            return Outcome(f"Okay, I've made a new {name} list.", action="list.create",
                           data={"list": name})
        name = name or await self._default(ctx)
        items = [as_written(u.text, i) for i in items]  # "Milch", not "milch"
        added = await write_db(ctx, _add_many, name, items, ctx.user_id)
        language = lang.pick(ctx.language)
        if language != "en":
            return Outcome(lang.t(language, "list_added", items=lang.join(items, language),
                                  list=say_list(name, language)),
                           action="list.add",
                           data={"list": name, "items": [i.text for i in added]})
        return Outcome(f"Okay, I've added {join_and(items)} to your {name} list.",
                       action="list.add", data={"list": name, "items": [i.text for i in added]})

    async def query(self, u: Understanding, ctx: SkillContext) -> Outcome:
        text = _text(u)
        names = await self._names(ctx)
        name = _name_from(u)
        if not names:
            return Outcome("You don't have any lists yet.", action="list.query",
                           data={"lists": []})
        if not name and (_NAMES_QUERY.search(text) or len(names) > 1):
            return Outcome(f"You have {plural(len(names), 'list')}: {join_and(names)}.",
                           action="list.query", data={"lists": names})
        name = name or names[0]
        items = await read_db(ctx, repo.items, name, user=ctx.user_id, include_done=False)
        texts = [i.text for i in items]
        m = re.search(r"\b(?:is|are|did i (?:add|put))\s+(.+?)\s+(?:on|in)\b", text)
        if m and not re.fullmatch(r"(there|anything|what|something|it)", m.group(1)):
            wanted = m.group(1).removeprefix("the ").removeprefix("some ")
            hit = any(wanted in t.lower() or t.lower() in wanted for t in texts)
            return Outcome(f"Yes, {wanted} is on your {name} list." if hit
                           else f"No, {wanted} isn't on your {name} list.",
                           action="list.query", data={"list": name, "items": texts})
        data = {"list": name, "items": texts}
        language = lang.pick(ctx.language)
        if language != "en":
            where = say_list(name, language, dative=True)
            speech = (lang.t(language, "list_items", list=where, items=lang.join(texts, language))
                      if texts else lang.t(language, "list_empty", list=where))
            return Outcome(speech, action="list.query", data=data)
        if not texts:
            return Outcome(f"Your {name} list is empty.", action="list.query", data=data)
        return Outcome(f"Your {name} list has {plural(len(texts), 'item')}: {join_and(texts)}.",
                       action="list.query", data=data)

    async def remove(self, u: Understanding, ctx: SkillContext) -> Outcome:
        text = _text(u)
        name = _name_from(u)
        m = _REMOVE.search(text)
        wanted = clean(slot_text(u, "item")) or (m.group(1) if m else "")
        if m and m.group(2) and not name:
            name = list_key(m.group(2))
        if not name:
            names = await self._names(ctx)
            if not names:
                return Outcome("You don't have any lists.", action="list.remove")
            if len(names) > 1:
                return Outcome(f"Which list: {join_and(names).replace(' and ', ' or ')}?",
                               action="list.ask_which", expect_followup=True,
                               data={"missing": "list_name", "choices": names})
            name = names[0]
        if wanted and not re.fullmatch(r"(the |this |my )?(whole |entire )?list", wanted):
            items = await read_db(ctx, repo.items, name, user=ctx.user_id)
            hits = _find_items(items, wanted)
            language = lang.pick(ctx.language)
            if not hits and language != "en":
                return Outcome(lang.t(language, "list_not_on", item=as_written(u.text, wanted),
                                      list=say_list(name, language, dative=True)),
                               action="list.not_found")
            if not hits:
                return Outcome(f"{wanted.capitalize()} isn't on your {name} list.",
                               action="list.not_found")
            await write_db(ctx, _remove_many, [i.id for i in hits])
            if language != "en":
                return Outcome(lang.t(language, "list_removed",
                                      items=lang.join([i.text for i in hits], language),
                                      list=say_list(name, language, dative=True)),
                               action="list.remove_item",
                               data={"list": name, "items": [i.text for i in hits]})
            return Outcome(f"Okay, I've removed {join_and([i.text for i in hits])} from your "
                           f"{name} list.", action="list.remove_item",
                           data={"list": name, "items": [i.text for i in hits]})
        if _CLEAR.search(text) and not _WHOLE.search(text):
            n = await write_db(ctx, repo.clear, name, user=ctx.user_id)
            return Outcome(f"Okay, your {name} list is empty now.", action="list.clear",
                           data={"list": name, "removed": n})
        await write_db(ctx, repo.delete_list, name, user=ctx.user_id)
        return Outcome(f"Okay, I've deleted your {name} list.", action="list.delete",
                       data={"list": name})


def _find_items(items: list[ListItem], wanted: str) -> list[ListItem]:
    m = re.fullmatch(r"(?:the\s+)?(?:item\s+(?:number\s+)?(\w+)|(\w+)\s+item)", wanted)
    if m:
        word = m.group(1) or m.group(2)
        n = parse_ordinal(word, "en") or parse_number(word, "en")
        if isinstance(n, int) and 1 <= n <= len(items):
            return [items[n - 1]]
    hits = []
    for part in _split_items(wanted):
        exact = [i for i in items if i.text.lower() == part]
        hits += exact or [i for i in items if part in i.text.lower() or i.text.lower() in part][:1]
    return hits


def _add_many(db: Any, name: str, items: list[str], user: str) -> list[ListItem]:
    return [repo.add_item(db, name, text, user=user) for text in items]


def _remove_many(db: Any, ids: list[int]) -> None:
    for i in ids:
        repo.remove_item(db, i)
