"""Every example of every rule in rules/*.yaml, run through its extractor (the Duckling way)."""
from __future__ import annotations

import importlib
import multiprocessing as mp
import re
import re._parser as _parser
import resource
import signal
import textwrap
from pathlib import Path

import pytest

from extractor.rules import (
    CACHE_DIR,
    RULES_DIR,
    RuleError,
    _first_class,
    _kept_path,
    _last_class,
    all_rule_files,
    compile_pattern,
    finder_from,
    finder_spec,
    parse_rule_file,
    start_finder,
)

CASES = [(rf, rule, ex, kind) for rf in all_rule_files() for rule in rf.rules
         for kind, examples in (("match", rule.examples), ("reject", rule.reject)) for ex in examples]


def _subset(expect: dict, item: dict) -> bool:
    return all(item.get(k) == v for k, v in expect.items())


@pytest.mark.parametrize("rf,rule,ex,kind", CASES,
                         ids=[f"{rf.dimension}:{r.name}:{k}:{e.text[:20]}" for rf, r, e, k in CASES])
def test_rule_example(rf, rule, ex, kind):
    run = importlib.import_module(rf.module).run_snippet
    items = run(ex.text, **ex.context)
    by_rule = [i for i in items if i.get("rule") == rule.name]
    if kind == "match":
        assert any(_subset(ex.expect, i) for i in by_rule), \
            f"{rf.path.name}: rule {rule.name!r} (line {rule.line}) should give {ex.expect} for {ex.text!r}; got {items}"
    else:
        assert not by_rule, f"{rf.path.name}: rule {rule.name!r} (line {rule.line}) should not match {ex.text!r}: {by_rule}"


ADVERSARIAL = ["一" * 3000, "1" * 3000, "年月日" * 1000, "（" * 2000 + "一", "、" * 3000, "2023年" * 600,
               "县" * 3000 + "局", "负责" * 1500, "%" * 3000, "《" * 1500 + "》" * 1500, "月底到" * 1000]


# CPU seconds the scan may take (it takes ~0.2): a pattern that backtracks catastrophically on the strings above runs
# for hours. Limited as CPU time by the kernel (RLIMIT_CPU), not by a wall clock, so a loaded machine cannot fail it.
_SCAN_CPU_BUDGET = 20


def _scan_all(q):
    resource.setrlimit(resource.RLIMIT_CPU, (_SCAN_CPU_BUDGET, resource.getrlimit(resource.RLIMIT_CPU)[1]))
    for rf in all_rule_files():
        for rule in rf.rules:
            if rule.pattern is not None:
                for s in ADVERSARIAL:
                    for _ in rule.pattern.finditer(s):
                        pass
    q.put("ok")


def test_rule_patterns_do_not_backtrack_catastrophically():
    """Every compiled pattern scans long adversarial strings within a CPU budget (the child dies by SIGXCPU past it)."""
    q = mp.get_context("fork").Queue()
    p = mp.get_context("fork").Process(target=_scan_all, args=(q,))
    p.start()
    p.join()
    assert p.exitcode != -signal.SIGXCPU, \
        f"a rule pattern took over {_SCAN_CPU_BUDGET} s of CPU on adversarial input (catastrophic backtracking?)"
    assert p.exitcode == 0 and q.get(timeout=1) == "ok"


def test_malformed_rule_file_names_file_rule_and_line(tmp_path):
    bad = tmp_path / "deadlines.yaml"
    bad.write_text(textwrap.dedent("""\
        dimension: deadlines
        rules:
          - name: fine
            pattern: 'a'
            examples: [a]
          - name: broken
            pattern: '(unclosed'
            examples: [x]
        """), encoding="utf-8")
    with pytest.raises(RuleError, match=r"deadlines.yaml: rule 'broken' \(line 6\): bad pattern"):
        parse_rule_file(bad)


