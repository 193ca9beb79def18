"""The regular expressions of the deadline reader, and the word tables that turn what they match into
numbers.  Patterns match the lower-cased phrase (core.deadlines.normalise.lower_phrase); the scanner and
the clause families try them at a position.  Nothing here reads a whole phrase."""
from __future__ import annotations

import re

_NUMW = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8,
         "chín": 9, "mười": 10, "mười một": 11, "mười lăm": 15, "hai mươi": 20, "ba mươi": 30}
_NUM = r"(\d{1,3}|mười lăm|hai mươi|ba mươi|một|hai|ba|bốn|tư|năm|sáu|bảy|bẩy|tám|chín|mười)"
QUARTER_NUMBER = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "01": 1, "02": 2, "03": 3,
                  "04": 4, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4}
_E = r"(?![\wÀ-ỹ])"      # end of word
_YEAR_SUFFIX = r"(?:\s*[/.-]\s*(\d{4}))?"


def number_of(s: str) -> int:
    s = s.strip()
    return int(s) if s.isdigit() else _NUMW.get(s, 0)


def _c(p: str) -> re.Pattern:
    return re.compile(p)


P_UNSPEC = _c(r"(?:khi có |theo |khi )?yêu cầu" + _E + r"(?:\s+(?:của|từ)\s[^;]*)?|đột xuất" + _E + r"|khi cần(?: thiết)?" + _E
              + r"|kịp thời" + _E + r"|tùy (?:tình hình|theo)[^;]*|chưa xác định" + _E + r"|không thời hạn" + _E)
P_THEO = _c(r"theo" + _E + r"[^;]*")
P_ONGOING = _c(r"(?:thường xuyên|liên tục|lâu dài|xuyên suốt|hàng ngày,? thường xuyên)" + _E)
_REL = r"(kể từ(?: ngày| khi)?|tính từ(?: ngày)?|từ ngày|sau(?: khi| ngày)?|trước(?: khi| ngày)?|so với(?: ngày)?)"
P_OFFSET = _c(r"(?:(?:trong(?: vòng| thời hạn| phạm vi)?|chậm nhất(?: là)?|sau|không quá|tối đa|trước)\s+)?"
              + _NUM + r"\s+(ngày làm việc|ngày|tuần|tháng)(?:\s+làm việc)?(?:\s*,\s*|\s+)" + _REL + _E + r"\s*")
P_AFTER = _c(r"(?:ngay\s+)?(?:sau khi|kể từ khi|kể từ ngày|kể từ|ngay khi|khi|sau)" + _E + r"\s*")
# "Thực hiện ngay", "Triển khai ngay": the whole cell says "at once" — due the day the plan is issued
P_NOW = _c(r"(?:(?:thực hiện|triển khai|tổ chức|làm)\s+)?ngay(?:\s+(?:lập tức|khi kế hoạch (?:được )?ban hành))?" + _E
           + r"\s*$")
P_BEFORE = _c(r"trước(?: khi| ngày| hết| thời điểm)?" + _E + r"\s*")
P_NEXTYEAR = _c(r"(?:của\s+)?năm sau(?: liền kề| liền| kế tiếp)?" + _E + r"|(?:của\s+)?năm tiếp theo" + _E)
P_FOLLOWING = _c(r"(?:và\s+)?(?:các|những) năm (?:tiếp theo|sau)" + _E)
P_DOM = _c(r"(?:(trước|chậm nhất(?: là)?|vào|đến|hạn)\s+)?(?:(?:vào\s+)?(?:ngày|mùng|mồng)\s+)?"
           r"(\d{1,2}((?:\s*(?:,|và)\s*\d{1,2})*))\s+(?:của\s+)?(?:hàng|mỗi|các|từng) tháng" + _E)
