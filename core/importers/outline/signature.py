"""Nơi nhận and the signature block: in a table (Nơi nhận beside the signer, or two signers side by
side), typed with tabs, or as lines after the body; the signer's authority, title lines and name."""
from __future__ import annotations

import re

from ...model import Recipient, Signer
from ...text import Note, clean
from .blocks import Para, Table
from .lines import KNOWN_TITLES, PREFIX_RE, SIGNED_MARK


class SignatureBlock:
    """The part of :class:`~.phases.Builder` that reads Nơi nhận and the signers (it uses the
    builder's ``plan``, ``phase``, ``report``, ``signer_lines`` and ``tab_sig_lines``)."""

    def _tab_signature(self, p: Para, text: str) -> bool:
        """Nơi nhận and the signer typed side by side with tabs instead of a table:
        "Nơi nhận:⇥TM. ỦY BAN NHÂN DÂN", "- Sở Nội vụ;⇥KT. CHỦ TỊCH", "⇥⇥Nguyễn Văn A".
        What stands before the first tab is the left column (Nơi nhận), what follows a tab the
        right one (the signer), as Word lays the line out on its tab stops."""
        if not p.tabs:
            return False
        left = p.tabs[0]
        right = [x for x in p.tabs[1:] if x]
        if self.phase != "tabsig":
            # the block starts at "Nơi nhận:⇥…", at a tabbed line under a "Nơi nhận:" typed alone, or
            # at the signer's authority line pushed right with tabs ("⇥⇥TM. ỦY BAN NHÂN DÂN")
            if not right or not (re.match(r"^Nơi nhận\s*:?$", left, re.I) or self.phase == "recipients"
                                 or not left and _is_signer_block(right[:1])):
                return False
            self.phase = "tabsig"
            self.tab_sig_lines = 0
        self.tab_sig_lines += 1
        if left and not re.match(r"^Nơi nhận\s*:?$", left, re.I):
            self.plan.recipients.append(Recipient(text=left if left.startswith("-") else f"- {left}"))
        self.signer_lines.extend(right)
        if self.tab_sig_lines == 1:
            self.report.append(Note(
                "Nơi nhận và chữ ký gõ cạnh nhau bằng phím Tab (không dùng bảng) được tách theo điểm dừng tab: "
                "phần trước tab là Nơi nhận, phần sau tab là người ký.",
                "Nơi nhận and the signature typed side by side with tabs (no table) are split on the tab stops: "
                "what stands before the tab is Nơi nhận, what follows it the signer."))
        return True

    def _signature_table(self, t: Table) -> None:
        """Nơi nhận on the left and the signer on the right, or two signers
        side by side (a joint plan), possibly with the names in a row of
        their own: read column by column."""
        n = max(len(r) for r in t.rows if r)
        cols: list[list[str]] = [[] for _ in range(n)]
        for r in t.rows:
            for k, c in enumerate(r):
                cols[k if k < len(r) - 1 or len(r) == 1 else n - 1].append(c.text)
        for k, col in enumerate(cols):
            lines = [clean(x) for x in "\n".join(col).split("\n") if clean(x)]
            if not lines:
                continue
            if re.match(r"^Nơi nhận\s*:?$", lines[0], re.I) or (k == 0 and not _is_signer_block(lines)):
                self.phase = "recipients"
                for line in lines:
                    if re.match(r"^Nơi nhận\s*:?$", line, re.I):
                        continue
                    self.plan.recipients.append(Recipient(text=line if line.startswith("-") else f"- {line}"))
                continue
            self.phase = "signer"
            self.signer_lines.extend(lines)
            self._close_signer()
        self.phase = "body"

    def _close_signer(self) -> None:
        if not self.signer_lines:
            return
        lines = [clean(l) for l in self.signer_lines if clean(l)]
        self.signer_lines = []
        # "(Đã ký)", "(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)" mark a copy or a blank form:
        # not a line of the signature block (and not a name)
        marks = [x for x in lines if SIGNED_MARK.fullmatch(x)]
        if marks:
            lines = [x for x in lines if not SIGNED_MARK.fullmatch(x)]
            shown = ", ".join(f"“{x}”" for x in marks)
            self.report.append(Note("Dòng ghi chú trong khối chữ ký không được giữ (không in lại): " + shown,
                                    "Note lines in the signature block are not kept (not printed again): " + shown))
        # Split into one or two signers: each ends with a name (not upper case).
        groups: list[list[str]] = [[]]
        for l in lines:
            groups[-1].append(l)
            if l != l.upper():
                groups.append([])
        for g in groups:
            if not g:
                continue
            for k, x in enumerate(g):
                if "**" in x:
                    g[k] = clean(x.replace("**", ""))
                    self.report.append(Note(f"Dấu “**” (còn sót từ định dạng chữ đậm) được bỏ khỏi dòng ký: “{x}”",
                                            f"The “**” marks (left over from bold formatting) are removed from a "
                                            f"signature line: “{x}”"))
            s = Signer()
            name = g[-1] if g[-1] != g[-1].upper() else ""
            titles = [x for x in (g[:-1] if name else g) if not re.fullmatch(r"\(?(Đã ký|Ký tên.*|đóng dấu.*)\)?", x, re.I)]
            s.name = name
            if titles:
                m = PREFIX_RE.match(titles[0])
                if m and m.group(1) == "TM":
                    s.prefix, s.collective = "TM.", m.group(2)
                    rest = titles[1:]
                    if rest:
                        m2 = PREFIX_RE.match(rest[0])
                        if m2:
                            # TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH
                            s.lines = [rest[0]] + rest[1:]
                        else:
                            s.lines = rest
                elif m:
                    s.prefix = m.group(1) + "."
                    s.lines = [m.group(2)] + titles[1:]
                else:
                    s.lines = titles
            for x in s.lines:
                t = PREFIX_RE.sub(r"\2", x).strip().upper()
                full = next((k for k in KNOWN_TITLES if k != t and k.startswith(t) and len(t) >= 3), None)
                if full and not full[len(t):].startswith(" "):
                    self.report.append(Note(f"Chức danh người ký “{x}” có vẻ bị cắt (“{full}”?); giữ nguyên văn, "
                                            f"cần kiểm tra lại.",
                                            f"The signer's title “{x}” looks cut short (“{full}”?); kept as written, "
                                            f"please check it."))
            self.plan.signers.append(s)


def _looks_like_signature(t: Table) -> bool:
    first = clean(t.rows[0][0].text if t.rows and t.rows[0] else "")
    if first.lower().startswith("nơi nhận"):
        return True
    # signers side by side: every filled cell of a small table is a signer block
    if not t.rows or len(t.rows) > 3 or max(len(r) for r in t.rows) > 3:
        return False
    n = max(len(r) for r in t.rows)
    cols = ["\n".join(r[k].text for r in t.rows if k < len(r)) for k in range(n)]
    blocks = [[clean(x) for x in c.split("\n") if clean(x)] for c in cols]
    blocks = [b for b in blocks if b]
    return len(blocks) >= 1 and all(_is_signer_block(b) for b in blocks)


def _is_signer_block(lines: list[str]) -> bool:
    """"KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn A": an authority or a title
    first, a few lines in all."""
    if not lines or len(lines) > 8:
        return False
    first = lines[0]
    return bool(PREFIX_RE.match(first)) or first.upper() == first and \
        any(first.startswith(k) for k in KNOWN_TITLES)

