"""Fuzz letter templates the way the template editor's live preview renders them.

Each input is a Jinja2 source (drawn from a grammar of tags, expressions,
filters, attribute chains into Python internals, unclosed tags, recursion and
huge loops; or a built-in letter mutated) rendered with
dealerapp.letters.render.compose(name, data, source=...) for a real entry of
the demo database, exactly as dealerapp/ui/widgets/template_editor.py does.
The editor catches only InputError: anything else a source can raise is a
crash here.

    .venv/bin/python fuzz/fuzz_letters.py --budget 10000
"""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

from harness import REPO, Case, fuzz, parse_arguments
from hypothesis import strategies as st
from mutate import mutate
from sqlalchemy import select

from dealerapp.config import resolve_database
from dealerapp.db import models as m
from dealerapp.db.database import Database
from dealerapp.letters.render import compose
from dealerapp.services.demo import load_demo
from dealerapp.services.letter_data import LetterData, letter_data

LETTERS = REPO / "resources" / "letters"
TEMPLATE_NAMES = (
    "unservable_refund", "deposit_receipt", "allocation_confirmed", "position_update",
    "order_status_update", "general", "unservable_refund--mine", "general--mine",
)  # fmt: skip

VARIABLES = (
    "entry", "customer", "dealer", "program", "deposit", "explanation", "flag", "locale", "today",
    "order", "layout", "closing", "subject", "message", "loop", "self", "range", "lipsum", "dict",
    "cycler", "joiner", "namespace", "nope", "varargs", "kwargs", "caller", "x", "super",
)  # fmt: skip
ATTRIBUTES = (
    "name", "salutation", "address_lines", "language", "id", "joined", "position", "status",
    "specification", "amount", "paid_on", "method", "refundable", "terms", "code", "street",
    "postal_line", "city", "phone", "email", "signatory_name", "signatory_title", "logo_image",
    "has_logo", "number", "stage", "since", "production_week", "vin", "eta", "address_gap",
    "date_gap", "__class__", "__dict__", "__init__", "__globals__", "__mro__", "__subclasses__",
    "__builtins__", "_TemplateReference__context", "format", "format_map", "upper", "split",
    "items", "keys", "pop", "append", "clear", "update", "__len__", "real", "gi_frame", "mro",
    "environment", "globals", "__reduce_ex__", "decode", "hex", "missing",
)  # fmt: skip
FILTERS = (
    "upper", "lower", "title", "capitalize", "trim", "striptags", "escape", "e", "safe", "length",
    "count", "first", "last", "join", "join(', ')", "join(1)", "list", "sort", "reverse",
    "unique", "sum", "min", "max", "int", "float", "abs", "round", "round(2, 'floor')",
    "round(1, 'sideways')", "string", "default('x')", "d(true)", "replace('a', 'b')",
    "replace('', 'xx')", "truncate(5)", "truncate(-1)", "truncate(2, true, '', 0)",
    "wordcount", "wordwrap(0)", "wordwrap(-5)", "wordwrap(10)", "center(80)", "center(10**9)",
    "indent(4)", "indent(10**8)", "indent('>', true, true)", "format(1)", "format('%s%s')",
    "batch(0)", "batch(3)", "batch(-1)", "slice(0)", "slice(3)", "map('upper')",
    "map(attribute='name')", "map('nope')", "select", "select('odd')", "reject('nope')",
    "selectattr('x')", "rejectattr('name')", "groupby('x')", "groupby(0)", "dictsort",
    "tojson", "tojson(1)", "pprint", "urlencode", "urlize", "urlize(-1)", "filesizeformat",
    "filesizeformat(true)", "xmlattr", "attr('__class__')", "attr('name')", "random", "items",
    "forceescape", "int('x', 99)", "int(0, 1)", "float('x')", "sum(attribute='x')",
    "sort(attribute='name')", "min(attribute='x')", "unique(attribute=1)", "nofilter", "title(1)",
)  # fmt: skip
TESTS = (
    "defined", "undefined", "none", "number", "string", "sequence", "mapping", "iterable",
    "callable", "odd", "even", "divisibleby(0)", "divisibleby(3)", "sameas(1)", "in([1])",
    "escaped", "lower", "filter", "test", "nosuchtest", "eq(1)", "gt('a')",
)  # fmt: skip
LITERALS = (
    "0", "1", "-1", "2", "7", "100000", "100001", "10**6", "10**5000", "1.5", "1e308", "1e309",
    "-0.0", "'a'", "''", "'x' * 3", "'x' * 10**7", "'%s'", "'{0.__class__}'", "\"\\\"\"",
    "true", "false", "none", "[]", "[1, 2, 3]", "{}", "{'a': 1}", "(1,)", "'\\u0000'",
    "'<script>alert(1)</script>'", "0x10", "1_000",
)  # fmt: skip
CALLS = (
    "range(10)", "range(100000)", "range(10**9)", "range(0, 10**9, 10**4)", "range(-1)",
    "lipsum()", "lipsum(5, false)", "lipsum(10**6)", "dict(a=1)", "cycler(1, 2)", "joiner(',')",
    "namespace(a=1)", "customer.name.format(customer)", "'{0.__class__}'.format(1)",
    "'%s' % customer", "'%d' % 'a'", "customer.address_lines.index('x')",
    "caller()", "self.body()", "super()", "loop.cycle('a', 'b')", "varargs.pop()",
    "namespace().__init__", "''.join(range(3))", "customer.name.split(none, -1)",
    "range(3).__iter__().__next__()", "dealer.logo_image.decode()", "order.vin.upper()",
)  # fmt: skip
INCLUDES = (
    "'_letterhead.html'", "'general.html'", "'nope.html'", "'../templates.toml'",
    "'/etc/passwd'", "''", "none", "['nope.html', 'general.html']", "1", "'unservable_refund.html'",
)  # fmt: skip
# Whole pieces a person (or an attacker) might paste: recursion, loops that never end.
SNIPPETS = (
    "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
    "{% for i in [1] recursive %}{{ loop([1]) }}{% endfor %}",
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "{% for i in range(10**9) %}x{% endfor %}",
    "{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}"
    "{% endfor %}{{ ns.s|length }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os }}", "{{ self._TemplateReference__context }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}", "{{ 10**5000 }}", "{{ 1/0 }}",
    "{{ [1]|slice(0)|list }}", "{{ 'a'|wordwrap(0) }}", "{{ '%d' % 'a' }}",
    "{% extends '_letterhead.html' %}{% block body %}{{ super() }}{{ super() }}{% endblock %}",
    "{% extends 'unservable_refund.html' %}", "{% extends self %}", "{% include 'general.html' %}",
    "{% import '_letterhead.html' as l %}{{ l.nope }}", "{{ (((((((((((((((1))))))))))))))) }}",
    "{{ " + "(" * 300 + "1" + ")" * 300 + " }}", "{% if 1 %}" * 120 + "{% endif %}" * 120,
    "{{ customer.address_lines|join('<br>')|safe }}", "{% raw %}{{ x }}{% endraw %}",
    "{%- for l in customer.address_lines -%}{{ l }}<br>{%- endfor %}", "{{ 2**2**2**2**2 }}",
    "{{ namespace(a=range(100000)|list).a|sum }}", "{% set x = range(100000)|list %}{{ x * 1000 }}",
)  # fmt: skip