def test_rule_without_examples_is_refused(tmp_path):
    bad = tmp_path / "targets.yaml"
    bad.write_text("dimension: targets\nrules:\n  - name: lonely\n    pattern: x\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"rule 'lonely' \(line 3\).*at least one example"):
        parse_rule_file(bad)


def _as_data(rf) -> list:
    return [rf.dimension, rf.module, rf.version, rf.vars, rf.lexicon,
            [(r.name, r.source, r.requires_source, r.fields, r.examples, r.reject, r.file, r.line,
              r.pattern and (r.pattern.pattern, r.pattern.flags), r.requires and r.requires.pattern) for r in rf.rules]]


@pytest.mark.parametrize("name", sorted(p.name for p in RULES_DIR.glob("*.yaml")))
def test_a_kept_rule_file_gives_the_rules_its_yaml_gives(name, tmp_path):
    """A rule file read from YAML is kept beside it (`.cache/`), and read back from there, with the same rules,
    fields, examples and lines, each pattern compiled on its first use to the same regex."""
    path = tmp_path / name
    path.write_bytes((RULES_DIR / name).read_bytes())
    from_yaml = parse_rule_file(path)
    assert _kept_path(path).is_file()
    from_kept = parse_rule_file(path)
    assert all("pattern" not in r.__dict__ for r in from_kept.rules)        # not compiled yet
    assert _as_data(from_kept) == _as_data(from_yaml)
    for kept, read in zip(from_kept.rules, from_yaml.rules):              # where each may match from
        assert kept.start_spec == (read.pattern and finder_spec(start_finder(read.pattern)))
        assert finder_spec(finder_from(kept.start_spec)) == kept.start_spec


@pytest.mark.parametrize("name", sorted(p.name for p in RULES_DIR.glob("*.yaml")))
def test_a_kept_rule_file_builds_each_pattern_from_its_program(name, tmp_path, monkeypatch):
    """Each rule's pattern, requirement and pattern behind its start finder's gate are kept as programs
    (`pattern_program`), and a later process builds from them, without `re`'s compiler, the very patterns that
    compiling gives: the same program, flags, groups and group names; and the classes its matches start and end
    with (`edge_classes`) as read from the pattern."""
    import extractor.rules as rules
    path = tmp_path / name
    path.write_bytes((RULES_DIR / name).read_bytes())
    from_yaml = parse_rule_file(path)
    from_kept = parse_rule_file(path)

    def not_compiled(source, flags=0):
        raise AssertionError(f"{name}: compiled, not built from a kept program: {source[:60]!r}")
    monkeypatch.setattr(rules, "compile_pattern", not_compiled)
    gated_built = 0
    for kept, read in zip(from_kept.rules, from_yaml.rules):
        assert kept.edge_spec == read.edges == rules.edge_classes(read.pattern)      # kept, not read again
        for attr in ("pattern", "requires"):
            built, compiled = getattr(kept, attr), getattr(read, attr)
            assert (built is None) == (compiled is None)
            if built is not None:
                assert (built, built.groups, built.groupindex) == (compiled, compiled.groups, compiled.groupindex)
        starts = kept.start_spec
        if starts is not None and starts[0] == "start" and starts[3] and kept.programs[2] is not None:
            kept._scan("", 0, 0)
            monkeypatch.setattr(rules, "compile_pattern", compile_pattern)
            behind = rules.gated(read.pattern, starts[3])
            monkeypatch.setattr(rules, "compile_pattern", not_compiled)
            assert (kept._gated, kept._gated.groupindex) == (behind, behind.groupindex)
            gated_built += 1
    assert gated_built or name != "deadlines.yaml"
    shared = {}     # rules of one requirement share its pattern, as `re.compile`'s cache shares a compiled one
    for rule in from_kept.rules:
        if rule.requires is not None:
            assert shared.setdefault(rule.requires_source, rule.requires) is rule.requires


def test_a_changed_rule_file_is_read_again_and_a_broken_one_refused_whatever_was_kept(tmp_path):
    path = tmp_path / "targets.yaml"
    path.write_text("dimension: targets\nrules:\n  - name: one\n    pattern: 'a+'\n    examples: [a]\n", encoding="utf-8")
    assert parse_rule_file(path).rules[0].pattern.pattern == "a+"
    kept = _kept_path(path).read_bytes()
    path.write_text("dimension: targets\nrules:\n  - name: one\n    pattern: 'b+'\n    examples: [b]\n", encoding="utf-8")
    assert parse_rule_file(path).rules[0].pattern.pattern == "b+"
    assert _kept_path(path).read_bytes() != kept
    path.write_text("dimension: targets\nrules:\n  - name: one\n    pattern: '(b+'\n    examples: [b]\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"rule 'one' \(line 3\): bad pattern"):
        parse_rule_file(path)
    _kept_path(path).write_bytes(b"not what was kept\n\x00")        # a damaged file is read past, as none
    path.write_text("dimension: targets\nrules:\n  - name: one\n    pattern: 'c+'\n    examples: [c]\n", encoding="utf-8")
    assert parse_rule_file(path).rules[0].pattern.pattern == "c+"


def test_a_kept_file_damaged_under_its_key_is_read_again(tmp_path):
    """Kept data damaged on disk that marshal still reads (here a program's code word: 'a' made 'b') fails the CRC in
    the kept file's first line: the file is read from YAML again, compiled, and kept sound again."""
    import array
    import marshal
    path = tmp_path / "targets.yaml"
    path.write_text("dimension: targets\nrules:\n  - name: one\n    pattern: 'xa+'\n    examples: [xa]\n",
                    encoding="utf-8")
    parse_rule_file(path)
    sound = _kept_path(path).read_bytes()
    head, body = sound.split(b"\n", 1)
    data, starts, needs, programs, edges = marshal.loads(body)
    flags, code, *groups = programs[0][0]
    words = array.array("I", code)
    words[words.index(ord("a"))] = ord("b")
    programs[0] = ((flags, words.tobytes(), *groups), *programs[0][1:])
    _kept_path(path).write_bytes(head + b"\n" + marshal.dumps((data, starts, needs, programs, edges)))
    rule = parse_rule_file(path).rules[0]
    assert "pattern" in rule.__dict__                  # read from YAML and compiled, not built from the damaged program
    assert rule.pattern.fullmatch("xaa") and not rule.pattern.fullmatch("xbb")
    assert _kept_path(path).read_bytes() == sound


def test_a_file_kept_by_another_version_of_the_loader_is_read_again(tmp_path, monkeypatch):
    """The kept data holds start finders worked out by this module's code: a changed module reads the YAML again."""
    import extractor.rules as rules
    path = tmp_path / "targets.yaml"
    path.write_text("dimension: targets\nrules:\n  - name: one\n    pattern: 'a+'\n    examples: [a]\n", encoding="utf-8")
    parse_rule_file(path)
    kept = _kept_path(path).read_bytes()
    assert "pattern" not in parse_rule_file(path).rules[0].__dict__            # read from what was kept
    monkeypatch.setattr(rules, "_loader_build", lambda: "another version of rules.py")
    assert "pattern" in parse_rule_file(path).rules[0].__dict__                # read from YAML, compiled whole
    assert _kept_path(path).read_bytes() != kept


def test_rule_files_are_read_where_nothing_can_be_kept(tmp_path, monkeypatch):
    """A folder that takes no new files (an installed package): the file is read from YAML each time, and what would
    be kept for its rules (start finders, programs: ~0.4 s for all files) is not worked out."""
    import extractor.rules as rules
    path = tmp_path / "targets.yaml"
    path.write_text("dimension: targets\nrules:\n  - name: one\n    pattern: 'a+'\n    examples: [a]\n", encoding="utf-8")
    (tmp_path / CACHE_DIR).write_text("a file where the folder would be", encoding="utf-8")
    monkeypatch.setattr(rules, "_kept_rules", lambda rf: pytest.fail("worked out what cannot be kept"))
    assert parse_rule_file(path).rules[0].pattern.pattern == "a+"
    assert parse_rule_file(path).rules[0].pattern.pattern == "a+"


def _fresh_programs(rules, monkeypatch, folder):
    """The `regex` store of a fresh process whose rule files are in `folder`."""
    monkeypatch.setattr(rules, "RULES_DIR", folder)
    monkeypatch.setattr(rules, "_programs", None)
    monkeypatch.setattr(rules, "_REGEXES", {})
    monkeypatch.setattr(rules, "_unkept", [])


def test_regexes_are_built_from_the_programs_kept_after_a_parse(tmp_path, monkeypatch):
    """`regex` compiles a regex once and keeps its program after the parse (`keep_programs`); a later process builds
    the very same pattern from it (flags, groups, names) without `re`'s compiler; kept data damaged on disk fails the
    CRC and is compiled and kept again; a folder that takes no files keeps nothing."""
    import extractor.rules as rules
    sources = [(r"(?P<y>\d{4})年(?P<m>\d{1,2})月", 0), (r"^第[一二三]+条\s*$", re.M), ("(?=[年月])(?:年底|月底)", 0),
               (rules.trie_source(["办公室", "办公厅", "委员会"]), 0)]
    _fresh_programs(rules, monkeypatch, tmp_path)
    compiled = [rules.regex(source, flags) for source, flags in sources]
    assert compiled == [re.compile(source, flags) for source, flags in sources]
    rules.keep_programs()
    kept = (tmp_path / CACHE_DIR / rules.PROGRAMS_FILE).read_bytes()

    _fresh_programs(rules, monkeypatch, tmp_path)
    monkeypatch.setattr(re, "compile", lambda *a: pytest.fail("compiled, not built from a kept program"))
    built = [rules.regex(source, flags) for source, flags in sources]
    monkeypatch.undo()
    assert [(p, p.flags, p.groupindex) for p in built] == [(p, p.flags, p.groupindex) for p in compiled]
    assert built[0].fullmatch("2024年3月").group("m") == "3" and built[1].search("x\n第三条\n")

    head, body = kept.split(b"\n", 1)
    (tmp_path / CACHE_DIR / rules.PROGRAMS_FILE).write_bytes(head + b"\n" + body.replace(b"\xe5\xb9\xb4", b"\xe6\x9c\x88"))
    _fresh_programs(rules, monkeypatch, tmp_path)      # (年 made 月 in the sources: marshal reads it, the CRC fails)
    assert rules.regex(*sources[0]) == compiled[0] and rules._unkept == [sources[0]]
    rules.keep_programs()
    _fresh_programs(rules, monkeypatch, tmp_path)
    assert set(rules._kept_programs()) == {sources[0]}          # kept again, sound: what this process compiled

    monkeypatch.setattr(rules, "pattern_program", lambda *a, **k: None)   # a program not to be trusted: compiled in
    _fresh_programs(rules, monkeypatch, tmp_path)                         # each process, not kept again by each
    assert rules.regex(*sources[1]) == compiled[1] and rules._unkept == [sources[1]]
    rules.keep_programs()
    _fresh_programs(rules, monkeypatch, tmp_path)
    assert rules.regex(*sources[1]) == compiled[1] and rules._unkept == []
    monkeypatch.undo()

    cache = tmp_path / "installed"
    cache.mkdir()
    (cache / CACHE_DIR).write_text("a file where the folder would be", encoding="utf-8")
    _fresh_programs(rules, monkeypatch, cache)
    assert rules.regex(*sources[1]) == compiled[1]
    rules.keep_programs()
    assert (cache / CACHE_DIR).is_file() and rules._unkept == []


REQUIRING = [(rf, rule) for rf in all_rule_files() for rule in rf.rules if rule.requires is not None]
CORPUS_TEXTS = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).resolve().parent.parent / "corpus")
                                                              .glob("*.txt"))]


