"""Letter templates: Jinja2 in its sandbox, autoescaped; the built-ins and the user's copies."""

from __future__ import annotations

import shutil
import tomllib
import traceback
from contextlib import nullcontext
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_data_path

from dealerapp.config import APP_NAME
from dealerapp.errors import InputError
from dealerapp.paths import resources_dir

if TYPE_CHECKING:
    from dealerapp.letters.limits import LetterSandbox


class LetterTemplateError(InputError):
    """A template that cannot be rendered; the message names the template and the line."""


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    title: str
    purpose: str
    reason: str
    fields: tuple[str, ...]
    user_copy: bool
    audience: str = "open"
    # The letter says where a waiting customer stands: its flag is logged with it, and a
    # later change of flag makes a correction owed.
    tells_flag: bool = False
    # The title and purpose in other languages, for a window that speaks them.
    titles: tuple[tuple[str, str, str], ...] = ()

    def title_in(self, language: str) -> str:
        return next((title for lang, title, _p in self.titles if lang == language), self.title)

    def purpose_in(self, language: str) -> str:
        found = (purpose for lang, _t, purpose in self.titles if lang == language)
        return next(found, self.purpose)


def builtin_dir() -> Path:
    return resources_dir() / "letters"


def user_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False) / "letters"


def templates() -> list[TemplateInfo]:
    """Every letter a person can choose: the built-ins, and copies saved in the user folder."""
    catalogue = tomllib.loads((builtin_dir() / "templates.toml").read_text(encoding="utf-8"))
    found = [
        TemplateInfo(name, entry["title"], entry["purpose"], entry["reason"],
                     tuple(entry["fields"]), False, entry.get("audience", "open"),
                     entry.get("tells_flag", False), _titles(entry))
        for name, entry in catalogue.items()
    ]  # fmt: skip
    folder = user_dir()
    if folder.is_dir():
        for path in sorted(folder.glob("*.html")):
            base = catalogue.get(path.stem.split("--")[0], {})
            found.append(
                TemplateInfo(
                    path.stem, f"{base.get('title', path.stem)} (your copy)",
                    base.get("purpose", "A letter you edited."), base.get("reason", "general"),
                    tuple(base.get("fields", ())), True, base.get("audience", "open"),
                    base.get("tells_flag", False),
                )
            )  # fmt: skip
    return found


def _titles(entry: dict[str, Any]) -> tuple[tuple[str, str, str], ...]:
    return tuple(
        (lang, str(words["title"]), str(words.get("purpose", entry["purpose"])))
        for lang, words in entry.get("in", {}).items()
    )


def template_info(name: str) -> TemplateInfo:
    for info in templates():
        if info.name == name:
            return info
    names = ", ".join(t.name for t in templates())
    raise LetterTemplateError(f"no letter template {name!r} (there are: {names})")


def copy_template(name: str, new_name: str) -> Path:
    """A user's own copy of a letter, to edit; the built-in stays as it is."""
    source = builtin_dir() / f"{name}.html"
    if not source.is_file():
        source = user_dir() / f"{name}.html"
    if not source.is_file():
        raise LetterTemplateError(f"no letter template {name!r}")
    target = user_dir() / f"{new_name}.html"
    if target.exists():
        raise LetterTemplateError(f"there is already a letter called {new_name!r}")
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


@lru_cache(maxsize=1)
def _environment() -> LetterSandbox:
    # Jinja2 loads with the first letter written, not with the window or a command.
    from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined

    from dealerapp.letters.limits import LetterSandbox

    # One environment, so each template compiles once (Jinja2 checks the files'
    # times and recompiles an edited copy). The user's folder comes first, so an
    # edited copy named like a built-in shadows it.
    environment = LetterSandbox(
        loader=ChoiceLoader(
            [FileSystemLoader(str(user_dir())), FileSystemLoader(str(builtin_dir()))]
        ),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # Lorem ipsum has no place in a letter, and lipsum(10**6) would write a book.
    environment.globals.pop("lipsum", None)
    return environment


def template_file(name: str, language: str = "en") -> str:
    """Where a letter's template is, under the user's or the built-in folder: English at the
    top, each other language in its own folder ("de/unservable_refund.html")."""
    return f"{name}.html" if language == "en" else f"{language}/{name}.html"


def template_languages(name: str) -> frozenset[str]:
    """The languages a letter is written in: English always (its fallback), and every
    language folder that holds it, the user's included."""
    found = {"en"}
    for folder in (builtin_dir(), user_dir()):
        if folder.is_dir():
            for sub in folder.iterdir():
                if sub.is_dir() and len(sub.name) == 2 and (sub / f"{name}.html").is_file():
                    found.add(sub.name)
    return frozenset(found)


def render(
    name: str, context: dict[str, Any], *, source: str | None = None, language: str = "en"
) -> str:
    """The letter's HTML; with `source`, that text instead of the saved template (live preview)."""
    from jinja2 import TemplateSyntaxError

    from dealerapp.letters.limits import deadline

    env = _environment()
    file = template_file(name, language)
    # Only what a person wrote (the editor's text, or a saved copy) runs under the
    # deadline's trace, compiling included: the shipped letters are trusted, and
    # tracing them would slow every batch of a thousand letters.
    written_by_a_person = source is not None or (user_dir() / file).is_file()
    try:
        with deadline() if written_by_a_person else nullcontext():
            template = env.from_string(source) if source is not None else env.get_template(file)
            return template.render(**context)
    except TemplateSyntaxError as exc:
        raise LetterTemplateError(f"letter {name!r}, line {exc.lineno}: {exc.message}") from exc
    except LetterTemplateError:
        raise
    except Exception as exc:
        # A template is code a person wrote: whatever it does wrong is their letter's
        # problem, shown with its line, not a crash.
        line = _template_line(exc)
        where = f", line {line}" if line else ""
        what = "it calls itself without end" if isinstance(exc, RecursionError) else str(exc)
        raise LetterTemplateError(f"letter {name!r}{where}: {what or type(exc).__name__}") from exc


def _template_line(exc: BaseException) -> int | None:
    # Jinja2 rewrites tracebacks so template frames carry the template's lines.
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith(".html") or frame.filename == "<template>":
            return frame.lineno
    return None


def template_source(name: str, language: str = "en") -> str:
    """The letter's template in `language` (the user's copy first), else its English one."""
    for file in dict.fromkeys((template_file(name, language), template_file(name))):
        for folder in (user_dir(), builtin_dir()):
            path = folder / file
            if path.is_file():
                return path.read_text(encoding="utf-8")
    raise LetterTemplateError(f"no letter template {name!r}")


def save_user_template(name: str, source: str, language: str = "en") -> str:
    """Keep an edited letter in the user folder; a built-in is never overwritten.

    Editing a built-in saves it as "<name>--mine"; editing a copy saves the copy. The
    copy exists in every language the letter does (the others as they were), so a
    customer of another language still gets it. Returns the name it was saved under.
    """
    target = name if (user_dir() / template_file(name)).is_file() else f"{name}--mine"
    for other in sorted(template_languages(name) - {language}):
        copy = user_dir() / template_file(target, other)
        if not copy.is_file():
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(template_source(name, other), encoding="utf-8")
    path = user_dir() / template_file(target, language)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(source, encoding="utf-8")
    return target
