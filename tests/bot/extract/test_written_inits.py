"""The extractor's hot dataclasses write their __init__ out (mypyc compiles it; the generated one stays
Python): each must take every field, in the fields' order, and set it."""

from __future__ import annotations

import ast
import dataclasses

import pytest

from bot.compiled import sources
from bot.extract.direct import QuotedPassage
from bot.extract.entities import Entity
from bot.extract.mentions import Span
from bot.extract.segment import Paragraph, Sentence
from bot.extract.statement_base import Statement

WRITTEN = (Span, Entity, Statement, Paragraph, Sentence, QuotedPassage)


def _class_source(cls: type) -> ast.ClassDef:
    # From the source file: a compiled class's __init__ shows no signature.
    tree = ast.parse(sources()[cls.__module__].read_text(encoding="utf-8"))
    return next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls.__name__)


@pytest.mark.parametrize("cls", WRITTEN, ids=lambda c: c.__name__)
def test_the_written_init_takes_every_field_in_order(cls: type) -> None:
    node = _class_source(cls)
    annotated = [n.target for n in node.body if isinstance(n, ast.AnnAssign)]
    fields = [t.id for t in annotated if isinstance(t, ast.Name)]
    init = next(n for n in node.body if isinstance(n, ast.FunctionDef) and n.name == "__init__")
    assert [a.arg for a in init.args.args[1:]] == fields == [f.name for f in dataclasses.fields(cls)]


# The required arguments of each, with type-correct values (the compiled classes check them).
REQUIRED: dict[type, tuple] = {
    Span: (3, 9, "name", "Ann Lee"),
    Entity: ("Ann Lee", "person"),
    Statement: ([(1, 4)], None, "said", (5, 9)),
    Paragraph: (2, 10, 40, "body"),
    Sentence: (3, 9, 1),
    QuotedPassage: ([(1, 4)], 0, 5),
}


@pytest.mark.parametrize("cls", WRITTEN, ids=lambda c: c.__name__)
def test_the_written_init_sets_what_it_is_given_and_the_declared_defaults(cls: type) -> None:
    obj = cls(*REQUIRED[cls])
    fields = dataclasses.fields(cls)
    given = dict(zip((f.name for f in fields), REQUIRED[cls], strict=False))
    for f in fields:
        if f.name in given:
            expected = given[f.name]
        elif f.default is not dataclasses.MISSING:
            expected = f.default
        else:
            expected = f.default_factory()  # type: ignore[misc]
        assert getattr(obj, f.name) == expected, f.name
