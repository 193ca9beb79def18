"""Refresh the translation sources and compile them.

    .venv/bin/python i18n/update.py            extract gui/ → app_vi.ts, app_en.ts; lrelease → *.qm
    .venv/bin/python i18n/update.py --check    also fail (exit 1) if app_en.ts has unfinished messages
    .venv/bin/python i18n/update.py --apply-en FILE.json
                                               merge English translations {context: {source: text}}

The source strings in gui/ are Vietnamese, so ``app_vi.ts`` is filled with
the source text itself (identity, marked finished) and ``app_en.ts``
carries the English.  Translators can also edit ``app_en.ts`` in Qt
Linguist (``.venv/bin/pyside6-linguist i18n/app_en.ts``); lupdate keeps
existing translations when it is run again.  ``qtbase_vi.ts`` (Qt's own
dialogs) is hand-written and only compiled here.

Extraction is done here with Python's ``ast`` rather than pyside6-lupdate,
because lupdate misses the patterns gui/ uses: ``t = self.tr`` then
``t("…")``; a module helper ``def tr(s): return
QCoreApplication.translate("Ctx", s)`` (lupdate files those under an empty
context, which never matches at run time); and ``tr(label)`` over a literal
table in a ``for`` loop.  The context is the enclosing class name, which is
what PySide6's ``self.tr`` looks up first (then the base classes).
Translations of messages that disappeared are kept as ``vanished`` so a
renamed string can be re-translated from them.
"""
from __future__ import annotations

import ast
import glob
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BIN = os.path.dirname(sys.executable)


def tool(name: str) -> str:
    for cand in (os.path.join(BIN, f"pyside6-{name}"), os.path.join(BIN, f"pyside6-{name}.exe"),
                 shutil.which(f"pyside6-{name}") or ""):
        if cand and os.path.exists(cand):
            return cand
    raise SystemExit(f"pyside6-{name} not found (install PySide6 in the venv)")


def sources() -> list[str]:
    files = sorted(glob.glob(os.path.join(ROOT, "gui", "**", "*.py"), recursive=True))
    return [os.path.relpath(f, HERE) for f in files]


# ------------------------------------------------------------ extraction --
# ``window.tr("…")`` in a module function: the receiver is the main window, whose
# class name is the context PySide6 looks up first.
RECEIVER_CONTEXT = {"window": "MainWindow", "win": "MainWindow", "main_window": "MainWindow"}


