#!/usr/bin/env python3
"""Checks the translations against the sources.

Runs lupdate over the sources (the list file src/i18n writes) into temporary copies of the .ts files, so the
repository is never touched, then, by default, checks the copies: fails when a string is unfinished, empty,
new in the sources (it shows up as unfinished) or gone from them (vanished), or when a translation's %1/%n
placeholders differ from the source text. With --contexts it instead checks the tr() calls whose context lupdate
has to guess ("Class 'X' lacks Q_OBJECT macro"): lupdate files them under X, while at run time a file-local
`QString tr(...) { return QCoreApplication::translate("Context", ...); }` helper asks for "Context". They must be
equal, or the translation is never found.

Usage: check_translations.py LUPDATE LIST_FILE TS_FILE... [--contexts]
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:\d+|n)")
GUESSED_CONTEXT = re.compile(r"^(?P<file>.+?):(?P<line>\d+): Class '(?P<context>[^']+)' lacks Q_OBJECT macro")
HELPER_CONTEXT = re.compile(r'QString\s+tr\s*\([^)]*\)\s*\{\s*return\s+QCoreApplication::translate\(\s*"([^"]+)"')
SHOWN_PER_KIND = 10


def message_problems(ts_file):
    """(kind, context, source) for every message of one .ts file that is not finished and consistent."""
    problems = []
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        context_name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type")
            forms = [form.text or "" for form in translation.iter("numerusform")] or [translation.text or ""]
            if kind in ("vanished", "obsolete"):
                problems.append(("obsolete (no longer in the sources)", context_name, source))
            elif kind == "unfinished":
                problems.append(("unfinished", context_name, source))
            elif not all(form.strip() for form in forms):
                problems.append(("empty translation", context_name, source))
            else:
                expected = set(PLACEHOLDER.findall(source))
                if message.get("numerus") == "yes":
                    expected.add("%n")
                for form in forms:
                    if set(PLACEHOLDER.findall(form)) != expected:
                        problems.append(("placeholders differ from the source", context_name, source))
                        break
    return problems


def check_guessed_contexts(lupdate_output):
    """Fails for each tr() call that lupdate files under another context than the file's tr() helper uses."""
    mismatches = set()
    for match in filter(None, map(GUESSED_CONTEXT.match, lupdate_output.splitlines())):
        helpers = set(HELPER_CONTEXT.findall(Path(match["file"]).read_text(encoding="utf-8")))
        if helpers != {match["context"]}:
            mismatches.add((match["file"], int(match["line"]), match["context"], ", ".join(sorted(helpers)) or "none"))
    if not mismatches:
        print("PASS: lupdate and the program agree on every translation context")
        return 0
    print(f"FAIL: {len(mismatches)} tr() calls are translated under one context and looked up under another. "
          "Declare Q_DECLARE_TR_FUNCTIONS(Anchorline::Class) in the class (and drop the local tr helper), or write "
          "QCoreApplication::translate(\"Context\", \"text\") in free functions:")
    for file, line, context, helpers in sorted(mismatches):
        print(f"    {file}:{line}: lupdate files it under '{context}', the program asks for '{helpers}'")
    return 1


def main():
    arguments = [argument for argument in sys.argv[1:] if argument != "--contexts"]
    check_contexts = len(arguments) < len(sys.argv) - 1
    lupdate, list_file, ts_files = arguments[0], arguments[1], [Path(name) for name in arguments[2:]]
    failed = False
    with tempfile.TemporaryDirectory() as work:
        copies = [Path(work) / ts_file.name for ts_file in ts_files]
        for ts_file, copy in zip(ts_files, copies):
            shutil.copyfile(ts_file, copy)
        # Without -no-obsolete, so that strings that left the sources stay visible as vanished.
        result = subprocess.run([lupdate, "@" + list_file, "-ts", *map(str, copies)],
                                capture_output=True, text=True)
        output = result.stdout + result.stderr
        if result.returncode != 0:
            print(f"FAIL: lupdate exited with {result.returncode}:\n{output}")
            return 1
        if check_contexts:
            return check_guessed_contexts(output)
        for ts_file, copy in zip(ts_files, copies):
            problems = message_problems(copy)
            if not problems:
                print(f"PASS: {ts_file.name} is complete and up to date")
                continue
            failed = True
            committed = {(context, source) for _, context, source in message_problems(ts_file)}
            new_in_sources = sum(1 for kind, context, source in problems
                                 if kind == "unfinished" and (context, source) not in committed)
            print(f"FAIL: {ts_file.name}: {len(problems)} problems"
                  + (f", {new_in_sources} strings not yet in the file: run "
                     "`cmake --build <build> --target update_translations` and translate them"
                     if new_in_sources else ""))
            for kind in sorted({kind for kind, _, _ in problems}):
                of_kind = [(context, source) for k, context, source in problems if k == kind]
                print(f"  {kind}: {len(of_kind)}")
                for context, source in of_kind[:SHOWN_PER_KIND]:
                    print(f"    [{context}] {source!r}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