# "ngày 25 (của) tháng cuối quý", "ngày 05 tháng đầu tiên của quý sau"
P_QDAY = _c(r"(?:(trước|chậm nhất(?: là)?|vào|đến|hạn)\s+)?(?:(?:vào\s+)?(?:ngày|mùng|mồng)\s+)?(\d{1,2})\s+"
            r"(?:của\s+)?(?:các\s+|mỗi\s+)?tháng\s+(cuối cùng|cuối|đầu tiên|đầu|thứ nhất|thứ hai|giữa|thứ ba)"
            r"(?:\s+(?:của|trong))?(?:\s+(?:mỗi|hàng|các|từng))?\s+quý"
            r"(\s+(?:sau|tiếp theo|kế tiếp|liền sau|liền kề|tiếp sau))?" + _E)
QUARTER_MONTH = {"cuối cùng": 2, "cuối": 2, "thứ ba": 2, "đầu tiên": 0, "đầu": 0, "thứ nhất": 0, "thứ hai": 1, "giữa": 1}
# "trước ngày 25" with no month, refining a monthly rule ("Hàng tháng (trước ngày 25)")
P_BAREDAY = _c(r"(?:(trước|chậm nhất(?: là)?|vào|đến|hạn)\s+)?(?:ngày|mùng|mồng)\s+(\d{1,2})" + _E
               + r"(?!\s*(?:[/.-]\s*\d|tháng|của|hàng|mỗi|các|từng|làm|kể|tính))")
# "tuần đầu tháng", "tuần cuối tháng": the 7th / the last day of each month
P_WEEKOFMONTH = _c(r"(?:trong\s+|vào\s+)?tuần\s+(đầu tiên|đầu|cuối cùng|cuối)(?:\s+của)?(?:\s+(?:mỗi|hàng|các|từng))?"
                   r"\s+tháng" + _E + r"(?!\s*\d)")
# "cuối quý", "cuối mỗi tháng" (each), or "cuối" before a named period ("Cuối tháng 6/2026")
P_ENDOF = _c(r"cuối(?:\s+(mỗi|hàng|từng|các))?\s+(quý|tháng)" + _E)
# "báo cáo quý / tháng / năm": the report's name, meaning its frequency
P_REPORT = _c(r"(?:báo cáo|sơ kết|tổng kết)\s+(quý|tháng|năm)" + _E
              + r"(?!\s*(?:[/.-]?\s*\d|iv|iii|ii|i\b|một|hai|ba|bốn|tư|sáu|bảy|tám|chín|mười|giêng|chạp|nay|sau|tiếp"
              r"|học|cuối|đầu))")
# "1 lần/năm", "2 lần/năm", "1 lần/quý", "mỗi năm 1 lần", "1 năm/lần"
P_TIMES = _c(r"(\d{1,2}|một|hai|ba|bốn|sáu)\s*lần\s*(?:/|một|mỗi|trên|trong)\s*(năm|quý|tháng|tuần)" + _E
             + r"|(?:mỗi|hàng|từng)\s+(năm|quý|tháng|tuần)\s+(\d{1,2}|một|hai|ba|bốn|sáu)\s+lần" + _E
             + r"|(?:1|một)\s+(năm|quý|tháng|tuần)\s*(?:/\s*(?:1\s*)?lần|(?:một|1)\s+lần)" + _E)
MONTHS_PER = {"năm": 12, "quý": 3, "tháng": 1, "tuần": 0}
# "Hàng năm đến (năm) 2030", "Hàng năm (bắt đầu) từ (năm) 2026": bounds of a rule
P_UNTIL = _c(r"(?:đến|tới)(?:\s+hết)?(?:\s+năm)?\s+(\d{4})" + _E)
P_SINCE = _c(r"(?:bắt đầu\s+)?từ(?:\s+năm)?\s+(\d{4})" + _E + r"(?!\s*(?:-|đến|tới|~))")
P_FROMNOW = _c(r"(?:từ nay|từ bây giờ|từ thời điểm này)(?:\s+(?:đến|tới)(?:\s+hết)?)?" + _E)
P_ONWARD = _c(r"(?:trở đi|trở về sau|về sau)" + _E)
# something shaped like a date that period_at refused (an impossible day): flagged, never an event's name
P_DATEISH = _c(r"(?:ngày\s+)?(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\5\s*(\d{4}|\d{2}))?"
               r"|(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?)(?![\d/])")


