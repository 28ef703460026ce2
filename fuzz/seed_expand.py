#!/usr/bin/env python3
"""Writes seeds for the `expand` fuzz target into corpus/expand (or the directory given).

Each seed is an edition selector byte (3: edition 2021), a `macro_rules!` definition's rules,
a NUL byte, and a call's input: the layout `fuzz_targets/expand.rs` reads. The pairs come from
the engine's tests (a definition and the calls written in the same test) and from the
`macro_rules!` macros of a few crates in Cargo's registry that are called in their own file.
"""

import glob
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, "..", "crates", "expand", "src", "tests")
REGISTRY_CRATES = ["bitflags-2", "memchr-2", "smallvec-1", "serde_core-1", "libc-0.2", "log-0.4", "itoa-1",
                   "nom-7", "lazy_static-1", "hashbrown-0.1", "syn-2", "quote-1"]
MAX_SEEDS = 60
MAX_LEN = 2048

STRING = re.compile(r'r(#*)"(.*?)"\1|"((?:[^"\\]|\\.)*)"', re.S)
CLOSE = {"(": ")", "[": "]", "{": "}"}


def unescape(text):
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t", "0": "\0"}.get(m.group(1), m.group(1)), text)


def group(text, start):
    """The text inside the delimited group opening at `start`, and the index after it."""
    stack = []
    for i in range(start, len(text)):
        c = text[i]
        if c in CLOSE:
            stack.append(CLOSE[c])
        elif stack and c == stack[-1]:
            stack.pop()
            if not stack:
                return text[start + 1:i], i + 1
        elif c in ")]}":
            return None, i
    return None, len(text)


def rules_of(definition):
    match = re.search(r'macro_rules!\s*\w+\s*([({\[])', definition)
    return group(definition, match.start(1))[0] if match else None


def call_inputs(text, name):
    for match in re.finditer(r'\b%s!\s*([({\[])' % re.escape(name), text):
        inside, _ = group(text, match.start(1))
        if inside is not None:
            yield inside


def from_tests():
    for path in sorted(glob.glob(os.path.join(TESTS, "*.rs"))):
        source = open(path, encoding="utf-8").read()
        for test in source.split("#[test]"):
            strings = [unescape(m.group(3)) if m.group(3) is not None else m.group(2) for m in STRING.finditer(test)]
            rules = [r for r in (rules_of(s) for s in strings if "macro_rules!" in s) if r is not None]
            calls = [c for s in strings if re.match(r'\s*\w+!', s) for c in call_inputs(s, re.match(r'\s*(\w+)!', s).group(1))]
            for r in rules:
                for c in calls or [""]:
                    yield r, c


def from_registry():
    for prefix in REGISTRY_CRATES:
        for directory in sorted(glob.glob(os.path.expanduser("~/.cargo/registry/src/*/%s*" % prefix)))[-1:]:
            yield from list(pairs_in(directory))[:3]


def pairs_in(directory):
    for path in sorted(glob.glob(os.path.join(directory, "**", "*.rs"), recursive=True)):
        text = open(path, encoding="utf-8", errors="replace").read()
        for match in re.finditer(r'macro_rules!\s*(\w+)\s*([({\[])', text):
            rules, _ = group(text, match.start(2))
            if rules is None:
                continue
            for call in list(call_inputs(text[match.end():], match.group(1)))[:2]:
                yield rules, call


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "corpus", "expand")
    os.makedirs(out, exist_ok=True)
    seen = set()
    seeds = []
    for source, limit in ((from_tests(), MAX_SEEDS * 2 // 3), (from_registry(), MAX_SEEDS // 3)):
        taken = 0
        for rules, call in source:
            data = b"\x03" + rules.encode() + b"\0" + call.encode()
            if taken == limit or len(data) > MAX_LEN or data in seen:
                continue
            seen.add(data)
            seeds.append(data)
            taken += 1
    for data in seeds:
        with open(os.path.join(out, hashlib.sha1(data).hexdigest()), "wb") as f:
            f.write(data)
    print("%d seeds in %s" % (len(seeds), out))


if __name__ == "__main__":
    main()