class _Extractor(ast.NodeVisitor):
    """Collect (context, source, comment, numerus, file, line) from one module."""

    def __init__(self, rel: str):
        self.rel = rel
        self.out: list[tuple] = []
        self.dynamic: list[tuple] = []
        self.cls: list[str] = []
        self.aliases: list[set] = [set()]        # names bound to self.tr in the current function
        self.helpers: dict[str, str] = {}        # module function name -> fixed context
        self.loops: list[tuple] = []             # (target names, literal rows)
        self.helper_params: set = set()
        self.consts: dict = {}                   # module-level literal tables
        self.func: list[str] = []

    def ctx(self) -> str:
        return self.cls[-1] if self.cls else ""

    def visit_Module(self, node):
        for f in ast.walk(node):   # def tr(s): return QCoreApplication.translate("Ctx", s)  (at any depth)
            if isinstance(f, ast.FunctionDef) and len(f.args.args) == 1:
                param = f.args.args[0].arg
                for sub in ast.walk(f):
                    if isinstance(sub, ast.Call) and _attr_name(sub.func) == "translate" and len(sub.args) > 1 \
                            and isinstance(sub.args[0], ast.Constant) and isinstance(sub.args[0].value, str) \
                            and isinstance(sub.args[1], ast.Name) and sub.args[1].id == param:
                        self.helpers[f.name] = sub.args[0].value
                        self.helper_params.add((f.name, param))
        for a in node.body:        # NAME = ( … literals … ) at module level
            if isinstance(a, ast.Assign) and len(a.targets) == 1 and isinstance(a.targets[0], ast.Name) and \
                    isinstance(a.value, (ast.Tuple, ast.List, ast.Dict)):
                self.consts[a.targets[0].id] = a.value
        self.generic_visit(node)

    def visit_ClassDef(self, node):
        self.cls.append(node.name)
        self.generic_visit(node)
        self.cls.pop()

    def visit_FunctionDef(self, node):
        self.aliases.append(set())
        self.func.append(node.name)
        self.generic_visit(node)
        self.func.pop()
        self.aliases.pop()
    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Assign(self, node):
        if _attr_name(node.value) == "tr" and isinstance(node.value, ast.Attribute):
            for t in node.targets:
                if isinstance(t, ast.Name):
                    self.aliases[-1].add(t.id)
        self.generic_visit(node)

    def _rows(self, it):
        if isinstance(it, ast.Name) and it.id in self.consts:
            it = self.consts[it.id]
        if isinstance(it, ast.Dict):
            return it.keys
        return it.elts if isinstance(it, (ast.Tuple, ast.List)) else None

    def visit_For(self, node):
        self.loops.append((_target_names(node.target), self._rows(node.iter)))
        self.generic_visit(node)
        self.loops.pop()

    def _visit_comp(self, node):
        n = 0
        for g in node.generators:
            self.loops.append((_target_names(g.target), self._rows(g.iter)))
            n += 1
        self.generic_visit(node)
        del self.loops[len(self.loops) - n:]
    visit_ListComp = visit_SetComp = visit_GeneratorExp = visit_DictComp = _visit_comp

    def visit_Call(self, node):
        f = node.func
        name = _attr_name(f)
        ctx = None
        arg_i = 0
        if isinstance(f, ast.Attribute) and name == "tr":
            recv = f.value.id if isinstance(f.value, ast.Name) else ""
            if recv in ("self", "cls") or recv not in RECEIVER_CONTEXT:
                ctx = self.ctx()
                if recv not in ("self", "cls", "") or not ctx:
                    self.dynamic.append((self.rel, node.lineno, f"{recv or ast.unparse(f.value)}.tr: context guessed as "
                                                                f"{ctx!r}"))
            else:
                ctx = RECEIVER_CONTEXT[recv]
        elif isinstance(f, ast.Name) and f.id in self.aliases[-1]:
            ctx = self.ctx()
        elif isinstance(f, ast.Name) and f.id in self.helpers:
            ctx = self.helpers[f.id]
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2 and \
                isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
            ctx, arg_i = node.args[0].value, 1
        elif isinstance(f, ast.Name) and f.id == "QT_TR_NOOP":
            ctx = self.ctx()
        if ctx is not None and len(node.args) > arg_i:
            a = node.args[arg_i]
            comment = ""
            rest = node.args[arg_i + 1:]
            if rest and isinstance(rest[0], ast.Constant) and isinstance(rest[0].value, str):
                comment = rest[0].value
            numerus = len(rest) >= 2 or any(k.arg == "n" for k in node.keywords)
            for text in self._literals(a):
                self.out.append((ctx, text, comment, numerus, self.rel, node.lineno))
            in_helper = isinstance(a, ast.Name) and self.func and (self.func[-1], a.id) in self.helper_params
            if not self._literals(a) and not in_helper:
                self.dynamic.append((self.rel, node.lineno, ast.unparse(a)))
        self.generic_visit(node)

    def _literals(self, a) -> list[str]:
        if isinstance(a, ast.Constant) and isinstance(a.value, str):
            return [a.value]
        if isinstance(a, ast.Call) and isinstance(a.func, ast.Attribute) and a.func.attr == "get" and \
                isinstance(a.func.value, ast.Name) and a.func.value.id in self.consts:   # tr(LABELS.get(k, k))
            a = ast.Subscript(value=a.func.value, slice=a.args[0] if a.args else ast.Constant(None))
        if isinstance(a, ast.Subscript) and isinstance(a.value, ast.Name) and a.value.id in self.consts:
            c = self.consts[a.value.id]   # tr(LABELS[key])
            vals = c.values if isinstance(c, ast.Dict) else c.elts
            return [v.value for v in vals if isinstance(v, ast.Constant) and isinstance(v.value, str)]
        if isinstance(a, ast.Name):   # tr(label) inside "for key, label in ((…, "…"), …)"
            for names, rows in reversed(self.loops):
                if a.id in names and rows is not None:
                    i = names.index(a.id)
                    out = []
                    for r in rows:
                        el = r.elts[i] if isinstance(r, (ast.Tuple, ast.List)) and len(names) > 1 and \
                            i < len(r.elts) else (r if len(names) == 1 else None)
                        if isinstance(el, ast.Constant) and isinstance(el.value, str):
                            out.append(el.value)
                    return out
        return []


def _attr_name(f) -> str:
    if isinstance(f, ast.Attribute):
        return f.attr
    if isinstance(f, ast.Name):
        return f.id
    return ""


def _target_names(t) -> list[str]:
    if isinstance(t, ast.Name):
        return [t.id]
    if isinstance(t, (ast.Tuple, ast.List)):
        return [e.id if isinstance(e, ast.Name) else "" for e in t.elts]
    return []


def extract() -> tuple[list[tuple], list[tuple]]:
    msgs, dyn = [], []
    for rel in sources():
        with open(os.path.join(HERE, rel), encoding="utf-8") as f:
            tree = ast.parse(f.read(), rel)
        ex = _Extractor(rel.replace(os.sep, "/"))
        ex.visit(tree)
        msgs += ex.out
        dyn += ex.dynamic
    return msgs, dyn