P_WDAY = _c(r"(?:(trước|chậm nhất(?: là)?|vào)\s+)?(?:(?:sáng|chiều|trưa|tối)\s+)?"
            r"(thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ nhật)\s+(?:hàng|mỗi|các|từng) tuần" + _E)
CAN = ("canh", "tân", "nhâm", "quý", "giáp", "ất", "bính", "đinh", "mậu", "kỷ")      # year % 10
CHI = ("thân", "dậu", "tuất", "hợi", "tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi")  # year % 12
P_TET = _c(r"(?:(trước|dịp|trong dịp|vào dịp|trước và trong(?: dịp)?|chậm nhất(?: là)?(?: trước)?)\s+)?tết"
           r"(?:\s+(?:nguyên đán|âm lịch|cổ truyền(?: của dân tộc)?))?(?!\s+dương)"
           r"(?:\s+(" + "|".join(CAN) + r")\s+(" + "|".join(CHI + ("mẹo", "tị")) + r"))?"
           r"(?:\s*(?:năm\s+)?(\d{4}))?" + _E)
WEEKDAY_WORDS = {"hai": 1, "2": 1, "ba": 2, "3": 2, "tư": 3, "4": 3, "năm": 4, "5": 4, "sáu": 5, "6": 5, "bảy": 6,
          "bẩy": 6, "7": 6}
P_DAILY = _c(r"(?:hàng|mỗi|từng) ngày(?: làm việc)?" + _E)
P_WEEKLY = _c(r"(?:định kỳ\s+)?(?:hàng|mỗi|từng|theo) tuần" + _E)
P_MONTHLY = _c(r"(?:định kỳ\s+)?(?:hàng|mỗi|từng|theo) tháng" + _E)
P_QUARTERLY = _c(r"(?:định kỳ\s+)?(?:hàng|mỗi|từng|theo) quý" + _E + r"|định kỳ quý" + _E)
P_HALF = _c(r"(?:(?:định kỳ|hàng|mỗi|báo cáo|sơ kết)\s+)?(?:6|06|sáu) tháng(?:\s*(?:một|1) lần|\s*/\s*(?:1\s*)?lần)?"
            + _E + r"(?!\s*(?:đầu|cuối|kể|tính|sau|trước|từ))|(?:hàng |mỗi )?nửa năm(?: một lần)?" + _E
            + r"(?!\s*(?:đầu|cuối))")
P_EVERYN = _c(r"(?:(?:định kỳ|mỗi|hàng)\s+)?(\d{1,2}|hai|ba|bốn|năm) tháng\s*(?:(?:một|1) lần|/\s*(?:1\s*)?lần)" + _E
              + r"|định kỳ (\d{1,2}|hai|ba|bốn|năm) tháng" + _E)
P_YEARLY = _c(r"(?:định kỳ\s+)?(?:hàng|mỗi|từng|theo|các) năm" + _E + r"(?!\s*(?:\d|tiếp|sau))|năm một lần" + _E)
P_YRANGE = _c(r"(?:giai đoạn|thời kỳ|các năm|năm)?\s*(?:từ\s+)?(?:năm\s+)?(\d{4})\s*(?:-|đến|tới|~)\s*(?:năm\s+)?(\d{4})" + _E)
P_ISO = _c(r"(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/.-])")
P_DATE_WORDS = _c(r"(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?" + _E)
P_DATE = _c(r"(?:ngày\s+)?(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}|\d{2}))?(?![\d/])")
P_MONTH_YEAR = _c(r"(?:tháng\s+|t\.?\s*)?(\d{1,2})\s*[/-]\s*(\d{4})" + _E)
P_QUARTER = _c(r"(?:quý\s*|q\.?\s*)(iv|iii|ii|i|0?[1-4])" + _E + _YEAR_SUFFIX
               + r"|quý\s+(một|hai|ba|bốn|tư)" + _E + r"(?!\s+lần)" + _YEAR_SUFFIX)