def _fragments() -> list[str]:
    """The built-in letters cut at their lines: the HTML and Jinja a real template has."""
    found: list[str] = []
    for path in sorted(LETTERS.glob("*.html")):
        found.extend(line for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return found


FRAGMENTS = _fragments()
TOKENS = tuple(
    t.encode()
    for t in (
        "{{",
        "}}",
        "{%",
        "%}",
        "{#",
        "#}",
        "{% endif %}",
        "{% endfor %}",
        "{% endblock %}",
        "{% else %}",
        "|",
        "{{ x }}",
        "{%- ",
        " -%}",
        "'",
        '"',
        "(",
        ")",
        "[",
        "]",
        ".__class__",
        "{{ range(10**9)|list }}",
        "{% for i in range(100000) %}",
        "{{ 10**5000 }}",
        "{{ 1/0 }}",
        *FILTERS[:20],
        *SNIPPETS,
    )
)


def _expressions() -> st.SearchStrategy[str]:
    # The context's own names most of the time: an undefined name stops a render early.
    defined = st.sampled_from(VARIABLES[:14])
    atom = st.one_of(
        defined,
        defined,
        st.sampled_from(VARIABLES),
        st.tuples(
            st.sampled_from(VARIABLES),
            st.lists(st.sampled_from(ATTRIBUTES), min_size=1, max_size=3),
        ).map(lambda t: ".".join([t[0], *t[1]])),
        st.sampled_from(LITERALS),
        st.sampled_from(CALLS),
        st.text(max_size=12).map(repr),
    )

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.tuples(inner, st.sampled_from(FILTERS)).map(lambda t: f"{t[0]}|{t[1]}"),
            st.tuples(inner, st.sampled_from(TESTS)).map(lambda t: f"{t[0]} is {t[1]}"),
            st.tuples(
                inner,
                st.sampled_from(
                    (
                        "+",
                        "-",
                        "*",
                        "/",
                        "//",
                        "%",
                        "~",
                        "and",
                        "or",
                        "==",
                        "<",
                        "in",
                        "not in",
                        "**",
                    )
                ),
                inner,
            ).map(" ".join),
            st.tuples(inner, inner).map(lambda t: f"{t[0]}[{t[1]}]"),
            st.tuples(inner, inner, inner).map(lambda t: f"{t[0]} if {t[1]} else {t[2]}"),
            st.lists(inner, max_size=3).map(lambda items: "[" + ", ".join(items) + "]"),
            inner.map(lambda e: f"({e})"),
            inner.map(lambda e: f"not {e}"),
            inner.map(lambda e: f"-{e}"),
            inner.map(lambda e: f"{e}()"),
        )

    return st.recursive(atom, extend, max_leaves=8)