@pytest.mark.parametrize("rf,rule", REQUIRING, ids=[f"{rf.dimension}:{r.name}" for rf, r in REQUIRING])
def test_a_rule_tried_only_where_it_requires_loses_no_match(rf, rule):
    """`requires` only skips lines: on every example, reject and corpus notice the rule finds what
    its pattern finds over the whole text."""
    assert len(REQUIRING) >= 20
    for text in [e.text for e in rule.examples + rule.reject] + CORPUS_TEXTS:
        assert [m.span() for m in rule.finditer(text)] == [m.span() for m in rule.pattern.finditer(text)], \
            f"{rf.path.name}: rule {rule.name!r} (line {rule.line}) loses a match on {text[:40]!r}"


SHORTCUT = [(rf, rule) for rf in all_rule_files() for rule in rf.rules
            if rule.pattern is not None and start_finder(rule.pattern) is not None]
DEV_TEXTS = [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).resolve().parent.parent / "corpus" / "dev"
                                                            / "docs").glob("*.txt"))]


@pytest.mark.parametrize("rf,rule", SHORTCUT, ids=[f"{rf.dimension}:{r.name}" for rf, r in SHORTCUT])
def test_a_rule_tried_only_at_its_start_characters_finds_the_same_matches(rf, rule):
    """A pattern tried only where its first character can stand finds what `re` finds trying every
    position: the same spans and groups on every example, reject, corpus and dev notice."""
    assert len(SHORTCUT) >= 40
    for text in [e.text for e in rule.examples + rule.reject] + CORPUS_TEXTS + DEV_TEXTS:
        for lo, hi in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            found = [(m.span(), m.groups()) for m in rule._scan(text, lo, hi)]
            assert found == [(m.span(), m.groups()) for m in rule.pattern.finditer(text, lo, hi)], \
                f"{rf.path.name}: rule {rule.name!r} (line {rule.line}) differs on {text[:40]!r}"