def lupdate(ts: str, lang: str) -> list[tuple]:
    """Write *ts* from the sources, keeping existing translations.  Returns dynamic tr() calls."""
    msgs, dyn = extract()
    old: dict = {}
    if os.path.exists(ts):
        for ctx in ET.parse(ts).getroot().iter("context"):
            for m in ctx.iter("message"):
                key = (ctx.findtext("name") or "", m.findtext("source") or "", m.findtext("comment") or "")
                old[key] = m.find("translation")
    root = ET.Element("TS", {"version": "2.1", "language": lang, "sourcelanguage": "vi_VN"})
    by_ctx: dict = {}
    for ctx, src, cmt, numerus, rel, line in msgs:
        d = by_ctx.setdefault(ctx, {})
        key = (src, cmt)
        if key in d:
            d[key]["locs"].append((rel, line))
        else:
            d[key] = {"numerus": numerus, "locs": [(rel, line)]}
    for (ctx, src, cmt), tr in old.items():   # keep translations of strings no longer in the code
        if (src, cmt) not in by_ctx.get(ctx, {}) and tr is not None and (tr.text or tr.findall("numerusform")):
            by_ctx.setdefault(ctx, {})[(src, cmt)] = {"numerus": False, "locs": [], "vanished": True}
    for ctx in sorted(by_ctx):
        c = ET.SubElement(root, "context")
        ET.SubElement(c, "name").text = ctx
        for (src, cmt), info in by_ctx[ctx].items():
            m = ET.SubElement(c, "message")
            prev = old.get((ctx, src, cmt))
            numerus = info["numerus"] or (prev is not None and bool(prev.findall("numerusform")))
            if numerus:
                m.set("numerus", "yes")
            for rel, line in info["locs"]:
                ET.SubElement(m, "location", {"filename": rel, "line": str(line)})
            ET.SubElement(m, "source").text = src
            if cmt:
                ET.SubElement(m, "comment").text = cmt
            tr = ET.SubElement(m, "translation")
            if prev is not None:
                tr.text = prev.text
                for f in prev.findall("numerusform"):
                    ET.SubElement(tr, "numerusform").text = f.text
                if prev.get("type") == "unfinished":
                    tr.set("type", "unfinished")
            else:
                tr.set("type", "unfinished")
                if numerus:
                    ET.SubElement(tr, "numerusform")
            if info.get("vanished"):
                tr.set("type", "vanished")
    ET.indent(root, "    ")
    _write(ET.ElementTree(root), ts)
    return dyn


def _write(tree: ET.ElementTree, path: str) -> None:
    root = tree.getroot()
    body = ET.tostring(root, encoding="unicode")
    with open(path, "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def fill_identity(ts_path: str) -> int:
    """app_vi.ts: every message translates to its own (Vietnamese) source."""
    tree = ET.parse(ts_path)
    n = 0
    for msg in tree.getroot().iter("message"):
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("vanished", "obsolete"):
            continue
        if tr.get("type") != "unfinished" and (tr.text or tr.findall("numerusform")):
            continue
        src = msg.findtext("source") or ""
        if msg.get("numerus") == "yes":
            forms = tr.findall("numerusform")
            if not forms or tr.get("type") == "unfinished":
                for f in forms:
                    tr.remove(f)
                nf = ET.SubElement(tr, "numerusform")
                nf.text = src
                tr.attrib.pop("type", None)
                n += 1
        elif tr.get("type") == "unfinished" or not (tr.text or ""):
            tr.text = src
            tr.attrib.pop("type", None)
            n += 1
    _write(tree, ts_path)
    return n


def apply_translations(ts_path: str, table: dict) -> int:
    """Set translations from {context: {source: text or [forms]}}; returns how many were set."""
    tree = ET.parse(ts_path)
    n = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        tab = table.get(name, {})
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            if src not in tab:
                continue
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            val = tab[src]
            if msg.get("numerus") == "yes":
                for f in tr.findall("numerusform"):
                    tr.remove(f)
                for form in (val if isinstance(val, list) else [val, val]):
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = val
            if tr.get("type") == "unfinished":
                del tr.attrib["type"]
            n += 1
    _write(tree, ts_path)
    return n


def unfinished(ts_path: str) -> list[tuple[str, str]]:
    out = []
    for ctx in ET.parse(ts_path).getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") == "unfinished":
                out.append((ctx.findtext("name"), msg.findtext("source")))
    return out


def lrelease(ts: str) -> None:
    qm = os.path.splitext(ts)[0] + ".qm"
    subprocess.run([tool("lrelease"), "-silent", ts, "-qm", qm], cwd=HERE, check=True)


def main(argv: list[str]) -> int:
    vi, en = os.path.join(HERE, "app_vi.ts"), os.path.join(HERE, "app_en.ts")
    if "--apply-en" in argv:
        with open(argv[argv.index("--apply-en") + 1], encoding="utf-8") as f:
            print("applied", apply_translations(en, json.load(f)))
    lupdate(vi, "vi_VN")
    dyn = lupdate(en, "en_GB")
    for rel, line, expr in dyn:
        print(f"note: {rel}:{line}: {expr}" if ".tr:" in expr else
              f"note: tr() of a computed string at {rel}:{line} ({expr}) — translate its values where they are defined")
    fill_identity(vi)
    for ts in (vi, en, os.path.join(HERE, "qtbase_vi.ts")):
        lrelease(ts)
    todo = unfinished(en)
    for ctx, src in todo:
        print(f"untranslated (en): {ctx}: {src!r}")
    print(f"{len(todo)} unfinished in app_en.ts")
    return 1 if (todo and "--check" in argv) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