# parts of the year: "6 tháng đầu năm", "3 tháng đầu năm", "4 tháng cuối năm 2026", "nửa đầu năm", "9 tháng năm 2023"
P_HALFP = _c(r"(?:(?:6|06|sáu) tháng|nửa năm|bán niên) (đầu|cuối)(?: năm)?" + _E + _YEAR_SUFFIX
             + r"|(?:(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười một|mười) tháng|nửa) (đầu|cuối) năm" + _E + _YEAR_SUFFIX
             + r"|(\d{1,2}|ba|chín) tháng năm (\d{4})" + _E)
# a compact range of days in one month: "ngày 10-12/9", "từ ngày 03-08/5/2026", "từ 5 đến 9/10"
P_DRANGE = _c(r"(?:ngày\s+)?(\d{1,2})\s*(?:-|đến|tới)\s*(?:ngày\s+)?(\d{1,2})(?:\s*([/.])\s*(\d{1,2})(?:\s*\3\s*(\d{4}))?"
              r"(?![\d/.])|\s+tháng\s+(\d{1,2})(?:\s+năm\s+(\d{4}))?" + _E + ")")
P_MONTH = _c(r"tháng\s+(\d{1,2}|một|hai|ba|bốn|tư|năm|sáu|bảy|tám|chín|mười một|mười hai|mười|giêng|chạp)"
             + _E + _YEAR_SUFFIX)
P_PARTYEAR = _c(r"(đầu|giữa|cuối) năm" + _E)
P_WHOLEYEAR = _c(r"(?:cả|toàn|trọn) năm" + _E + r"(?!\s*\d)")
P_LISTQ = _c(r"(iv|iii|ii|i)" + _E + _YEAR_SUFFIX)
P_LISTM = _c(r"(\d{1,2})" + _E + r"(?!\s*[/.-]\s*\d{1,2}(?!\d))" + _YEAR_SUFFIX)
P_YEAR = _c(r"(?:năm\s+)?(\d{4})" + _E)
P_THISYEAR = _c(r"(?:trong\s+)?năm nay" + _E)
P_RANGEOP = _c(r"(?:đến|tới|-|~)(?:\s+hết)?" + _E + r"|(?:đến|tới|-|~)")
P_FROM = _c(r"(?:bắt đầu\s+)?từ(?:\s+ngày)?" + _E)
P_BY = _c(r"(?:chậm nhất|muộn nhất|hạn chót|hạn|hoàn thành|xong|đến hết|đến|tới|trong|vào|trước và trong|"
          r"ngày|trong tháng|trong quý|năm|hết|(?:nhân |vào |trong )?dịp)(?:\s+là)?(?:\s+vào)?(?:\s+ngày)?" + _E)
P_SEP = _c(r"[\s,;/&+()\[\]\"“”'’]+|(?:và|hoặc|hay|kết hợp|đồng thời)" + _E)
P_FILLER = _c(r"(?:báo cáo|tổng kết|sơ kết|thực hiện|triển khai|tổ chức|hoàn thành|gửi|nộp|định kỳ|kết quả|"
              r"các|của|cả|mỗi|lần|dứt điểm|cơ bản|từng|một|xong|về|cho|được|bảo đảm|đảm bảo|năm)" + _E)