def test_start_characters_of_a_pattern():
    """Lookarounds and anchors consume nothing; an optional item lets the next one start a match; a
    pattern that may match nothing, or start on any ideograph or any character, has no start class;
    with no anchor either (an item every match holds near its start), no shortcut."""
    def starts(pattern):
        found = _first_class(_parser.parse(pattern))
        return None if found is None else "".join(ch for ch in "12年月至到前底局aX" if re.fullmatch(f"[{found}]", ch))

    assert starts(r"(?<![年\d])(?:(?P<y>\d{4})年)?(?P<m>1[0-2]|0?[1-9])月") == "12"
    assert starts(r"(?:(?<=阶段)|^)(?:到|至)?年(?:底|末)") == "年至到"
    assert starts(r"(?:到|至)?") is None
    assert starts(r"[\u4e00-\u9fff]{2,6}局") is None
    assert starts(r".{0,3}前") is None
    assert starts(r"[^，。]前") is None
    for pattern in (r"(?:到|至)?", r"[\u4e00-\u9fff]{2,50}局", r".{0,60}前", r"[^，。]{1,60}前", r"(?i)x"):
        assert start_finder(re.compile(pattern)) is None, pattern


def test_start_positions_after_a_leading_lookbehind():
    """A pattern opening with a lookbehind starts just after the character that lookbehind ends with,
    and, when its first class is small, only where that class stands too."""
    def positions(pattern, text):
        return list(start_finder(re.compile(pattern)).positions(text, 0, len(text)))

    assert positions(r"(?<=[于在])\d+月", "于6月在7月至8月于x") == [1, 4]
    assert positions(r"(?<=[于在])[\u4e00-\u9fff]+月", "于6月在七月") == [1, 4]
    assert positions(r"(?<=[将拟]于)\d+月", "将于6月底拟于") == [2]
    assert positions(r"(?<=于)(?<!在于)\d+", "在于5月") == [2]


def test_start_positions_before_an_anchor():
    """A pattern opening with a run of any ideographs starts within that run's width before the first
    item every match holds (the anchor), counting what optional items may add; each position once."""
    def positions(pattern, text):
        return list(start_finder(re.compile(pattern)).positions(text, 0, len(text)))

    assert positions(r"[\u4e00-\u9fff]{2,4}局", "市教育局和县局") == [0, 1, 2, 3, 4]
    assert positions(r"[\u4e00-\u9fff]{2,14}〔\d{4}〕", "国发〔2020〕") == [0]
    assert positions(r".{0,3}前", "月底前完成，年前") == [0, 1, 2, 4, 5, 6, 7]
    assert positions(r"[^，。]前", "月底前") == [1]
    assert positions(r"(?P<n>[\u4e00-\u9fff]{2,3})(?:同志)?(?:任|兼任)", "张三同志任组长") == [0, 1, 2]
    assert start_finder(re.compile(r"[\u4e00-\u9fff]{2,4}(?:局)?")) is None     # no item every match holds
    # an anchor that is one of a few words opens a window only where a word stands (not at 要 of 要点)
    assert positions(r"[\u4e00-\u9fff]{2}(?:强调|要求)", "甲乙要点丙丁要求") == [4]
    assert positions(r"[\u4e00-\u9fff]{2}(?:兼任|任(?=组长))", "甲乙任职丙丁任组长") == [0, 4]
    # where `re` skips to the first class in C itself (a class of marks), no anchor: its windows would be walked in
    # Python (people's post_name_roll, the `、` of a roll)
    assert start_finder(re.compile(r"[，,；;：:。](?=[\u4e00-\u9fff]{3,24}、)[\u4e00-\u9fff]{2,3}、[\u4e00-\u9fff]{2,3}")) is None


