#!/usr/bin/env python3
"""The include graph keeps the layering (docs/values-across-the-seam.md, "Layers").

Each top-level part and each core/ module has a rank; a file may include headers of its own
module and of modules ranked below it, never above or beside it. So no module includes a
header of a module above it, and there is no cycle. Prints every offending #include with
its file and line; exits 1 if there is one. Usage: check_layers.py [SOURCE_ROOT]
"""
import os
import re
import sys

# core/ modules, bottom up. Beside (same rank) is forbidden as well as above.
CORE_RANKS = {
    "framing": 0,  # terminators and the framer: values and algorithms, no I/O
    "tls": 0,  # TLS options and checks
    "channel": 1,  # AsyncChat: one connection
    "server": 2,  # listening, the connection cap, server configuration and faults
    "profiles": 3,  # what a server answers (greeting, echo, chat, manual)
    "relay": 3,  # a relay between a client and a server
    "engine": 4,  # the network thread: servers, clients, relays, event batches
}
# The parts of the tree: core < messages < ui < app (tools and tests may use anything).
PART_RANKS = {"core": 0, "messages": 1, "ui": 2, "app": 3}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def module_of(include, including_part):
    """The (part, core module) an include names, or None for the part's own headers."""
    head = include.split("/")[0]
    if head in CORE_RANKS:
        return ("core", head)
    if include == "messages.h":
        return ("messages", None)
    if head in ("cli",) or include in ("gui.h",):
        return ("app", None)
    if head in ("models", "panels") or include in (
        "mainwindow.h", "workbench.h", "settings.h", "translations.h", "senddock.h"):
        return ("ui", None)
    return None


def check(root):
    problems = []
    for part in PART_RANKS:
        for folder, _, files in os.walk(os.path.join(root, part)):
            for name in sorted(files):
                if not name.endswith((".h", ".cpp")):
                    continue
                path = os.path.join(folder, name)
                rel = os.path.relpath(path, root)
                module = rel.split(os.sep)[1] if part == "core" else None
                with open(path, encoding="utf-8") as f:
                    for number, line in enumerate(f, 1):
                        m = INCLUDE.match(line)
                        if not m:
                            continue
                        target = module_of(m.group(1), part)
                        if target is None:
                            continue
                        tpart, tmodule = target
                        where = f"{rel}:{number}: #include \"{m.group(1)}\""
                        if PART_RANKS[tpart] > PART_RANKS[part]:
                            problems.append(f"{where}: {part}/ must not include {tpart}/")
                        elif part == "core" and tmodule and tmodule != module:
                            if CORE_RANKS[tmodule] >= CORE_RANKS[module]:
                                side = "beside" if CORE_RANKS[tmodule] == CORE_RANKS[module] \
                                    else "above"
                                problems.append(
                                    f"{where}: core/{module} must not include core/{tmodule} "
                                    f"({side} it)")
    return problems


def selftest():
    """The check can fail: a tree with an upward include, a sideways one and a UI include."""
    import tempfile
    with tempfile.TemporaryDirectory() as root:
        def write(rel, text):
            os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
            with open(os.path.join(root, rel), "w", encoding="utf-8") as f:
                f.write(text)
        write("core/channel/a.h", '#include "engine/engine.h"\n')  # above
        write("core/relay/b.h", '#include "profiles/profile.h"\n')  # beside
        write("core/server/c.cpp", '#include "messages.h"\n#include "models/x.h"\n')
        write("core/engine/ok.h", '#include "channel/a.h"\n#include "framing/f.h"\n')
        write("ui/models/m.cpp", '#include "cli/commands.h"\n#include "messages.h"\n')
        found = check(root)
        expected = ["core/channel/a.h:1", "core/relay/b.h:1", "core/server/c.cpp:1",
                    "core/server/c.cpp:2", "ui/models/m.cpp:1"]
        ok = sorted(p.split(": ")[0] for p in found) == expected
        print("\n".join(found))
        print("selftest " + ("passed" if ok else "FAILED, expected " + ", ".join(expected)))
        return 0 if ok else 1


def main(argv):
    if len(argv) > 1 and argv[1] == "--selftest":
        return selftest()
    root = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
    problems = check(root)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} include(s) break the layering (docs/values-across-the-seam.md)")
        return 1
    print("layering kept: " + " < ".join(PART_RANKS) + "; core: "
          + ", ".join(f"{m} {r}" for m, r in sorted(CORE_RANKS.items(), key=lambda i: i[1])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