P_WORD = _c(r"\S+?(?=[\s,;]|$)|\S+")
MONTH_WORDS = {"một": 1, "giêng": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
           "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}


def year_of(s: str | None) -> int | None:
    """A year as written: "26" is 2026."""
    if not s:
        return None
    y = int(s)
    if len(s) == 2:
        y += 2000
    return y


# -------------------------------------------- the clause families (families.py) --
_WD = r"(thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ nhật)"


def iso_weekday(w: str) -> int:
    """ISO weekday of "thứ Hai" … "chủ nhật" (0: not a weekday)."""
    return 7 if w == "chủ nhật" else WEEKDAY_WORDS.get(w[3:].strip(), 0)


# "(nếu ngày này trùng vào ngày nghỉ, ngày lễ thì thực hiện vào ngày làm việc tiếp theo)"
P_SHIFT = _c(r"(?:nếu|trường hợp|khi)\s+(?:[^;()]{0,40}?\s)?trùng" + _E + r"[^;()]*")
P_PREV = re.compile(r"liền trước|trước đó|làm việc trước|ngày làm việc cuối cùng trước")
# "Trong thời hạn 03 ngày làm việc", "Không quá 15 ngày", "05 ngày làm việc" — no "kể từ …"
P_DUR = _c(r"(?:(trong(?: vòng| thời hạn| phạm vi)?|thời hạn(?: giải quyết)?(?: là)?|không quá|tối đa|chậm nhất(?: là)?)"
           r"\s+)?(?:(?:là|trong)\s+)?" + _NUM + r"\s+(ngày làm việc|ngày|tuần|tháng)(?:\s+làm việc)?" + _E
           + r"(?![\s,]*(?:kể|tính|từ|sau|trước|đầu|cuối|năm|/|lần|\d|một lần|của|tới|hàng|mỗi|các|thứ|làm))")
# ". Trường hợp cần phải xác minh thì thời hạn được kéo dài không quá 06 ngày làm việc"
P_COND = _c(r"\.?\s*(?:trường hợp|nếu|riêng)\s+([^;.]*?)\s*(?:,\s*)?(?:thì\s+)?(?:thời hạn\s+)?(?:được\s+)?(?:kéo dài\s+)?"
            r"(?:thêm\s+)?(?=(?:không quá|tối đa|trong(?: vòng| thời hạn)?|là)?\s*" + _NUM + r"\s+(?:ngày|tuần|tháng))")
P_SCOPE = _c(r"(?:đối với|áp dụng (?:đối )?với)\s+([^;.()]+)")
P_EXCL = _c(r"không (?:kể|tính)(?: thời gian)?\s+([^;()]+)")
# "Ngày 06; 13; 20; 27 (Thứ Hai)", "Ngày 06; 13; 20; 27/4/2026 (thứ Hai)"
P_DAYLIST = _c(r"(?:các\s+)?ngày\s+(\d{1,2}(?:\s*(?:[;,]|và)\s*\d{1,2})+)(?:\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}))?)?"
               r"(?![\d/.])\s*[(,-]?\s*" + _WD + _E + r"\s*\)?")
# "ngày thứ Năm của tuần thứ hai hằng tháng", "thứ sáu của tuần lễ cuối tháng"
_ORD = r"(?:thứ nhất|thứ hai|thứ ba|thứ tư|thứ năm|đầu tiên|đầu|cuối cùng|cuối|[1-5])"
P_NTH = _c(r"(?:vào\s+)?(?:ngày\s+)?" + _WD + r"\s+(?:(?:của\s+)?tuần(?: lễ)?\s+(" + _ORD + r"(?:\s*(?:,|và)\s*(?:tuần\s+)?"
           + _ORD + r")*)|(đầu tiên|cuối cùng))(?:\s+(?:của|trong))?(?:\s+(?:mỗi|hàng|các|từng))?\s+tháng" + _E)
ORDINAL_RX = re.compile(_ORD)
# "Trong ngày cơ quan, tổ chức tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo, nếu tiếp nhận yêu cầu sau 15 giờ"
P_INDAY = _c(r"(?:ngay\s+)?trong ngày\s+(?!làm việc|\d|của|đó|này|hôm)(?=[^\W\d_])([^;\d]*?)(?=\s+hoặc\s|\s*;|\s*$)")
P_ALTNEXT = _c(r"(?:hoặc\s+)?(?:ngay\s+)?trong ngày làm việc (?:tiếp theo|kế tiếp|hôm sau|liền sau)(?:\s*,?\s*(?:nếu|trường hợp)\s+"
               r"([^;]*))?")
# "Trong ngày", "Giải quyết ngay trong ngày làm việc": the same day as the start
P_SAMEDAY = _c(r"(?:giải quyết\s+)?(?:ngay\s+)?trong (?:ngày|ngày làm việc)(?: làm việc)?" + _E + r"(?=\s*(?:$|[;,.()]))")
ORDINAL = {"thứ nhất": 1, "đầu tiên": 1, "đầu": 1, "1": 1, "thứ hai": 2, "2": 2, "thứ ba": 3, "3": 3, "thứ tư": 4, "4": 4,
        "thứ năm": 5, "5": 5, "cuối cùng": -1, "cuối": -1}
# a weekday written with a date: "thứ Tư ngày 14 tháng 02 năm 2018", "ngày 06/4/2026 (thứ Hai)"
# (not an ordinal: "lần thứ hai", "kỳ họp thứ ba", "đợt thứ năm")
_ORDINAL_OF = "".join(f"(?<!{w} )" for w in ("lần", "đợt", "kỳ", "họp", "khóa", "phiên", "bước", "năm", "tuần", "quý",
                                              "tháng", "lớp", "hội", "vòng", "số"))
P_WTAG = _c(_ORDINAL_OF + r"\(?\s*" + _WD + _E + r"(?!\s*(?:hàng|mỗi|các|từng|của) tuần)\s*\)?")
P_RANGE_WTAG = _c(r"(?:đến|tới|-)(?:\s+hết)?\s+(?:ngày\s+)?" + _WD + _E + r"\s*,?\s*")
# "(trước) ngày 25 của tháng cuối kỳ báo cáo", "ngày 20 tháng của cuối quý"
P_KYDAY = _c(r"(?:(trước|chậm nhất(?: là)?|vào|đến|hạn)\s+)?(?:(?:vào\s+)?ngày\s+)?(\d{1,2})\s+(?:của\s+)?tháng\s+"
             r"(?:cuối(?: cùng)?(?:\s+(?:của|thuộc))?\s+(?:mỗi\s+|các\s+|từng\s+)?(kỳ)(?: báo cáo)?|của cuối (quý|kỳ)(?: báo cáo)?)"
             + _E)
# "(thời gian chốt) số liệu (báo cáo)", "tính từ (ngày)", "năm trước (kỳ báo cáo)", "của kỳ báo cáo"
P_DATA = _c(r"(?:thời gian\s+)?(?:chốt\s+)?số liệu(?:\s+báo cáo)?" + _E)
P_DATAFROM_M = _c(r"(?:được\s+)?tính từ(?:\s+ngày)?\s+(\d{1,2})\s+(?:của\s+)?tháng trước(?:\s+kỳ báo cáo)?" + _E)
P_TINHTU = _c(r"(?:được\s+)?tính từ(?:\s+ngày)?" + _E)
P_PREVYEAR = _c(r"(?:của\s+)?năm trước(?:\s+(?:kỳ|năm) báo cáo)?" + _E)
P_KYFILL = _c(r"(?:của|thuộc|trong)\s+(?:kỳ|năm) báo cáo" + _E)
# "tháng 9 tới", "quý tới", "đầu tháng sau", "năm tới"
P_REL = _c(r"(?:(đầu|giữa|cuối)\s+)?(?:(?:(tháng)(?:\s+(\d{1,2}))?|(quý)(?:\s+(iv|iii|ii|i|[1-4]))?|(tuần))\s+"
           r"(?:tới|sau(?!\s+(?:khi|ngày|đó))|kế tiếp|tiếp theo)|(năm) tới)" + _E)
# "đầu tháng 3/2020", "giữa tháng 6": the first / second ten days of the month
P_PARTMONTH = _c(r"(đầu|giữa)\s+tháng\s+(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?" + _E)
GAP = re.compile(r"[\s,]*")
P_HOURS = _c(r"(?:trong\s+)?giờ hành chính" + _E)
P_RLABEL = _c(r"(?:báo cáo|sơ kết|tổng kết)\s+")
P_DAYMONTH = _c(r"(?<![\d/])\d{1,2}\s*[/.]\s*\d{1,2}(?![\d/.])|ngày \d{1,2} tháng \d{1,2}" + _E)
P_COLON = _c(r":(?=\s)")            # "Báo cáo 6 tháng: chậm nhất …": a label and its deadline