def test_a_rule_opening_with_a_class_of_words_is_scanned_behind_its_gate():
    """A start class without digits gates its rule too (contacts' local_phone, `[电手座…]`; deadlines' event_time_label,
    `[会培考…]`): `re` skips to the class and tries the program in C, no `match` call from Python at each candidate;
    the same matches as the pattern's own `finditer`. A class read before a lookbehind keeps its finder."""
    from extractor.rules import StartFinder, load_rules
    for file, name in (("contacts", "local_phone"), ("deadlines", "event_time_label"), ("deadlines", "by_year")):
        rule = next(r for r in load_rules(file).rules if r.name == name)
        starts = start_finder(rule.pattern)
        assert isinstance(starts, StartFinder) and not starts.offset and not re.search(r"\\d|[0-9]", starts.gate)
        assert starts.gate == f"(?={starts.finder.pattern})"
        for text in [e.text for e in rule.examples]:
            assert [m.span() for m in rule.finditer(text)] == [m.span() for m in rule.pattern.finditer(text)]
            assert rule._gated is not None and rule._gated.pattern.startswith(starts.gate)
    assert start_finder(re.compile(r"(?<=[于在])[上下]旬")).gate == ""



def test_start_positions_after_a_lookbehind_hold_the_anchor_ahead():
    """A pattern opening with a lookbehind, or with branches each a lookbehind or `^` (people's name_run), starts
    after a character of their last class (or at the text's start, or after a newline where `^` is multiline) and
    holds its anchor a bounded way on, both checked in C: the same matches as `finditer`."""
    def positions(pattern, text, lo=0):
        return list(start_finder(re.compile(pattern)).positions(text, lo, len(text)))

    run = r"(?:(?<=[：，\n])|(?<=领导)|^)[\u4e00-\u9fff]{2,4}?、[\u4e00-\u9fff]{2,4}?"
    text = "张三、李四，王五赵六、钱七，县领导孙八、周九，吴十郑"
    assert positions(run, text) == [0, 6, 17]       # not after `，` at 13, no `、` 2–4 on: 吴十郑
    assert positions(run, text, 1) == [6, 17]       # `^` only at the text's start
    assert [m.start() for m in re.finditer(run, text)] == [0, 6, 17]
    assert positions(r"(?m)(?:^|(?<=，))[\u4e00-\u9fff]{2}、", "甲乙、\n丙丁、，戊己、") == [0, 4, 8]
    assert positions(r"(?<=[于在])\d{1,2}月", "于3月在12月于3日") == [1, 4]

def test_lines_are_tried_only_against_the_rules_their_first_and_last_characters_allow():
    """EdgeCharIndex: the first element rule (rules/structure.yaml) and outline marker a line matches,
    found among the candidates for its first and last characters, is the one found trying every rule in order,
    on every example, reject and line of the corpus and dev notices (stripped or not: a line may end in a
    newline, before which `$` matches too)."""
    from extractor.rules import EdgeCharIndex, load_rules
    from extractor.structure import _MARKERS
    rules = [r.pattern for r in load_rules("structure").rules]
    markers = [p for _, p in _MARKERS]
    rf = load_rules("structure")
    lines = {line.strip() for r in rf.rules for e in r.examples + r.reject for line in e.text.split("\n")}
    lines |= {line.strip() for text in CORPUS_TEXTS + DEV_TEXTS for line in text.split("\n")}
    lines |= {"", " ", "一、总则", "（二）", "1.1 编制目的", "附件：1.名单", "2024年3月5日印发\n", "主送：\n"}
    lines |= {line + "\n" for line in list(lines)}
    for patterns in (rules, markers):
        index = EdgeCharIndex(patterns)
        for line in lines:
            everyone = next((i for i, p in enumerate(patterns) if p is not None and p.match(line)), None)
            found = next((i for i in index.candidates(line) if patterns[i].match(line)), None)
            assert found == everyone, f"{line[:40]!r}: rule {found} instead of {everyone}"


def test_end_characters_of_a_pattern():
    """A pattern that matches to the text's end (`$`, `\\Z`) ends on its last consuming item: lookarounds consume
    nothing, an optional item lets the one before it end a match; none where the pattern does not end in `$` (or
    only inside a group), may match nothing, ends on `.`, on a class too large or under MULTILINE."""
    def ends(pattern, flags=0):
        found = _last_class(re.compile(pattern, flags))
        return None if found is None else "".join(ch for ch in "12年月日发件函报：）a" if re.fullmatch(f"[{found}]", ch))

    assert ends(r"^(?P<by>.{0,40}?)(?P<body>\d{4}年\d{1,2}月\d{1,2}日)\s*印\s*发$") == "发"
    assert ends(r"^.+(?:文件|函|公报|简报)$") == "件函报"
    assert ends(r"^.+\d{1,2}日(?:[（(]\d[）)])?(?<!0日)$") == "日）"     # 日, or the bracket of an optional item
    assert _last_class(re.compile(r"^主送[：:]?$")) == "：:送"     # the colon is optional: it or 送 ends a match
    assert ends(r"^.+发") is None               # no `$`: a match may end anywhere
    assert ends(r"^(?:.+发$|.+函$)") is None     # `$` inside a group only
    assert ends(r"^.*$") is None and ends(r"^(?:发)?$") is None and ends(r"^[\u4e00-\u9fff]+$") is None
    assert ends(r"^.+发$", re.MULTILINE) is None
    assert ends(r"^.+发\Z") == "发"