EXPRESSION = _expressions()


def _blocks() -> st.SearchStrategy[str]:
    leaf = st.one_of(
        st.sampled_from(FRAGMENTS),
        st.text(max_size=30),
        EXPRESSION.map(lambda e: "{{ " + e + " }}"),
        EXPRESSION.map(lambda e: "{{ " + e),
        st.sampled_from(SNIPPETS),
        st.sampled_from(INCLUDES).map(lambda n: "{% include " + n + " %}"),
        st.sampled_from(INCLUDES).map(lambda n: "{% import " + n + " as lib %}{{ lib.x }}"),
        st.sampled_from(INCLUDES).map(lambda n: "{% extends " + n + " %}"),
        st.sampled_from(
            (
                "{% break %}",
                "{% do x %}",
                "{% endif %}",
                "{% endfor %}",
                "{#",
                "#}",
                "{% raw %}",
                "{% block %}",
                "{% set %}",
                "{% for %}",
                "{{}}",
                "{%%}",
            )
        ),
    )

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        body = st.lists(inner, max_size=4).map("".join)
        closing = st.sampled_from((True, True, True, True, False))
        return st.one_of(
            st.tuples(EXPRESSION, body, body, closing).map(
                lambda t: (
                    "{% if "
                    + t[0]
                    + " %}"
                    + t[1]
                    + "{% else %}"
                    + t[2]
                    + ("{% endif %}" if t[3] else "")
                )
            ),
            st.tuples(EXPRESSION, body, closing, st.booleans()).map(
                lambda t: (
                    "{% for item in "
                    + t[0]
                    + (" recursive" if t[3] else "")
                    + " %}"
                    + t[1]
                    + "{{ loop.index }}"
                    + ("{% endfor %}" if t[2] else "")
                )
            ),
            st.tuples(EXPRESSION, body).map(
                lambda t: "{% set v = " + t[0] + " %}" + t[1] + "{{ v }}"
            ),
            st.tuples(body, EXPRESSION).map(
                lambda t: "{% macro mac(a, b=1) %}" + t[0] + "{% endmacro %}{{ mac(" + t[1] + ") }}"
            ),
            body.map(lambda b: "{% call mac() %}" + b + "{% endcall %}"),
            st.tuples(st.sampled_from(FILTERS), body).map(
                lambda t: "{% filter " + t[0] + " %}" + t[1] + "{% endfilter %}"
            ),
            st.tuples(EXPRESSION, body).map(
                lambda t: "{% with w = " + t[0] + " %}" + t[1] + "{% endwith %}"
            ),
            body.map(lambda b: "{% block body %}" + b + "{% endblock %}"),
            body.map(lambda b: "{% autoescape false %}" + b + "{% endautoescape %}"),
            body.map(lambda b: "{#" + b + "#}"),
            body.map(lambda b: "{%- if true -%}" + b + "{%- endif -%}"),
        )

    return st.recursive(leaf, extend, max_leaves=12)