def test_shared_charset_tables_compile_the_same_code():
    """charset_cache: every rule pattern compiles to the same program with the shared class tables as
    with `re`'s own, each class built anew."""
    import re._compiler as compiler
    import re._parser as parser
    shared = compiler._optimize_charset
    assert getattr(shared, "shared", False), "extractor did not install the shared tables"
    patterns = [r.pattern for rf in all_rule_files() for r in rf.rules if r.pattern is not None]
    assert len(patterns) > 100
    for p in patterns:
        with_shared = compiler._code(parser.parse(p.pattern, p.flags), p.flags)
        compiler._optimize_charset = shared.unshared
        try:
            anew = compiler._code(parser.parse(p.pattern, p.flags), p.flags)
        finally:
            compiler._optimize_charset = shared
        assert with_shared == anew, p.pattern[:60]


def test_a_gated_pattern_finds_the_same_matches():
    """`gated`: a pattern behind a lookahead of its start class (rules whose class holds digits, and requirements
    `re` finds no start class for) finds the same spans and groups as the pattern, on every example, reject,
    corpus and dev notice."""
    from extractor.rules import StartFinder, gated
    checked = 0
    for rf in all_rule_files():
        for rule in rf.rules:
            for pattern in (rule.pattern, rule.requires):
                starts = None if pattern is None else start_finder(pattern)
                if not isinstance(starts, StartFinder) or starts.offset:
                    continue
                scanner = gated(pattern, f"(?={starts.finder.pattern})")
                if scanner is None:         # global flags: not wrapped, scanned as it is
                    continue
                checked += 1
                for text in [e.text for e in rule.examples + rule.reject] + CORPUS_TEXTS + DEV_TEXTS:
                    for lo, hi in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
                        assert [(m.span(), m.groups()) for m in scanner.finditer(text, lo, hi)] == \
                            [(m.span(), m.groups()) for m in pattern.finditer(text, lo, hi)], \
                            f"{rf.path.name}: rule {rule.name!r} (line {rule.line}) differs on {text[:40]!r}"
    assert checked >= 30


def test_what_is_worked_out_about_a_text_is_kept_across_one_other_text():
    """A parse asks about its notice's text, then its title, then its text again: the text's needed words and lines
    are looked for once, and each text's answers are its own."""
    from extractor import rules

    text, title = "各单位：请于5月1日前报送。\n联系人：张三", "关于报送材料的通知"
    first = rules._memo(text)
    rules.words_held(("报送", "截止"), text)
    assert rules._memo(title) is not first and rules.words_held(("报送", "截止"), title) == ["报送"]
    assert rules._memo(text) is first and first["截止"] is False
    assert rules.words_held(("联系人", "通知"), text) == ["联系人"]
    assert rules.words_held(("联系人", "通知"), title) == ["通知"]