SOURCE = st.lists(_blocks(), max_size=6).map("\n".join)


class LetterTarget:
    name = "letters"
    text_input = True

    def setup(self, workdir: Path) -> None:
        workdir.mkdir(parents=True, exist_ok=True)
        db = Database.open(resolve_database(str(workdir / "demo.sqlite3")))
        with db.unit_of_work() as session:
            load_demo(session)
        # A few real letters' data: Letter and A4 paper, English and German, with and
        # without an order, a company customer.
        with db.reading() as session:
            ids: list[int] = []
            for code in ("US-BAY", "DE-MUC", "GB-LON", "AU-BNE"):
                ids.extend(
                    session.scalars(
                        select(m.WaitlistEntry.id)
                        .join(m.Dealer)
                        .where(m.Dealer.code == code)
                        .order_by(m.WaitlistEntry.id)
                        .limit(2)
                    )
                )
            with_order = session.scalar(select(m.Order.entry_id).limit(1))
            if with_order is not None:
                ids.append(with_order)
            self.data: list[LetterData] = letter_data(session, ids)
        db.close()
        self.sources = [p.read_text(encoding="utf-8") for p in sorted(LETTERS.glob("*.html"))]
        self.source_bytes = [s.encode() for s in self.sources]

    def after_fork(self) -> None:
        return None

    def run(self, path: Path, case: Case, stats: Counter[str]) -> None:
        source = case.data.decode("utf-8", "surrogatepass")
        data = self.data[case.option("entry", 0) % len(self.data)]
        letter = compose(case.name, data, source=source)
        stats["rendered characters"] += len(letter.html)

    def names_input(self, case: Case, message: str) -> bool:
        # The editor shows the message under the source: it must say which letter and where.
        # The line must be the template's ("letter 'x', line 3: ..."), not one quoted from
        # inside the message (a Python SyntaxError names a line of Jinja's generated code).
        return re.search(rf"{re.escape(repr(case.name))}, line \d+:", message) is not None

    def strategy(self) -> st.SearchStrategy[Case]:
        generated = st.builds(
            lambda name, source, entry: Case(
                name,
                source.encode("utf-8", "surrogatepass"),
                "hypothesis:grammar",
                (("entry", entry),),
            ),
            st.sampled_from(TEMPLATE_NAMES),
            SOURCE,
            st.integers(0, 20),
        )
        mutated = st.builds(self._mutant_from, st.randoms(use_true_random=False))
        return st.one_of(generated, generated, generated, mutated)

    def _mutant_from(self, rng: random.Random) -> Case:
        data = mutate(rng.choice(self.source_bytes), rng, tokens=TOKENS, donors=self.source_bytes)
        # The editor holds text: bytes that are not UTF-8 arrive as replacement characters.
        source = data.decode("utf-8", "replace")
        return Case(
            rng.choice(TEMPLATE_NAMES),
            source.encode(),
            "mutation:template",
            (("entry", rng.randrange(20)),),
        )

    def mutant(self, rng: random.Random) -> Case:
        return self._mutant_from(rng)


if __name__ == "__main__":
    fuzz(LetterTarget(), parse_arguments(__doc__ or ""))