def scanned_lines(pattern: re.Pattern, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The lines holding a match of `pattern` in text[lo:hi], as a scan of the whole range gives them."""
    lines, end = [], lo
    for need in pattern.finditer(text, lo, hi):
        if need.start() >= end:
            stop = text.find("\n", need.start())
            end = hi if stop < 0 else min(hi, stop + 1)
            lines.append((max(lo, text.rfind("\n", 0, need.start()) + 1), end))
    return lines


def all_requirements() -> list[re.Pattern]:
    """Every rule's `requires`, each pattern once."""
    return list({rule.requires.pattern: rule.requires for rf in all_rule_files() for rule in rf.rules
                 if rule.requires is not None}.values())


def check_scanner_gives_scan_lines(kind: type, ranges=None) -> int:
    """Every requirement `_requires_scanner` gives a scanner of `kind` finds, on every corpus and dev notice, the lines a
    scan of the range finds: over the whole text and its middle third, and the ranges `ranges(requires, text)` names
    besides. The number of requirements checked."""
    from extractor import rules
    from extractor.rules import _requires_scanner, required_lines
    checked = 0
    for requires in all_requirements():
        if not isinstance(_requires_scanner(requires), kind):
            continue
        checked += 1
        for text in CORPUS_TEXTS + DEV_TEXTS:
            spans = [(0, len(text)), (len(text) // 3, 2 * len(text) // 3)] + (ranges(requires, text) if ranges else [])
            for lo, hi in spans:
                rules._TEXT_MEMOS[:] = [(None, {})]
                assert required_lines(requires, text, lo, hi) == scanned_lines(requires, text, lo, hi), requires.pattern
    return checked


def test_lines_holding_a_requirements_words_are_the_lines_its_pattern_finds():
    """`required_lines` for a requirement of a few words (`str.find`, word by word) gives the lines a scan of its
    pattern gives, on every example, reject, corpus and dev notice, over whole texts and over a part."""
    from extractor.rules import _lines_with_words, _requires_scanner
    checked = 0
    for rf, rule in REQUIRING:
        words = _requires_scanner(rule.requires)
        if not isinstance(words, tuple):
            continue
        checked += 1
        for text in [e.text for e in rule.examples + rule.reject] + CORPUS_TEXTS + DEV_TEXTS:
            for lo, hi in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
                assert _lines_with_words(words, text, lo, hi) == scanned_lines(rule.requires, text, lo, hi), \
                    f"{rf.path.name}: rule {rule.name!r} (line {rule.line}) differs on {text[:40]!r}"
    assert checked >= 20


def test_an_extractors_pattern_scanned_at_its_start_positions_finds_the_same_matches():
    """`scan` (deadlines' year mention, which opens with a lookbehind) finds what `finditer` finds, spans and
    groups, on every corpus and dev notice, over whole texts and over a part."""
    from extractor.extract.deadlines import _year_mention
    from extractor.rules import load_rules, scan
    pattern = _year_mention(load_rules("deadlines"))
    for text in CORPUS_TEXTS + DEV_TEXTS:
        for lo, hi in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            assert [(m.span(), m.groups()) for m in scan(pattern, text, lo, hi)] == \
                [(m.span(), m.groups()) for m in pattern.finditer(text, lo, hi)], text[:40]


def test_a_pattern_opening_with_a_gate_is_compiled_with_its_class_as_start_class():
    """`compile_pattern`: a pattern that opens with a lookahead of one class (normalize's run markers and dates,
    responsibilities' item markers and tag words, the gated rules of `test_a_gated_pattern_finds_the_same_matches`)
    gets that class as `re`'s start class, and finds what `re.compile` of it finds (finditer, search, match at
    every 5th position: spans and groups) on every corpus and dev notice, whole and from a third on. Patterns that
    open otherwise, or with a negated class, are `re.compile`'s own."""
    from extractor import normalize
    from extractor.rules import _with_start_class, compile_pattern, load_rules
    rf = load_rules("responsibilities")
    sources = [normalize._RUN_MARKERS.pattern, normalize._RUN_DATE.pattern,
               rf.expand("${ITEM_MARKER}"), rf.expand("${TAG_WORD}")]
    for source in sources:
        hinted, plain = compile_pattern(source), re.compile(source)
        assert hinted is not plain and hinted.groupindex == plain.groupindex and hinted.groups == plain.groups
        for text in CORPUS_TEXTS + DEV_TEXTS:
            for lo in (0, len(text) // 3):
                assert [(m.span(), m.groups()) for m in hinted.finditer(text, lo)] == \
                    [(m.span(), m.groups()) for m in plain.finditer(text, lo)], (source[:30], text[:40])
                found, expected = hinted.search(text, lo), plain.search(text, lo)
                assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))
            for at in range(0, len(text), 5):
                found, expected = hinted.match(text, at), plain.match(text, at)
                assert (found and found.span()) == (expected and expected.span())
    for source in ("年", "[年月]日", "(?=[^年])月", "(?=年月)日", "(?i)(?=[a])a", "(?=[a])(?:b)?"):
        assert compile_pattern(source) is re.compile(source)
    assert _with_start_class(re.compile(r"(?=[12一二])\d")) is not re.compile(r"(?=[12一二])\d")


def test_a_gate_of_one_character_is_compiled_as_a_prefix_of_one():
    """`compile_pattern`: a gate of one character (`(?=请)`, responsibilities' requests opening a clause) gives `re` a
    prefix of that character to skip to (its search compares each character with it) rather than a class of one
    (a class test called at each character), and the pattern finds what `re.compile` finds: finditer from the start
    and from a third on, search and match at every 7th position, on every corpus and dev notice and on texts without
    the character (one of Latin-1 alone, which `re` reads one byte a character)."""
    from re import _constants as C

    from extractor.rules import _start_class_program, compile_pattern
    for source in (r"(?=请)(?:^|(?<=[，,。；;\n]))请(?P<who>[\u4e00-\u9fff]{0,6}?)(?:单位|部门)?", r"(?=[年])\d?年",
                   r"(?=a)(?<![b])a+"):
        code = _start_class_program(source, 0)[1]
        assert code[0] == C.INFO and code[2] == C.SRE_INFO_PREFIX and code[5:9] == [1, 0, ord(source[3 + (source[3] == "[")]), 0]
        hinted, plain = compile_pattern(source), re.compile(source)
        assert hinted.groupindex == plain.groupindex
        for text in CORPUS_TEXTS + DEV_TEXTS + ["", "abc baa aa", "请", "，请请各单位"]:
            for lo in (0, len(text) // 3):
                assert [(m.span(), m.groups()) for m in hinted.finditer(text, lo)] == \
                    [(m.span(), m.groups()) for m in plain.finditer(text, lo)], (source, text[:40])
            for at in range(0, len(text) + 1, 7):
                found, expected = hinted.search(text, at), plain.search(text, at)
                assert (found and found.span()) == (expected and expected.span())
                found, expected = hinted.match(text, at), plain.match(text, at)
                assert (found and found.span()) == (expected and expected.span())


def test_a_gate_start_class_follows_a_later_re_or_leaves_re_its_pattern(monkeypatch):
    """`_with_start_class` on a later Python's `re`, whose `_compiler._code` gives an object with `code` and
    `repeat_count` that `_sre.compile` takes last: the start class is written the same way and the pattern finds
    what `re.compile` finds. Where `re`'s internals are not what it reads (a compiler that fails, or an `_sre` that
    refuses the arguments), the pattern is `re.compile`'s own, never an error."""
    import _sre
    import types

    from extractor import rules
    source = r"(?=[12一二])[0-9一二]+(年)"
    text = CORPUS_TEXTS[0] + "二〇二三年 1年 21年"
    plain = re.compile(source)

    class CompileData:
        def __init__(self, code):
            self.code, self.repeat_count = code, 0

    compiler = rules._compiler
    later_compiler = types.SimpleNamespace(
        _code=lambda parsed, flags: CompileData(compiler._code(parsed, flags)),
        _optimize_charset=compiler._optimize_charset, _compile_charset=compiler._compile_charset)
    given = []

    def later_sre_compile(*args):
        given.append(args[-1])
        return _sre.compile(*args[:-1])

    monkeypatch.setattr(rules, "_compiler", later_compiler)
    monkeypatch.setattr(rules, "_sre", types.SimpleNamespace(compile=later_sre_compile))
    hinted = rules._with_start_class(plain)
    assert hinted is not plain and given == [0]
    assert [(m.span(), m.groups()) for m in hinted.finditer(text)] == \
        [(m.span(), m.groups()) for m in plain.finditer(text)]

    def refusing_sre_compile(*args):
        raise TypeError("compile() takes exactly 6 arguments (7 given)")

    monkeypatch.setattr(rules, "_sre", types.SimpleNamespace(compile=refusing_sre_compile))
    assert rules._with_start_class(plain) is plain
    monkeypatch.setattr(rules, "_compiler", types.SimpleNamespace())        # no `_code` at all
    assert rules._with_start_class(plain) is plain


SET_TEXTS = [p.read_bytes().decode("utf-8", "replace") for p in sorted((Path(__file__).resolve().parent.parent / "corpus")
                                                           .glob("*/docs/*.txt"))]


def test_patterns_put_behind_a_gate_find_what_they_found_without_it():
    """Scans `re` found no start for, now behind a gate of their first class or word (`compile_pattern`): normalize's
    runs of characters to clean and of spaces (`_runs_of`), responsibilities' `请` opening a clause and a request to
    the units named before it. Each finds the spans and groups, and substitutes the text, the pattern without its
    gate does, on every corpus, dev and set notice in text, whole and from a third on."""
    from extractor import normalize
    from extractor.extract import responsibilities
    cases = [(normalize._SPACE_RUN, r"[ \t\n]+"),
             (normalize._TO_CLEAN, normalize._TO_CLEAN.pattern.split(")", 1)[1]),
             (responsibilities._REQUEST_OPENING, responsibilities._REQUEST_OPENING_SOURCE),
             (responsibilities._REFERRED_REQUEST, responsibilities._REFERRED_REQUEST.pattern.removeprefix("(?=请)"))]
    for gated, source in cases:
        plain = re.compile(source)
        assert gated.pattern.startswith("(?=") and gated.pattern != plain.pattern and gated.groupindex == plain.groupindex
        for text in CORPUS_TEXTS + DEV_TEXTS + SET_TEXTS:
            for lo in (0, len(text) // 3):
                assert [(m.span(), m.groups()) for m in gated.finditer(text, lo)] == \
                    [(m.span(), m.groups()) for m in plain.finditer(text, lo)], (source[:30], text[:40])
            assert gated.sub("|", text) == plain.sub("|", text)
    assert [m.span() for m in responsibilities._REQUEST_OPENING.finditer("请各单位。请示，邀请\n请")] == [(0, 1), (5, 6), (11, 12)]


def test_word_tries_match_as_their_alternations_longest_first():
    """`trie_source` (organisations' suffixes, continuations, compound cores, not-org words, kind modifiers; structure's
    frame words and buttons) matches at every position of every corpus and dev notice what the alternation of its
    words written longest first matches, finds what it finds over every set's notices, and backtracks to the
    shorter word as it does (`中心` then `中` before `组`)."""
    from extractor.extract.organizations import lexicon
    from extractor.rules import load_rules, trie_source
    lx, org, st = lexicon(), load_rules("organizations").lexicon, load_rules("structure").lexicon
    lists = [lx.suffix_set, lx.continuations, lx.compounds, lx.not_org, org["kind_modifiers"], st["frame_words"],
             st["frame_buttons"]]
    for words in lists:
        trie = re.compile(trie_source(words))
        plain = re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))
        assert trie.pattern != plain.pattern
        for text in CORPUS_TEXTS + DEV_TEXTS:
            for i in range(len(text)):
                assert _found(trie.match(text, i)) == _found(plain.match(text, i)), (text[i:i + 10], sorted(words)[:3])
        for text in SET_TEXTS:
            assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
    words = ["中", "中心", "中心组", "心"]
    for text in ("中心组组", "中心组", "中心小组", "中组"):
        assert _found(re.match(f"(?:{trie_source(words)})组", text)) == _found(re.match("(?:中心组|中心|心|中)组", text))
    assert _found(re.match(f"(?:{trie_source(words)})组", "中心组")) == "中心组"


def _found(m: re.Match | None) -> str | None:
    return None if m is None else m.group()
