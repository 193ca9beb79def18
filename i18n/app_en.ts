<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
    <context>
        <name>AboutBox</name>
        <message>
            <location filename="../gui/dialogs/about_dialog.py" line="21" />
            <source>Soạn, theo dõi và chia sẻ KẾ HOẠCH theo Nghị định 30/2020/NĐ-CP.

Mọi chỉnh sửa được ghi vào tệp ngay lập tức; Ctrl+Z để hoàn tác.</source>
            <translation>Draft, track and share official plans laid out as Decree No. 30/2020/ND-CP requires.

Every edit is written to the file at once; Ctrl+Z undoes.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/about_dialog.py" line="23" />
            <source>Khi chương trình gặp sự cố, xin gửi tệp nhật ký cho người hỗ trợ:
%1</source>
            <translation>If the program runs into a problem, please send the log file to your support contact:
%1</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/about_dialog.py" line="25" />
            <source>Mở thư mục nhật ký</source>
            <translation>Open the log folder</translation>
        </message>
    </context>
    <context>
        <name>AgendaView</name>
        <message>
            <location filename="../gui/calendar/view.py" line="347" />
            <source>Hạn</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="347" />
            <source>Nhiệm vụ</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="347" />
            <source>Chủ trì</source>
            <translation>Lead</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="358" />
            <source>Cơ quan:</source>
            <translation>Agency:</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="360" />
            <source>Phụ lục:</source>
            <translation>Appendix:</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="381" />
            <source>Tất cả</source>
            <translation>All</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="421" />
            <source>Quá hạn</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="421" />
            <source>Tuần này</source>
            <translation>This week</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="421" />
            <source>30 ngày tới</source>
            <translation>Next 30 days</translation>
        </message>
        <message>
            <source>Trạng thái</source>
            <translation type="vanished">Status</translation>
        </message>
    </context>
    <context>
        <name>AppendixEditor</name>
        <message>
            <location filename="../gui/editors/appendix.py" line="63" />
            <source>Tên phụ lục</source>
            <translation>Appendix title</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="67" />
            <source>Đánh số nhóm:</source>
            <translation>Group numbering:</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="70" />
            <source>I, II, III</source>
            <translation>I, II, III</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="70" />
            <source>A, B, C</source>
            <translation>A, B, C</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="70" />
            <source>1, 2, 3</source>
            <translation>1, 2, 3</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="72" />
            <source>Đánh số nhiệm vụ:</source>
            <translation>Task numbering:</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="75" />
            <source>1, 2, 3… liên tục</source>
            <translation>1, 2, 3… continuous</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="75" />
            <source>1, 2, 3… theo từng nhóm</source>
            <translation>1, 2, 3… restarting in each group</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="75" />
            <source>1.1, 1.2… theo nhóm</source>
            <translation>1.1, 1.2… by group</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="77" />
            <source>Khổ in:</source>
            <translation>Page:</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="79" />
            <source>Tự động</source>
            <translation>Automatic</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="79" />
            <source>Dọc</source>
            <translation>Portrait</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="79" />
            <source>Ngang</source>
            <translation>Landscape</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="81" />
            <source>Hướng trang của phụ lục khi xuất Word/PDF và khi in. Tự động: trang ngang khi bảng có từ 4 cột nội dung trở lên (ngoài cột TT) hoặc không vừa trang dọc.</source>
            <translation>Page orientation of this appendix in the Word/PDF export and when printing. Automatic: landscape when the table has 4 content columns or more (besides TT) or does not fit a portrait page.</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="98" />
            <source>+ Dòng</source>
            <translation>+ Row</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="98" />
            <source>Thêm nhiệm vụ dưới dòng đang chọn (Ctrl+Enter)</source>
            <translation>Add a task below the selected row (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="99" />
            <source>+ Nhóm</source>
            <translation>+ Group</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="99" />
            <source>Thêm dòng nhóm (Ctrl+Shift+Enter)</source>
            <translation>Add a group row (Ctrl+Shift+Enter)</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="100" />
            <source>Xóa dòng</source>
            <translation>Delete rows</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="100" />
            <source>Xóa các dòng đang chọn (Ctrl+Delete)</source>
            <translation>Delete the selected rows (Ctrl+Delete)</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="101" />
            <source>Chuyển lên (Alt+↑)</source>
            <translation>Move up (Alt+↑)</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="102" />
            <source>Chuyển xuống (Alt+↓)</source>
            <translation>Move down (Alt+↓)</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="103" />
            <source>+ Cột</source>
            <translation>+ Column</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="103" />
            <source>Thêm cột bên phải cột đang chọn</source>
            <translation>Add a column to the right of the selected one</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="107" />
            <source>Lọc:</source>
            <translation>Filter:</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="109" />
            <source>Cột để lọc</source>
            <translation>Column to filter by</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="116" />
            <source>gõ chữ cần tìm để chỉ hiện các dòng có chữ đó</source>
            <translation>type words to show only the rows that contain them</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="127" />
            <location filename="../gui/editors/appendix_view.py" line="223" />
            <source>Bỏ lọc và sắp xếp</source>
            <translation>Clear filter and sort</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="144" />
            <source>Nhấp đúp hoặc gõ để sửa ô; Enter lưu, Shift+Enter xuống dòng trong ô; Ctrl+V dán khối ô từ Excel (ghi đè từ ô đang chọn trở xuống), Ctrl+Shift+V dán thành dòng mới; nhấp đúp tên cột để đổi tên; kéo mép cột để đổi độ rộng (cũng là tỉ lệ cột khi in).</source>
            <translation>Double-click or type to edit a cell; Enter saves, Shift+Enter starts a new line in the cell; Ctrl+V pastes a block of cells from Excel (over the cells from the current one down), Ctrl+Shift+V pastes it as new rows; double-click a column name to rename it; drag a column edge to change its width (also the printed proportion).</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="163" />
            <source>Kéo mép cột để đổi độ rộng: tỉ lệ các cột được lưu trong tệp và dùng cả khi xuất Word/PDF (Ctrl+Z để hoàn tác).</source>
            <translation>Drag a column edge to change its width: the column proportions are saved in the file and also used when exporting to Word/PDF (Ctrl+Z to undo).</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="237" />
            <source>Dùng tên trong danh mục: «%1» thay cho «%2»</source>
            <translation>Use the directory's name: “%1” instead of “%2”</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="415" />
            <location filename="../gui/editors/appendix.py" line="419" />
            <location filename="../gui/editors/appendix_view.py" line="260" />
            <source>Không thể di chuyển thêm.</source>
            <translation>Cannot move any further.</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="442" />
            <source>Không thể đổi cấp thêm.</source>
            <translation>Cannot change the level any further.</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="503" />
            <source>Đã chép vùng chọn vào %1 ô — Ctrl+Z để hoàn tác.</source>
            <translation>Copied the selection into %1 cells — Ctrl+Z to undo.</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="562" />
            <source>Đã dán %1 dòng</source>
            <translation>Pasted %1 rows</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="564" />
            <source> (thêm %1 dòng mới ở cuối bảng)</source>
            <translation> (%1 new rows added at the end of the table)</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="569" />
            <source>; %1 tên cơ quan khác tên trong danh mục (xem gợi ý ở ô, chuột phải để dùng)</source>
            <translation>; %1 agency names differ from the directory (see the suggestion on the cell, right-click to use it)</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="571" />
            <source> — Ctrl+Z để hoàn tác.</source>
            <translation> — Ctrl+Z to undo.</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_delegates.py" line="65" />
            <source>Gõ tên cơ quan; nhiều cơ quan cách nhau bằng dấu ;</source>
            <translation>Type an agency name; separate several agencies with ;</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="99" />
            <source>Dán (ghi đè từ ô này)</source>
            <translation>Paste (over the cells from here)</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="100" />
            <source>Dán thành dòng mới</source>
            <translation>Paste as new rows</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="210" />
            <source>Đã đổi độ rộng cột. Tỉ lệ các cột được lưu trong tệp và dùng cả khi xuất Word/PDF. Ctrl+Z để hoàn tác.</source>
            <translation>Column width changed. The column proportions are saved in the file and also used when exporting to Word/PDF. Ctrl+Z to undo.</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="218" />
            <source>Sắp xếp tăng dần theo cột này (chỉ trên màn hình)</source>
            <translation>Sort ascending by this column (on screen only)</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="219" />
            <source>Sắp xếp giảm dần theo cột này (chỉ trên màn hình)</source>
            <translation>Sort descending by this column (on screen only)</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="220" />
            <source>Lọc theo cột này</source>
            <translation>Filter by this column</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="225" />
            <source>Thêm cột bên phải</source>
            <translation>Add column to the right</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="227" />
            <source>Đổi tên cột…</source>
            <translation>Rename column…</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="228" />
            <source>Chuyển cột sang trái</source>
            <translation>Move column left</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="229" />
            <source>Chuyển cột sang phải</source>
            <translation>Move column right</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="231" />
            <source>Xóa cột</source>
            <translation>Delete column</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="239" />
            <source>Thêm cột</source>
            <translation>Add column</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="239" />
            <location filename="../gui/editors/appendix_view.py" line="250" />
            <source>Tên cột:</source>
            <translation>Column title:</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="250" />
            <source>Đổi tên cột</source>
            <translation>Rename column</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="326" />
            <source>Mọi cột</source>
            <translation>All columns</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="404" />
            <source>mọi cột</source>
            <translation>all columns</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="405" />
            <source>Đang lọc: hiện %1 trên %2 dòng có “%3” (%4)</source>
            <translation>Filtered: showing %1 of %2 rows with “%3” (%4)</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="409" />
            <source>Đang sắp xếp theo “%1”, tăng dần</source>
            <translation>Sorted by “%1”, ascending</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="410" />
            <source>Đang sắp xếp theo “%1”, giảm dần</source>
            <translation>Sorted by “%1”, descending</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="413" />
            <source>chỉ trên màn hình: thứ tự và số thứ tự trong kế hoạch, bản in không đổi</source>
            <translation>on screen only: the plan's order, its numbering and the print are unchanged</translation>
        </message>
        <message>
            <source>Nhấp đúp hoặc gõ để sửa ô; Enter lưu, Shift+Enter xuống dòng trong ô; Ctrl+V dán khối dòng từ Excel; nhấp đúp tên cột để đổi tên; kéo mép cột để đổi độ rộng (cũng là tỉ lệ cột khi in).</source>
            <translation type="vanished">Double-click or type to edit a cell; Enter saves, Shift+Enter starts a new line in the cell; Ctrl+V pastes a block of rows from Excel; double-click a column name to rename it; drag a column edge to change its width (also the printed proportion).</translation>
        </message>
        <message>
            <source>Nhấp đúp hoặc gõ để sửa ô; Enter lưu, Shift+Enter xuống dòng trong ô; Ctrl+V dán khối dòng từ Excel; nhấp đúp tên cột để đổi tên.</source>
            <translation type="vanished">Double-click or type to edit a cell; Enter saves, Shift+Enter starts a new line in the cell; Ctrl+V pastes rows copied from Excel; double-click a column title to rename it.</translation>
        </message>
    </context>
    <context>
        <name>AppendixModel</name>
        <message>
            <location filename="../gui/models/appendix_model.py" line="148" />
            <source>Lưu ý khi nhập: </source>
            <translation>Import note: </translation>
        </message>
        <message>
            <location filename="../gui/models/appendix_model.py" line="152" />
            <source>Cơ quan: </source>
            <translation>Agencies: </translation>
        </message>
        <message>
            <location filename="../gui/models/appendix_model.py" line="154" />
            <source>«%1» không có trong danh mục — có phải: %2? (chuột phải để dùng tên trong danh mục)</source>
            <translation>“%1” is not in the directory — did you mean %2? (right-click to use the directory's name)</translation>
        </message>
        <message>
            <location filename="../gui/models/appendix_model.py" line="185" />
            <source>Bấm để chọn cả dòng (Shift, Ctrl: nhiều dòng)</source>
            <translation>Click to select the whole row (Shift, Ctrl: several rows)</translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <location filename="../gui/calendar/view.py" line="161" />
            <source>Hôm nay</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="171" />
            <source>T2</source>
            <translation>Mon</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="171" />
            <source>T3</source>
            <translation>Tue</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="171" />
            <source>T4</source>
            <translation>Wed</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="171" />
            <source>T5</source>
            <translation>Thu</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="171" />
            <source>T6</source>
            <translation>Fri</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="171" />
            <source>T7</source>
            <translation>Sat</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="171" />
            <source>CN</source>
            <translation>Sun</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="242" />
            <source>{month} năm {y}</source>
            <translation>{month} {y}</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="313" />
            <source>{w}, ngày {d}: {n} việc đến hạn</source>
            <translation>{w} {d}: {n} task(s) due</translation>
        </message>
        <message>
            <source>Tháng {m} năm {y}</source>
            <translation type="vanished">Month {m}, {y}</translation>
        </message>
        <message>
            <source>Ngày {d}: {n} việc đến hạn</source>
            <translation type="vanished">{d}: {n} task(s) due</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../gui/app.py" line="107" />
            <source>Lỗi không mong muốn</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <location filename="../gui/app.py" line="110" />
            <source>Chương trình gặp lỗi không mong muốn. Các chỉnh sửa trước đó đã được ghi vào tệp và tệp vẫn nguyên vẹn; thao tác vừa rồi có thể chưa được thực hiện.
Xin gửi báo cáo dưới đây cho người hỗ trợ. Đã lưu tại: %1</source>
            <translation>The program ran into an unexpected error. Earlier edits are already in the file and the file is intact; the last action may not have been carried out.
Please send the report below to your support contact. Saved at: %1</translation>
        </message>
        <message>
            <location filename="../gui/app.py" line="119" />
            <source>Sao chép báo cáo</source>
            <translation>Copy report</translation>
        </message>
        <message>
            <location filename="../gui/app.py" line="123" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../gui/editors/dates.py" line="44" />
            <source>ngày/tháng/năm</source>
            <translation>day/month/year</translation>
        </message>
        <message>
            <location filename="../gui/editors/dates.py" line="47" />
            <source>Gõ ngày/tháng/năm, ví dụ 15/01/2026, 15/1/26, 15-01-2026 hoặc 15012026.</source>
            <translation>Type day/month/year, e.g. 15/01/2026, 15/1/26, 15-01-2026 or 15012026.</translation>
        </message>
        <message>
            <location filename="../gui/editors/dates.py" line="52" />
            <source>Chọn trên lịch</source>
            <translation>Pick on a calendar</translation>
        </message>
        <message>
            <location filename="../gui/editors/dates.py" line="66" />
            <source>Chưa có ngày. {help}</source>
            <translation>No date yet. {help}</translation>
        </message>
    </context>
    <context>
        <name>DeadlineCells</name>
        <message>
            <location filename="../gui/calendar/cells.py" line="214" />
            <location filename="../gui/calendar/view.py" line="99" />
            <source>Một lần</source>
            <translation>Once</translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="214" />
            <location filename="../gui/calendar/view.py" line="99" />
            <source>Định kỳ</source>
            <translation>Recurring</translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="214" />
            <location filename="../gui/calendar/view.py" line="99" />
            <source>Thường xuyên</source>
            <translation>Ongoing</translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="214" />
            <location filename="../gui/calendar/view.py" line="99" />
            <source>Theo sự kiện</source>
            <translation>After an event</translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="214" />
            <location filename="../gui/calendar/view.py" line="99" />
            <source>Không có hạn cụ thể</source>
            <translation>No fixed deadline</translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="218" />
            <location filename="../gui/calendar/view.py" line="102" />
            <source>Hạn sắp tới: </source>
            <translation>Next due: </translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="220" />
            <source>Hạn cuối: </source>
            <translation>Final deadline: </translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="221" />
            <source>Đã hoàn thành {n}/{m} lần đến hạn</source>
            <translation>Done {n} of {m} due dates</translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="222" />
            <source> trong thời gian kế hoạch</source>
            <translation> within the plan period</translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="225" />
            <source>⛔ Quá hạn, chưa hoàn thành: </source>
            <translation>⛔ Overdue, not done: </translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="228" />
            <source>⏰ Sắp đến hạn: </source>
            <translation>⏰ Due soon: </translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="229" />
            <source>hôm nay</source>
            <translation>today</translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="229" />
            <source>còn {k} ngày</source>
            <translation>{k} days left</translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="231" />
            <source>Chưa ghi ngày xảy ra sự kiện (Bảng → Thời hạn…, Ctrl+T).</source>
            <translation>The event date is not recorded yet (Table → Deadline…, Ctrl+T).</translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="233" />
            <source>⚠ Không đọc được thời hạn này: cần kiểm tra và xác nhận (Ctrl+T).</source>
            <translation>⚠ This deadline could not be read: check and confirm it (Ctrl+T).</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="104" />
            <source>⚠ Cần kiểm tra lại thời hạn này.</source>
            <translation>⚠ Check this deadline again.</translation>
        </message>
    </context>
    <context>
        <name>DeadlineEditor</name>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="52" />
            <source>Thời hạn của nhiệm vụ</source>
            <translation>Task deadline</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="61" />
            <source>(để trống)</source>
            <translation>(blank)</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="67" />
            <source>Đã kiểm tra, cách hiểu này đúng</source>
            <translation>Checked: this reading is right</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="71" />
            <source>Ghi ngày xảy ra sự kiện</source>
            <translation>Record the date of the event</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="72" />
            <source>Như đã ghi:</source>
            <translation>As written:</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="73" />
            <source>Hiểu là:</source>
            <translation>Read as:</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="77" />
            <source>Cách hiểu:</source>
            <translation>Interpretation:</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="87" />
            <source>Hạn</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="87" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="87" />
            <source>Ngày hoàn thành</source>
            <translation>Date done</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="88" />
            <source>Ghi chú</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="95" />
            <source>Ghi chú (số văn bản báo cáo, kết quả…)</source>
            <translation>Note (report number, result…)</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="96" />
            <location filename="../gui/calendar/deadline_dialog.py" line="268" />
            <source>Đánh dấu đã hoàn thành</source>
            <translation>Mark as done</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="97" />
            <source>Bỏ đánh dấu</source>
            <translation>Unmark</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="99" />
            <source>Hoàn thành ngày:</source>
            <translation>Done on:</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="105" />
            <source>Lưu</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="106" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="151" />
            <source>Sự kiện: “{e}”</source>
            <translation>Event: “{e}”</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="239" />
            <source>Các lần đến hạn trong thời gian kế hoạch: {n} (đã hoàn thành {k})</source>
            <translation>Due dates within the plan's period: {n} ({k} done)</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="240" />
            <source>Không có lần đến hạn nào có ngày cụ thể.</source>
            <translation>No due date with a fixed day.</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="268" />
            <source>Sửa ngày hoàn thành</source>
            <translation>Edit the date done</translation>
        </message>
        <message>
            <source>Các lần đến hạn: {n} (đã hoàn thành {k})</source>
            <translation type="vanished">Due dates: {n} ({k} done)</translation>
        </message>
        <message>
            <source>Đọc thành:</source>
            <translation type="vanished">Read as:</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesPage</name>
        <message>
            <location filename="../gui/calendar/page.py" line="99" />
            <source>Lịch hạn công việc</source>
            <translation>Deadline calendar</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="118" />
            <source>Tháng</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="118" />
            <source>Lịch tháng, bên cạnh danh sách việc sắp đến hạn (Ctrl+1)</source>
            <translation>The month, beside the tasks coming due (Ctrl+1)</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="119" />
            <source>Tuần</source>
            <translation>Week</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="119" />
            <source>Các ngày trong tuần, từ Thứ Hai đến Chủ nhật (Ctrl+2)</source>
            <translation>The days of the week, Monday to Sunday (Ctrl+2)</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="120" />
            <source>Danh sách</source>
            <translation>List</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="120" />
            <source>Mọi việc đến hạn trong tháng, theo ngày (Ctrl+3)</source>
            <translation>Every task due in the month, by date (Ctrl+3)</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="132" />
            <source>&amp;In lịch công tác…</source>
            <translation>&amp;Print work schedule…</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="133" />
            <source>In các việc đến hạn của tuần hoặc tháng đang xem thành một bảng trên một trang A4 (Alt+I)</source>
            <translation>Print the tasks due in the week or month shown as one table on one A4 page (Alt+P)</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="252" />
            <source>Lịch công tác</source>
            <translation>Work schedule</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="256" />
            <source>Xem trước lịch công tác</source>
            <translation>Work schedule: print preview</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="277" />
            <source>Lịch công tác này không vừa một trang A4, kể cả với cỡ chữ nhỏ nhất ({pt} pt): bản in có {n} trang. Có thể in theo tuần thay vì cả tháng.</source>
            <translation>This work schedule does not fit one A4 page even at the smallest type size ({pt} pt): the printout has {n} pages. Printing a week instead of the whole month may help.</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="309" />
            <source>Hôm nay {d}</source>
            <translation>Today {d}</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="310" />
            <source>quá hạn: {n}</source>
            <translation>overdue: {n}</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="311" />
            <source>trong 7 ngày: {n}</source>
            <translation>within 7 days: {n}</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="312" />
            <source>30 ngày tới: {n}</source>
            <translation>next 30 days: {n}</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>Thêm mục</source>
            <translation type="vanished">Add section</translation>
        </message>
        <message>
            <source>Xóa mục</source>
            <translation type="vanished">Delete section</translation>
        </message>
        <message>
            <source>Di chuyển mục</source>
            <translation type="vanished">Move section</translation>
        </message>
        <message>
            <source>Lùi mục vào</source>
            <translation type="vanished">Indent section</translation>
        </message>
        <message>
            <source>Đưa mục ra</source>
            <translation type="vanished">Outdent section</translation>
        </message>
        <message>
            <source>Sửa nội dung mục</source>
            <translation type="vanished">Edit section</translation>
        </message>
        <message>
            <source>Sửa phần đầu văn bản</source>
            <translation type="vanished">Edit document header</translation>
        </message>
        <message>
            <source>Thêm người ký</source>
            <translation type="vanished">Add signer</translation>
        </message>
        <message>
            <source>Xóa người ký</source>
            <translation type="vanished">Delete signer</translation>
        </message>
        <message>
            <source>Không thể di chuyển thêm.</source>
            <translation type="vanished">Cannot move any further.</translation>
        </message>
        <message>
            <source>Di chuyển người ký</source>
            <translation type="vanished">Move signer</translation>
        </message>
        <message>
            <source>Sửa người ký</source>
            <translation type="vanished">Edit signer</translation>
        </message>
        <message>
            <source>Sửa Nơi nhận</source>
            <translation type="vanished">Edit recipients</translation>
        </message>
        <message>
            <source>Thêm phụ lục</source>
            <translation type="vanished">Add appendix</translation>
        </message>
        <message>
            <source>Xóa phụ lục</source>
            <translation type="vanished">Delete appendix</translation>
        </message>
        <message>
            <source>Di chuyển phụ lục</source>
            <translation type="vanished">Move appendix</translation>
        </message>
        <message>
            <source>Sửa phụ lục</source>
            <translation type="vanished">Edit appendix</translation>
        </message>
        <message>
            <source>Sửa ô</source>
            <translation type="vanished">Edit cell</translation>
        </message>
        <message>
            <source>Thêm dòng</source>
            <translation type="vanished">Add row</translation>
        </message>
        <message>
            <source>Dán từ Excel</source>
            <translation type="vanished">Paste from Excel</translation>
        </message>
        <message>
            <source>Xóa dòng</source>
            <translation type="vanished">Delete rows</translation>
        </message>
        <message>
            <source>Di chuyển dòng</source>
            <translation type="vanished">Move rows</translation>
        </message>
        <message>
            <source>Đổi loại dòng</source>
            <translation type="vanished">Change row type</translation>
        </message>
        <message>
            <source>Thêm cột</source>
            <translation type="vanished">Add column</translation>
        </message>
        <message>
            <source>Xóa cột</source>
            <translation type="vanished">Delete column</translation>
        </message>
        <message>
            <source>Đổi tên cột</source>
            <translation type="vanished">Rename column</translation>
        </message>
        <message>
            <source>Đổi độ rộng cột</source>
            <translation type="vanished">Change column width</translation>
        </message>
        <message>
            <source>Di chuyển cột</source>
            <translation type="vanished">Move column</translation>
        </message>
    </context>
    <context>
        <name>FindPanel</name>
        <message>
            <location filename="../gui/find.py" line="71" />
            <location filename="../gui/find.py" line="180" />
            <source>Tìm và thay thế</source>
            <translation>Find and replace</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="82" />
            <source>Tìm:</source>
            <translation>Find:</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="84" />
            <source>ví dụ: uy ban mttq</source>
            <translation>e.g. “uy ban mttq”</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="87" />
            <source>Thay bằng:</source>
            <translation>Replace with:</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="93" />
            <source>Phân biệt dấu</source>
            <translation>Match diacritics</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="94" />
            <source>Bỏ chọn: “uy ban” tìm thấy cả “Ủy ban” và “Uỷ ban”. Cách đặt dấu thanh (hòa/hoà) không bao giờ được tính là khác.</source>
            <translation>Unchecked: “uy ban” finds both “Ủy ban” and “Uỷ ban”. Tone-mark placement (“hòa”/“hoà”) never counts as a difference.</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="96" />
            <source>Phân biệt hoa/thường</source>
            <translation>Match case</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="97" />
            <source>Cả từ</source>
            <translation>Whole words</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="106" />
            <source>Thay thế</source>
            <translation>Replace</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="107" />
            <source>Thay thế tất cả</source>
            <translation>Replace all</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="114" />
            <source>Vị trí</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="114" />
            <source>Nội dung</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="180" />
            <source>Tìm</source>
            <translation>Find</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="240" />
            <source>Không tìm thấy</source>
            <translation>Not found</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="242" />
            <source>%1 kết quả (hiện %2 đầu tiên)</source>
            <translation>%1 results (first %2 shown)</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="245" />
            <source>%1 kết quả</source>
            <translation>%1 results</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="306" />
            <source>Đã thay %1 chỗ. Ctrl+Z để hoàn tác.</source>
            <translation>Replaced %1 places. Ctrl+Z to undo.</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="386" />
            <source>&amp;Tìm…</source>
            <translation>&amp;Find…</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="387" />
            <source>Tìm và &amp;thay thế…</source>
            <translation>Find and &amp;replace…</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="388" />
            <source>Tìm trong cả kế hoạch: phần đầu, các mục, bảng phụ lục, người ký, nơi nhận; có hoặc không phân biệt dấu.</source>
            <translation>Find in the whole plan: header, sections, appendix tables, signers, recipients; with or without diacritics.</translation>
        </message>
    </context>
    <context>
        <name>FormatBar</name>
        <message>
            <location filename="../gui/editors/forms.py" line="151" />
            <source>Chữ đậm (Ctrl+B)</source>
            <translation>Bold (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="152" />
            <source>Chữ nghiêng (Ctrl+I)</source>
            <translation>Italic (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="153" />
            <source>Dòng gạch đầu dòng “-”</source>
            <translation>Dash item “-”</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="154" />
            <source>Dòng “+”</source>
            <translation>Plus item “+”</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="155" />
            <source>Đoạn văn thường</source>
            <translation>Plain paragraph</translation>
        </message>
    </context>
    <context>
        <name>FormatCheckDialog</name>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="44" />
            <location filename="../gui/dialogs/format_check_dialog.py" line="154" />
            <source>Kiểm tra thể thức văn bản Word</source>
            <translation>Check the layout of a Word document</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="48" />
            <source>Tệp Word:</source>
            <translation>Word file:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="52" />
            <source>Chọn tệp Word…</source>
            <translation>Choose a Word file…</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="62" />
            <source>Mức</source>
            <translation>Level</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="62" />
            <source>Vị trí</source>
            <translation>Where</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="62" />
            <source>Sai sót</source>
            <translation>Finding</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="62" />
            <source>Căn cứ (Nghị định 30/2020)</source>
            <translation>Rule (Decree 30/2020)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="63" />
            <source>Sửa tự động</source>
            <translation>Auto-fix</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="68" />
            <source>Ghi &amp;bản đã sửa…</source>
            <translation>Write a &amp;corrected copy…</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="69" />
            <source>Ghi một bản sao đã sửa các lỗi sửa được (cỡ chữ, đậm/nghiêng, căn lề, lề trang, đường kẻ, số trang…); tệp gốc không bị thay đổi.</source>
            <translation>Write a copy with the fixable findings corrected (sizes, bold/italic, alignment, margins, rules, page numbers…); the original file is not changed.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="97" />
            <source>Chọn một văn bản Word (.docx) để kiểm tra.</source>
            <translation>Choose a Word document (.docx) to check.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="100" />
            <source>văn bản</source>
            <translation>document</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="102" />
            <source>%1 (%2): không phát hiện sai sót, thể thức đúng Nghị định 30/2020.</source>
            <translation>%1 (%2): no finding, the layout follows Decree 30/2020.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="105" />
            <source>%1 (%2): %3 lỗi thể thức, %4 điểm cần xem; %5 điểm sửa được tự động.</source>
            <translation>%1 (%2): %3 format errors, %4 points to look at; %5 can be fixed automatically.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="110" />
            <source>Lỗi</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="110" />
            <source>Cần xem</source>
            <translation>Check</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="111" />
            <source>Có</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="111" />
            <source>Không</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="121" />
            <source>Chọn văn bản Word</source>
            <translation>Choose a Word document</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="122" />
            <location filename="../gui/dialogs/format_check_dialog.py" line="138" />
            <location filename="../gui/dialogs/format_check_dialog.py" line="155" />
            <source>Văn bản Word (*.docx)</source>
            <translation>Word documents (*.docx)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="129" />
            <source> (đã sửa thể thức)</source>
            <translation> (layout corrected)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="138" />
            <source>Ghi bản đã sửa</source>
            <translation>Write a corrected copy</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="148" />
            <source>Đã ghi %1: đã sửa %2 điểm; còn %3 lỗi thể thức cần người soạn sửa (chữ, phần còn thiếu).</source>
            <translation>Wrote %1: %2 findings fixed; %3 format errors remain for the drafter (text, missing parts).</translation>
        </message>
    </context>
    <context>
        <name>HeaderEditor</name>
        <message>
            <location filename="../gui/editors/forms.py" line="169" />
            <source>Đầu văn bản</source>
            <translation>Document header</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="175" />
            <source>(nếu có) ví dụ: UBND TỈNH HÀ GIANG</source>
            <translation>(if any) e.g. “UBND TỈNH HÀ GIANG”</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="176" />
            <source>Cơ quan chủ quản:</source>
            <translation>Parent agency:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="178" />
            <source>Cơ quan ban hành:</source>
            <translation>Issuing agency:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="183" />
            <source>Tên dùng trong câu văn:</source>
            <translation>Name in running text:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="186" />
            <source>Viết tắt:</source>
            <translation>Abbreviation:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="192" />
            <source>Số:</source>
            <translation>Number:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="195" />
            <source>khi ký</source>
            <translation>on signing</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="197" />
            <source>Ký hiệu:</source>
            <translation>Symbol:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="201" />
            <source>Loại văn bản:</source>
            <translation>Document type:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="205" />
            <source>Ngày:</source>
            <translation>Date:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="208" />
            <source>để trống (ghi khi ký)</source>
            <translation>blank (filled in on signing)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="210" />
            <source>Địa danh:</source>
            <translation>Place:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="212" />
            <source>(tùy chọn) ngày viết sẵn, ví dụ: ngày    tháng 6 năm 2021</source>
            <translation>(optional) a pre-written date, e.g. “ngày    tháng 6 năm 2021”</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="213" />
            <source>Ngày ghi dạng chữ:</source>
            <translation>Date as written:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="215" />
            <source>Trích yếu:</source>
            <translation>Subject:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="218" />
            <source>Năm/giai đoạn:</source>
            <translation>Year/period:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="226" />
            <source>Đoạn mở đầu (căn cứ, mục đích ban hành):</source>
            <translation>Opening paragraphs (legal grounds, purpose):</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="50" />
            <source>Trong cây mục: xóa mục / đổi tên mục</source>
            <translation>In the section tree: delete / rename the node</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="51" />
            <source>Trong cây mục hoặc bảng: xóa mục hoặc các dòng đang chọn</source>
            <translation>In the tree or the table: delete the node or the selected rows</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="52" />
            <source>Trong ô soạn thảo: chữ đậm / chữ nghiêng</source>
            <translation>In a text field: bold / italic</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="53" />
            <source>Trong bảng: chép / dán các ô (cả khối ô từ Excel)</source>
            <translation>In the table: copy / paste cells (also a block of cells from Excel)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="54" />
            <source>Trong bảng: dán thành các dòng mới bên dưới</source>
            <translation>In the table: paste as new rows below</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="55" />
            <source>Trong ô của bảng: lưu ô / xuống dòng trong ô</source>
            <translation>In a table cell: save the cell / new line in the cell</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="56" />
            <source>Trong bảng: chép ô trên xuống / ô trái sang các ô đang chọn (như Excel)</source>
            <translation>In the table: copy the cell above down / the cell on the left across into the selected cells (as in Excel)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="57" />
            <source>Kéo ô vuông ở góc vùng chọn</source>
            <translation>Drag the square on the selection's corner</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="57" />
            <source>Trong bảng: chép các ô đang chọn xuống các dòng bên dưới / sang các cột bên phải (như Excel); Esc để thôi</source>
            <translation>In the table: copy the selected cells into the rows below / the columns to the right (as in Excel); Esc to cancel</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="59" />
            <source>lăn chuột</source>
            <translation>mouse wheel</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="59" />
            <source>Phóng to, thu nhỏ chữ của nội dung mục và bảng</source>
            <translation>Zoom the section text and the table in or out</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="60" />
            <source>Trong lịch hạn: xem theo tháng / tuần / danh sách</source>
            <translation>In the deadline calendar: by month / week / as a list</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="61" />
            <source>Alt+I</source>
            <translation>Alt+P</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="61" />
            <source>Trong lịch hạn: in lịch công tác của tuần hoặc tháng đang xem</source>
            <translation>In the deadline calendar: print the work schedule of the week or month shown</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="62" />
            <source>Mở thực đơn bằng bàn phím (chữ gạch chân)</source>
            <translation>Open the menus from the keyboard (underlined letters)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="100" />
            <source>Hướng dẫn sử dụng</source>
            <translation>User guide</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="111" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="50" />
            <source>Nhập kế hoạch từ Word</source>
            <translation>Import a plan from Word</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="58" />
            <source>Chọn tệp Word…</source>
            <translation>Choose a Word file…</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="61" />
            <source>Tệp Word:</source>
            <translation>Word file:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="70" />
            <source>Nội dung đã nhận ra</source>
            <translation>Content recognised</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="70" />
            <source>Chi tiết</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="76" />
            <source>Báo cáo nhập (những gì cần kiểm tra lại; được lưu kèm trong tệp):</source>
            <translation>Import report (what to check; kept in the file):</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="88" />
            <source>Chọn…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="91" />
            <source>Lưu thành tệp kế hoạch:</source>
            <translation>Save as plan file:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="96" />
            <source>Lưu kế hoạch</source>
            <translation>Save plan</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="97" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="117" />
            <source>Không đọc được tệp: </source>
            <translation>Cannot read the file: </translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="121" />
            <source>Không nhập được: </source>
            <translation>Cannot import: </translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="136" />
            <source>Đã đọc: {0} mục, {1} phụ lục, {2} dòng bảng, {3} người ký, {4} nơi nhận; {5} ghi chú cần xem.</source>
            <translation>Read: {0} sections, {1} appendices, {2} table rows, {3} signers, {4} recipients; {5} notes to review.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="140" />
            <source>Phần đầu</source>
            <translation>Header</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="141" />
            <source>Cơ quan</source>
            <translation>Agency</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="141" />
            <source>Số, ký hiệu</source>
            <translation>Number and symbol</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="142" />
            <source>Địa danh, ngày</source>
            <translation>Place and date</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="142" />
            <source>Trích yếu</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="143" />
            <source>Đoạn mở đầu</source>
            <translation>Opening paragraphs</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="152" />
            <source>{0} đoạn</source>
            <translation>{0} paragraphs</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="155" />
            <source>Nội dung</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="155" />
            <source>{0} mục</source>
            <translation>{0} sections</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="163" />
            <source>{0} cột, {1} dòng ({2} nhóm, {3} dòng cần kiểm tra)</source>
            <translation>{0} columns, {1} rows ({2} groups, {3} rows to check)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="168" />
            <source>Người ký</source>
            <translation>Signers</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="172" />
            <source>Nơi nhận</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="183" />
            <source>Không có ghi chú: mọi phần đều đã được xếp vào kế hoạch.</source>
            <translation>No notes: every part found its place in the plan.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="196" />
            <source>Chọn văn bản Word</source>
            <translation>Choose a Word document</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="197" />
            <location filename="../gui/dialogs/import_dialog.py" line="225" />
            <source>Văn bản Word (*.docx *.doc)</source>
            <translation>Word documents (*.docx *.doc)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="203" />
            <source>Lưu kế hoạch đã nhập</source>
            <translation>Save the imported plan</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="204" />
            <source>Tệp kế hoạch (*.sqlite)</source>
            <translation>Plan files (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="213" />
            <source>Chọn nơi lưu tệp kế hoạch.</source>
            <translation>Choose where to save the plan file.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="216" />
            <source>Tệp “{0}” đã có; chọn tên khác.</source>
            <translation>The file “{0}” already exists; choose another name.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="224" />
            <source>Nhập từ Word</source>
            <translation>Import from Word</translation>
        </message>
    </context>
    <context>
        <name>ListView</name>
        <message>
            <location filename="../gui/calendar/views.py" line="222" />
            <source>Tháng trước</source>
            <translation>Previous month</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="223" />
            <source>Tháng sau</source>
            <translation>Next month</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="224" />
            <source>Tháng có ngày hôm nay</source>
            <translation>The month of today</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="225" />
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="225" />
            <source>Nhiệm vụ</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="225" />
            <source>Cơ quan chủ trì</source>
            <translation>Lead agency</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="226" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="250" />
            <source>Không có việc đến hạn trong tháng này.</source>
            <translation>No task falls due this month.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="275" />
            <source>Chọn bản sao nhận từ nơi khác để gộp</source>
            <translation>Choose the copy received from another office to merge</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="277" />
            <source>Tệp kế hoạch (*.sqlite *.zip)</source>
            <translation>Plan files (*.sqlite *.zip)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="300" />
            <location filename="../gui/dialogs/merge_dialog.py" line="322" />
            <location filename="../gui/dialogs/merge_dialog.py" line="334" />
            <location filename="../gui/dialogs/merge_dialog.py" line="341" />
            <source>Gộp bản sao</source>
            <translation>Merge copies</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="321" />
            <source>Đã gộp bản “%1” vào kế hoạch đang mở.</source>
            <translation>Merged the copy “%1” into the open plan.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="341" />
            <source>Kế hoạch không còn xung đột gộp nào chờ xử lý.</source>
            <translation>The plan has no merge conflicts left to settle.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="321" />
            <source>&amp;Mới từ mẫu…</source>
            <translation>&amp;New from template…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="322" />
            <source>&amp;Mở…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="323" />
            <source>&amp;Lưu</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="324" />
            <source>Mọi chỉnh sửa đã được lưu ngay khi gõ; Ctrl+S ghi bản làm việc về ổ USB (nếu có).</source>
            <translation>Every edit is saved as you type; Ctrl+S writes the working copy back to the USB drive (if any).</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="325" />
            <source>Lưu &amp;bản sao thành…</source>
            <translation>Save a &amp;copy as…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="326" />
            <source>&amp;Khôi phục từ bản sao lưu…</source>
            <translation>&amp;Restore from backup…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="327" />
            <source>Đưa kế hoạch về nội dung của một bản sao lưu tự động; nội dung hiện tại được sao lưu trước.</source>
            <translation>Bring the plan back to the content of an automatic backup; the current content is backed up first.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="333" />
            <source>Xuất &amp;Word (.docx)…</source>
            <translation>Export &amp;Word (.docx)…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="334" />
            <source>Xuất &amp;PDF…</source>
            <translation>Export &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="335" />
            <source>Xuất &amp;Excel (bảng phụ lục)…</source>
            <translation>Export &amp;Excel (appendix tables)…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="336" />
            <source>Mỗi phụ lục thành một trang tính Excel, sẵn để in.</source>
            <translation>Each appendix as an Excel sheet, ready to print.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="337" />
            <source>&amp;Nhập từ Word (.docx)…</source>
            <translation>&amp;Import from Word (.docx)…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="338" />
            <source>Kiểm tra t&amp;hể thức văn bản Word…</source>
            <translation>Check the la&amp;yout of a Word document…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="339" />
            <source>Kiểm tra một văn bản Word bất kỳ theo Nghị định 30/2020 và ghi bản đã sửa.</source>
            <translation>Check any Word document against Decree 30/2020 and write a corrected copy.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="340" />
            <source>&amp;Gộp với bản của nơi khác…</source>
            <translation>&amp;Merge with another office's copy…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="341" />
            <source>&amp;Xung đột gộp còn chờ xử lý…</source>
            <translation>Merge &amp;conflicts left to settle…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="342" />
            <source>Các xung đột để lại (“Để sau”) từ lần gộp trước: chọn bản nào giữ.</source>
            <translation>Conflicts left for later at an earlier merge: choose which version to keep.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="343" />
            <source>&amp;Thoát</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="344" />
            <location filename="../gui/main_window.py" line="489" />
            <source>&amp;Hoàn tác</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="347" />
            <location filename="../gui/main_window.py" line="490" />
            <source>&amp;Làm lại</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="348" />
            <source>Thêm mục/dòng &amp;cùng cấp</source>
            <translation>Add &amp;sibling section/row</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="349" />
            <source>Thêm mục &amp;con / dòng nhóm</source>
            <translation>Add &amp;child section / group row</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="350" />
            <source>&amp;Xóa</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="366" />
            <source>Lùi &amp;vào một cấp</source>
            <translation>&amp;Indent one level</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="367" />
            <source>Lùi &amp;ra một cấp</source>
            <translation>&amp;Outdent one level</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="368" />
            <source>Chuyển &amp;lên</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="369" />
            <source>Chuyển &amp;xuống</source>
            <translation>Move &amp;down</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="370" />
            <source>Đổi dòng &amp;nhóm ↔ nhiệm vụ</source>
            <translation>Toggle &amp;group ↔ task row</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="371" />
            <source>Thêm &amp;cột…</source>
            <translation>Add &amp;column…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="372" />
            <source>Thêm &amp;phụ lục</source>
            <translation>Add a&amp;ppendix</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="373" />
            <source>&amp;Lịch hạn công việc</source>
            <translation>Deadline &amp;calendar</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="374" />
            <source>Việc sắp đến &amp;hạn</source>
            <translation>&amp;Upcoming deadlines</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="376" />
            <source>&amp;Chuyển giữa cây mục và nội dung</source>
            <translation>&amp;Switch between the tree and the content</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="377" />
            <source>&amp;Phóng to chữ</source>
            <translation>Zoom &amp;in</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="379" />
            <source>&amp;Thu nhỏ chữ</source>
            <translation>Zoom &amp;out</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="380" />
            <source>Cỡ chữ &amp;mặc định (100%)</source>
            <translation>&amp;Actual size (100%)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="382" />
            <source>&amp;Ghi chú của kế hoạch</source>
            <translation>Plan &amp;notes</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="383" />
            <source>Các thông báo dài (lưu ý khi xuất, khi mở tệp nén…) của kế hoạch đang mở.</source>
            <translation>The long messages (export notes, opening a received .zip…) of the open plan.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="384" />
            <source>&amp;Thời hạn…</source>
            <translation>&amp;Deadline…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="385" />
            <source>Cách hiểu thời hạn của dòng đang chọn; ghi ngày sự kiện; đánh dấu đã hoàn thành.</source>
            <translation>How the selected row's deadline is read; record the event date; mark as done.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="386" />
            <source>&amp;Giới thiệu</source>
            <translation>&amp;About</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="400" />
            <source>&amp;Tệp</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="403" />
            <source>Mở &amp;gần đây</source>
            <translation>Open &amp;recent</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="419" />
            <source>&amp;Sửa</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="422" />
            <source>&amp;Cấu trúc</source>
            <translation>&amp;Structure</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="426" />
            <source>&amp;Bảng</source>
            <translation>&amp;Table</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="431" />
            <source>&amp;Xem</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="441" />
            <source>Trợ &amp;giúp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="443" />
            <source>Công cụ</source>
            <translation>Tools</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="447" />
            <source>Mới</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="447" />
            <source>Mở</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="447" />
            <source>Lưu</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="448" />
            <source>Hoàn tác</source>
            <translation>Undo</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="448" />
            <source>Làm lại</source>
            <translation>Redo</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="449" />
            <source>+ Cùng cấp</source>
            <translation>+ Sibling</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="449" />
            <source>+ Cấp con</source>
            <translation>+ Child</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="450" />
            <source>Xóa</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="452" />
            <source>Lịch</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="498" />
            <source>Chưa mở kế hoạch nào.</source>
            <translation>No plan is open.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="499" />
            <source>Chọn một việc để bắt đầu:</source>
            <translation>Choose how to start:</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="506" />
            <source>Ghi chú của kế hoạch</source>
            <translation>Plan notes</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="522" />
            <source>(chi tiết: Xem → Ghi chú của kế hoạch)</source>
            <translation>(details: View → Plan notes)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="588" />
            <source>“%1” là văn bản Word, không phải tệp kế hoạch. Để lập kế hoạch từ văn bản này, dùng Tệp → Nhập từ Word (.docx)… (Ctrl+Shift+I).</source>
            <translation>“%1” is a Word document, not a plan file. To make a plan from it, use File → Import from Word (.docx)… (Ctrl+Shift+I).</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="591" />
            <source>Nhập văn bản này ngay?</source>
            <translation>Import this document now?</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="597" />
            <source>“%1” là bảng tính Excel, không phải tệp kế hoạch. Để đưa bảng vào kế hoạch: mở hoặc tạo kế hoạch, chọn phụ lục, chép các ô trong Excel (Ctrl+C) rồi dán vào bảng (Ctrl+V).</source>
            <translation>“%1” is an Excel workbook, not a plan file. To bring its table into a plan: open or create the plan, select the appendix, copy the cells in Excel (Ctrl+C) and paste them into the table (Ctrl+V).</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="614" />
            <source>Đang mở tệp nén…</source>
            <translation>Opening the zip file…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="617" />
            <source>Đã mở kế hoạch trong tệp nén “%1”.</source>
            <translation>Opened the plan in the archive “%1”.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="618" />
            <source>Đã mở kế hoạch trong tệp nén “%1”; bản làm việc: %2. Để gộp với bản của mình, dùng Tệp → Gộp với bản của nơi khác…</source>
            <translation>Opened the plan in the zip file “%1”; working copy: %2. To merge it with your own copy, use File → Merge with another office's copy…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="628" />
            <location filename="../gui/screens.py" line="344" />
            <source>Mở tiếp?</source>
            <translation>Open anyway?</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="638" />
            <source>Lần trước chương trình đóng khi chưa ghi xong bản làm việc về ổ USB. Dùng bản làm việc (có các chỉnh sửa mới nhất)?</source>
            <translation>Last time the program closed before the working copy was written back to the USB drive. Use the working copy (it has the latest edits)?</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="657" />
            <source>Đang mở tệp…</source>
            <translation>Opening the file…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="689" />
            <source>(đang sửa bản làm việc trên máy; Ctrl+S ghi về ổ USB)</source>
            <translation>(editing a working copy on this computer; Ctrl+S writes it back to the USB drive)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="692" />
            <source>Đã mở</source>
            <translation>Opened</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="713" />
            <source>Còn %1 xung đột gộp chưa xử lý: Tệp → Xung đột gộp còn chờ xử lý…</source>
            <translation>%1 merge conflict(s) not settled yet: File → Merge conflicts left to settle…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="760" />
            <source>Cỡ chữ: %1% (Ctrl+0: mặc định)</source>
            <translation>Text size: %1% (Ctrl+0: actual size)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="797" />
            <source>Bản mẫu (bản sao để xem thử)</source>
            <translation>Sample (a copy to try things out)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="798" />
            <source>Đây là bản sao của một kế hoạch mẫu (năm 2021) để xem thử; tệp mẫu không bị sửa. Để lập kế hoạch của mình: Tệp → Mới từ mẫu…</source>
            <translation>This is a copy of a sample plan (2021) to try things out; the sample file itself is not changed. To draft your own plan: File → New from template…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="818" />
            <source>(chưa có)</source>
            <translation>(none yet)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="857" />
            <location filename="../gui/screens.py" line="337" />
            <source>Mở kế hoạch</source>
            <translation>Open plan</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="858" />
            <source>Tệp kế hoạch (*.sqlite *.zip);;Mọi tệp (*)</source>
            <translation>Plan files (*.sqlite *.zip);;All files (*)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="866" />
            <source>Đã lưu lúc %1</source>
            <translation>Saved at %1</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="874" />
            <source>Lưu bản sao thành</source>
            <translation>Save a copy as</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="875" />
            <source>Tệp kế hoạch (*.sqlite)</source>
            <translation>Plan files (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="880" />
            <source>Bản sao phải có tên khác tệp đang mở.</source>
            <translation>The copy must have a different name from the open file.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="883" />
            <source>Đang lưu bản sao…</source>
            <translation>Saving the copy…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="885" />
            <source>Đã lưu bản sao: %1</source>
            <translation>Copy saved: %1</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="899" />
            <source>Đang đọc các bản sao lưu…</source>
            <translation>Reading the backups…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="906" />
            <source>Không tìm thấy bản sao lưu này.</source>
            <translation>This backup cannot be found.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="908" />
            <source>Đang khôi phục…</source>
            <translation>Restoring…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="910" />
            <source>Bản sao lưu này giống hệt nội dung hiện tại; không có gì thay đổi.</source>
            <translation>This backup is identical to the current content; nothing changed.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="919" />
            <source>Đã khôi phục nội dung của bản sao lưu lúc %1.</source>
            <translation>Restored the content of the backup made at %1.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="921" />
            <source>Nội dung ngay trước khi khôi phục đã được sao lưu (lúc %1); muốn quay lại, chọn bản đó trong Tệp → Khôi phục từ bản sao lưu…</source>
            <translation>The content just before restoring was backed up (at %1); to go back, choose that backup in File → Restore from backup…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="934" />
            <source>Kế hoạch chưa có phụ lục nào để xuất ra Excel.</source>
            <translation>The plan has no appendix to export to Excel.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="937" />
            <source>Văn bản Word (*.docx)</source>
            <translation>Word documents (*.docx)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="937" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="938" />
            <source>Bảng tính Excel (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="939" />
            <source>Xuất</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="944" />
            <source>Đang xuất…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="946" />
            <location filename="../gui/main_window.py" line="957" />
            <source>Đã xuất: %1</source>
            <translation>Exported: %1</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="956" />
            <source>%1 lưu ý trước khi in</source>
            <translation>%1 notes before printing</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="957" />
            <source>Lưu ý: %1</source>
            <translation>Note: %1</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="985" />
            <source>Báo cáo nhập</source>
            <translation>Import report</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1095" />
            <source>Chưa có lịch hạn công việc trong phiên bản này.</source>
            <translation>The deadline calendar is not available in this version.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1142" />
            <source>(F8: lịch hạn)</source>
            <translation>(F8: deadline calendar)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1166" />
            <source>Chọn một dòng nhiệm vụ trong bảng phụ lục để xem thời hạn.</source>
            <translation>Select a task row in an appendix table to see its deadline.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1170" />
            <source>Không tìm thấy dòng này.</source>
            <translation>This row was not found.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1172" />
            <source>Dòng nhóm không có thời hạn; chọn một dòng nhiệm vụ.</source>
            <translation>Group rows have no deadline; select a task row.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1180" />
            <source>Đã lưu thời hạn. Ctrl+Z để hoàn tác.</source>
            <translation>Deadline saved. Ctrl+Z to undo.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1195" />
            <source>Đã lưu vào tệp lúc %1</source>
            <translation>Saved to file at %1</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1327" />
            <source>Ctrl+Z để hoàn tác.</source>
            <translation>Ctrl+Z to undo.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1332" />
            <source>Đã xóa %1 dòng — %2</source>
            <translation>Rows deleted: %1 — %2</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1339" />
            <source>(mục không tiêu đề)</source>
            <translation>(untitled section)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1341" />
            <source>Xóa mục “%1” cùng %2 mục con của nó?</source>
            <translation>Delete the section “%1” with its %2 sub-sections?</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1345" />
            <source>Đã xóa mục “%1” và %2 mục con — %3</source>
            <translation>Deleted the section “%1” and %2 sub-sections — %3</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1345" />
            <source>Đã xóa mục “%1” — %3</source>
            <translation>Deleted the section “%1” — %3</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1349" />
            <source>Đã xóa khối chữ ký — %1</source>
            <translation>Signature block deleted — %1</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1353" />
            <source>Xóa cả %1 (%2 dòng)?</source>
            <translation>Delete the whole %1 (%2 rows)?</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1357" />
            <source>Đã xóa %1 (%2 dòng) — %3</source>
            <translation>Deleted %1 (%2 rows) — %3</translation>
        </message>
        <message>
            <location filename="../gui/screens.py" line="337" />
            <source>Tệp kế hoạch (*.sqlite);;Mọi tệp (*)</source>
            <translation>Plan files (*.sqlite);;All files (*)</translation>
        </message>
        <message>
            <source>Mở một tệp kế hoạch (.sqlite, hoặc tệp .zip nhận qua thư)</source>
            <translation type="vanished">Open a plan file (.sqlite, or a .zip received by email)</translation>
        </message>
        <message>
            <source>Tệp → Mở…</source>
            <translation type="vanished">File → Open…</translation>
        </message>
        <message>
            <source>Tạo kế hoạch mới từ mẫu</source>
            <translation type="vanished">Create a new plan from a template</translation>
        </message>
        <message>
            <source>Tệp → Mới từ mẫu…</source>
            <translation type="vanished">File → New from template…</translation>
        </message>
        <message>
            <source>Lập kế hoạch từ một văn bản Word</source>
            <translation type="vanished">Make a plan from a Word document</translation>
        </message>
        <message>
            <source>Tệp → Nhập từ Word (.docx)…</source>
            <translation type="vanished">File → Import from Word (.docx)…</translation>
        </message>
        <message>
            <source>Đổi dòng nhóm ↔ nhiệm vụ</source>
            <translation type="vanished">Toggle group ↔ task row</translation>
        </message>
        <message>
            <source>Thêm cột…</source>
            <translation type="vanished">Add column…</translation>
        </message>
        <message>
            <source>Thêm phụ lục</source>
            <translation type="vanished">Add appendix</translation>
        </message>
        <message>
            <source>(Ctrl+L: lịch hạn)</source>
            <translation type="vanished">(Ctrl+L: calendar)</translation>
        </message>
        <message>
            <source>Mở một tệp kế hoạch (Ctrl+O) hoặc tạo mới từ mẫu (Ctrl+N).</source>
            <translation type="vanished">Open a plan file (Ctrl+O) or create one from a template (Ctrl+N).</translation>
        </message>
        <message>
            <source>Sửa thời hạn</source>
            <translation type="vanished">Edit deadline</translation>
        </message>
        <message>
            <source>Soạn, theo dõi và chia sẻ KẾ HOẠCH theo Nghị định 30/2020/NĐ-CP.

Mọi chỉnh sửa được ghi vào tệp ngay lập tức; Ctrl+Z để hoàn tác.</source>
            <translation type="vanished">Draft, track and share official plans laid out as Decree No. 30/2020/ND-CP requires.

Every edit is written to the file at once; Ctrl+Z undoes.</translation>
        </message>
        <message>
            <source>Đã xóa. Ctrl+Z để hoàn tác.</source>
            <translation type="vanished">Deleted. Ctrl+Z to undo.</translation>
        </message>
        <message>
            <source>Nhập từ Word</source>
            <translation type="vanished">Import from Word</translation>
        </message>
        <message>
            <source>Đang đọc văn bản Word…</source>
            <translation type="vanished">Reading the Word document…</translation>
        </message>
        <message>
            <source>Lưu kế hoạch đã nhập</source>
            <translation type="vanished">Save the imported plan</translation>
        </message>
    </context>
    <context>
        <name>MainWindowExtras</name>
        <message>
            <location filename="../gui/extras.py" line="48" />
            <source>&amp;In…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../gui/extras.py" line="49" />
            <source>Xem trước và in; các trang giống hệt tệp PDF xuất ra.</source>
            <translation>Preview and print; the pages are exactly those of the exported PDF.</translation>
        </message>
        <message>
            <location filename="../gui/extras.py" line="50" />
            <source>&amp;Cài đặt…</source>
            <translation>Se&amp;ttings…</translation>
        </message>
        <message>
            <location filename="../gui/extras.py" line="51" />
            <source>&amp;Hướng dẫn sử dụng</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <location filename="../gui/extras.py" line="89" />
            <source>Đang chuẩn bị bản in…</source>
            <translation>Preparing the printout…</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="68" />
            <source>Gộp bản sao — xử lý xung đột</source>
            <translation>Merge copies — resolve conflicts</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="82" />
            <source>Vị trí</source>
            <translation>Where</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="82" />
            <source>Nội dung</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="82" />
            <location filename="../gui/dialogs/merge_dialog.py" line="125" />
            <source>Bản của mình</source>
            <translation>My copy</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="83" />
            <location filename="../gui/dialogs/merge_dialog.py" line="125" />
            <source>Bản nhận về</source>
            <translation>Received copy</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="83" />
            <source>Chọn</source>
            <translation>Choice</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="101" />
            <source>— Chưa chọn —</source>
            <translation>— Not chosen —</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="103" />
            <source>Giữ lại</source>
            <translation>Keep</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="104" />
            <source>Xóa</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="106" />
            <source>Giữ bản của mình</source>
            <translation>Keep my copy</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="107" />
            <source>Lấy bản nhận về</source>
            <translation>Take the received copy</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="109" />
            <source>Tự sửa…</source>
            <translation>Edit myself…</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="123" />
            <source>Chọn “Tự sửa…” để nhập nội dung thống nhất</source>
            <translation>Choose “Edit myself…” to type the agreed text</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="126" />
            <source>Nội dung thống nhất</source>
            <translation>Agreed text</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="135" />
            <source>Áp dụng</source>
            <translation>Apply</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="136" />
            <source>Tất cả: bản của mình</source>
            <translation>All: my copy</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="137" />
            <source>Tất cả: bản nhận về</source>
            <translation>All: received copy</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="138" />
            <source>Để sau</source>
            <translation>Later</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="159" />
            <source>Đã gộp bản “%1”: %2 thay đổi lấy từ bản nhận về, %3 dòng/mục thêm, %4 xóa, %5 kết hợp hai bên.</source>
            <translation>Merged “%1”: %2 changes taken from the received copy, %3 rows/sections added, %4 deleted, %5 combined from both sides.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="165" />
            <source>Còn %1 xung đột: cùng một chỗ được sửa khác nhau ở hai nơi. Hãy chọn cho từng dòng rồi bấm “Áp dụng”; dòng chưa chọn được giữ lại để xử lý sau.</source>
            <translation>%1 conflict(s) left: the same place was edited differently in the two offices. Choose for each row, then press “Apply”; rows not chosen are kept for later.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="168" />
            <source>Không có xung đột.</source>
            <translation>No conflicts.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="242" />
            <source>Đã áp dụng %1 lựa chọn.</source>
            <translation>Applied %1 choices.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="243" />
            <source>Còn %1 xung đột chờ xử lý: Tệp → Xung đột gộp còn chờ xử lý…</source>
            <translation>%1 conflicts still to settle: File → Merge conflicts left to settle…</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="244" />
            <source>Không còn xung đột nào.</source>
            <translation>No conflicts left.</translation>
        </message>
        <message>
            <source>Xoá</source>
            <translation type="vanished">Delete</translation>
        </message>
        <message>
            <source>Đã gộp bản “%1”: %2 thay đổi lấy từ bản nhận về, %3 dòng/mục thêm, %4 xoá, %5 kết hợp hai bên.</source>
            <translation type="vanished">Merged “%1”: %2 changes taken from the received copy, %3 rows/sections added, %4 deleted, %5 combined from both sides.</translation>
        </message>
        <message>
            <source>Còn %1 xung đột: cùng một chỗ được sửa khác nhau ở hai nơi. Tệp đang tạm giữ bản của mình; hãy chọn cho từng dòng rồi bấm “Áp dụng”.</source>
            <translation type="vanished">%1 conflicts left: the same place was edited differently in the two offices. The file keeps your version for now; choose for each line, then press “Apply”.</translation>
        </message>
    </context>
    <context>
        <name>NewPlanDialog</name>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="42" />
            <source>Kế hoạch mới từ mẫu</source>
            <translation>New plan from a template</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="49" />
            <source>Mẫu:</source>
            <translation>Template:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="51" />
            <source>ví dụ: xã Thanh Thủy</source>
            <translation>e.g. “xã Thanh Thủy”</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="52" />
            <source>Đơn vị ban hành (UBND …):</source>
            <translation>Issuing body (People's Committee of …):</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="54" />
            <source>ví dụ: Vị Xuyên</source>
            <translation>e.g. “Vị Xuyên”</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="55" />
            <source>Địa danh:</source>
            <translation>Place:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="57" />
            <source>Năm/giai đoạn:</source>
            <translation>Year/period:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="62" />
            <source>Chọn…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="65" />
            <source>Lưu tại:</source>
            <translation>Save as:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="68" />
            <source>Tạo</source>
            <translation>Create</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="69" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="81" />
            <source>Lưu kế hoạch mới</source>
            <translation>Save the new plan</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="82" />
            <source>Tệp kế hoạch (*.sqlite)</source>
            <translation>Plan files (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="106" />
            <source>Thư mục “%1” không có; chọn nơi lưu khác.</source>
            <translation>The folder “%1” does not exist; choose another place to save.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="115" />
            <source>Tệp “%1” đang mở trong cửa sổ này; chọn tên khác cho kế hoạch mới.</source>
            <translation>“%1” is open in this window; choose another name for the new plan.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="121" />
            <source>Tệp “%1” đã có. Ghi đè bằng kế hoạch mới? Nội dung cũ của tệp sẽ mất.</source>
            <translation>“%1” already exists. Replace it with the new plan? Its current content will be lost.</translation>
        </message>
        <message>
            <location filename="../gui/i18n.py" line="38" />
            <source>PAPI — Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh</source>
            <translation>PAPI — Provincial Governance and Public Administration Performance Index</translation>
        </message>
        <message>
            <location filename="../gui/i18n.py" line="39" />
            <source>PAR INDEX — Chỉ số cải cách hành chính</source>
            <translation>PAR INDEX — Public Administration Reform Index</translation>
        </message>
        <message>
            <location filename="../gui/i18n.py" line="40" />
            <source>SIPAS — Chỉ số hài lòng về sự phục vụ hành chính</source>
            <translation>SIPAS — Satisfaction Index of Public Administrative Services</translation>
        </message>
        <message>
            <location filename="../gui/i18n.py" line="41" />
            <source>Kế hoạch trống</source>
            <translation>Blank plan</translation>
        </message>
        <message>
            <source>ví dụ: huyện Vị Xuyên</source>
            <translation type="vanished">e.g. “huyện Vị Xuyên”</translation>
        </message>
    </context>
    <context>
        <name>NextYear</name>
        <message>
            <location filename="../gui/next_year.py" line="25" />
            <source>Lập kế hoạch &amp;năm sau từ kế hoạch này…</source>
            <translation>&amp;Next year's plan from this one…</translation>
        </message>
        <message>
            <location filename="../gui/next_year.py" line="26" />
            <source>Chép kế hoạch đang mở thành kế hoạch mới cho năm sau: lùi năm, xóa số và ngày ban hành, giữ nhiệm vụ để sửa; kế hoạch cũ không bị thay đổi.</source>
            <translation>Copy the open plan into a new plan for the next period: years moved on, number and date of issue cleared, tasks kept to revise; the old plan is not changed.</translation>
        </message>
        <message>
            <location filename="../gui/next_year.py" line="62" />
            <source>Lưu kế hoạch năm sau</source>
            <translation>Save next year's plan</translation>
        </message>
        <message>
            <location filename="../gui/next_year.py" line="63" />
            <source>Tệp kế hoạch (*.sqlite)</source>
            <translation>Plan file (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../gui/next_year.py" line="70" />
            <source>Kế hoạch năm sau phải được lưu thành tệp khác tệp đang mở.</source>
            <translation>Next year's plan must be saved to a file other than the open one.</translation>
        </message>
        <message>
            <location filename="../gui/next_year.py" line="74" />
            <source>Kế hoạch năm sau</source>
            <translation>Next year's plan</translation>
        </message>
        <message>
            <location filename="../gui/next_year.py" line="75" />
            <source>Đã lập kế hoạch năm %1: %2</source>
            <translation>Plan for %1 created: %2</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <location filename="../gui/calendar/notice.py" line="45" />
            <source>Xem lịch hạn</source>
            <translation>Open calendar</translation>
        </message>
        <message>
            <location filename="../gui/calendar/notice.py" line="49" />
            <source>Đóng thông báo</source>
            <translation>Close notice</translation>
        </message>
        <message>
            <source>… (xem đủ trong lịch hạn, F8)</source>
            <translation type="vanished">… (see all in the deadline calendar, F8)</translation>
        </message>
        <message>
            <source>… (xem đủ trong lịch hạn, Ctrl+L)</source>
            <translation type="vanished">… (see all in the calendar, Ctrl+L)</translation>
        </message>
    </context>
    <context>
        <name>PlanCheckPanel</name>
        <message>
            <location filename="../gui/plan_check.py" line="35" />
            <source>Kiểm tra trước khi in</source>
            <translation>Check before printing</translation>
        </message>
        <message>
            <location filename="../gui/plan_check.py" line="48" />
            <source>Ở đâu</source>
            <translation>Where</translation>
        </message>
        <message>
            <location filename="../gui/plan_check.py" line="48" />
            <source>Vấn đề</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../gui/plan_check.py" line="54" />
            <source>Đi tới</source>
            <translation>Go to</translation>
        </message>
        <message>
            <location filename="../gui/plan_check.py" line="56" />
            <source>Áp dụng gợi ý</source>
            <translation>Apply suggestion</translation>
        </message>
        <message>
            <location filename="../gui/plan_check.py" line="57" />
            <source>Ghi giá trị được gợi ý (có thể hoàn tác bằng Ctrl+Z).</source>
            <translation>Write the suggested value (Ctrl+Z undoes it).</translation>
        </message>
        <message>
            <location filename="../gui/plan_check.py" line="59" />
            <source>Kiểm tra lại</source>
            <translation>Check again</translation>
        </message>
        <message>
            <location filename="../gui/plan_check.py" line="80" />
            <source>Không còn vấn đề nào: kế hoạch sẵn sàng để in.</source>
            <translation>No problem left: the plan is ready to print.</translation>
        </message>
        <message>
            <location filename="../gui/plan_check.py" line="199" />
            <source>In kế hoạch</source>
            <translation>Print the plan</translation>
        </message>
        <message>
            <location filename="../gui/plan_check.py" line="200" />
            <source>Vẫn in? (Chọn “Không” để xem danh sách và sửa trước.)</source>
            <translation>Print anyway? (Choose “No” to see the list and fix first.)</translation>
        </message>
        <message>
            <location filename="../gui/plan_check.py" line="209" />
            <source>Kiểm tra kế hoạch t&amp;rước khi in</source>
            <translation>Check the plan befo&amp;re printing</translation>
        </message>
        <message>
            <location filename="../gui/plan_check.py" line="211" />
            <source>Danh sách những chỗ còn thiếu hoặc sai so với Nghị định 30/2020, mỗi chỗ bấm là tới.</source>
            <translation>What is missing or wrong under Decree 30/2020, each a click away.</translation>
        </message>
    </context>
    <context>
        <name>PlanTreeModel</name>
        <message>
            <location filename="../gui/models/tree_model.py" line="138" />
            <source>Đầu văn bản: %1</source>
            <translation>Header: %1</translation>
        </message>
        <message>
            <location filename="../gui/models/tree_model.py" line="144" />
            <source>(chưa có tiêu đề)</source>
            <translation>(no title yet)</translation>
        </message>
        <message>
            <location filename="../gui/models/tree_model.py" line="151" />
            <source>Chữ ký</source>
            <translation>Signature</translation>
        </message>
        <message>
            <location filename="../gui/models/tree_model.py" line="159" />
            <source>Nơi nhận (%1)</source>
            <translation>Recipients (%1)</translation>
        </message>
    </context>
    <context>
        <name>PlansPage</name>
        <message>
            <location filename="../gui/plans_page.py" line="73" />
            <source>Các kế hoạch</source>
            <translation>All plans</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="83" />
            <source>Thêm thư mục…</source>
            <translation>Add folder…</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="86" />
            <source>Cập nhật</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="92" />
            <source>Năm</source>
            <translation>Year</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="92" />
            <source>Số</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="92" />
            <source>Trích yếu</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="92" />
            <source>Cơ quan</source>
            <translation>Agency</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="92" />
            <location filename="../gui/plans_page.py" line="98" />
            <source>Đến hạn tuần này</source>
            <translation>Due this week</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="93" />
            <source>Quá hạn</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="93" />
            <location filename="../gui/plans_page.py" line="108" />
            <source>Tệp</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="95" />
            <location filename="../gui/plans_page.py" line="96" />
            <source>Kế hoạch</source>
            <translation>Plan</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="96" />
            <source>Hạn</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="96" />
            <source>TT</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="96" />
            <source>Nhiệm vụ</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="96" />
            <source>Chủ trì</source>
            <translation>Lead</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="103" />
            <source>Tìm trong mọi kế hoạch, ví dụ: uy ban mttq</source>
            <translation>Search every plan, e.g. “uy ban mttq”</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="108" />
            <source>Vị trí</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="108" />
            <source>Nội dung</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="111" />
            <source>Tìm trong mọi kế hoạch</source>
            <translation>Search all plans</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="147" />
            <source>Đang đọc các kế hoạch…</source>
            <translation>Reading the plans…</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="206" />
            <source>Đến hạn tuần này (%1)</source>
            <translation>Due this week (%1)</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="207" />
            <source>Kế hoạch (%1)</source>
            <translation>Plans (%1)</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="225" />
            <source>%1 kết quả trong %2 tệp</source>
            <translation>%1 results in %2 files</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="238" />
            <source>Chọn thư mục chứa kế hoạch</source>
            <translation>Choose a folder of plans</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="250" />
            <source>Các &amp;kế hoạch (mọi thư mục)</source>
            <translation>All &amp;plans (every folder)</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="252" />
            <source>Mọi kế hoạch trong các thư mục đã chọn: việc đến hạn, quá hạn; tìm trong tất cả.</source>
            <translation>Every plan in the chosen folders: what is due, what is overdue; search them all.</translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <location filename="../gui/progress.py" line="34" />
            <source>Phiếu cập nhật &amp;tiến độ…</source>
            <translation>Progress &amp;forms…</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="35" />
            <source>Lập cho mỗi cơ quan chủ trì một tệp Excel chỉ gồm nhiệm vụ của cơ quan đó để điền tiến độ.</source>
            <translation>Write one Excel file per lead agency, holding only its tasks, to fill in progress.</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="37" />
            <source>&amp;Nhập phiếu tiến độ…</source>
            <translation>&amp;Import progress forms…</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="38" />
            <source>Đọc các phiếu tiến độ đã điền vào kế hoạch (xem trước; một bước hoàn tác).</source>
            <translation>Read filled progress forms into the plan (preview; one undo step).</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="39" />
            <source>&amp;Báo cáo kết quả thực hiện…</source>
            <translation>Progress &amp;report…</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="40" />
            <source>Lập báo cáo kết quả thực hiện kế hoạch theo kỳ (Word hoặc PDF).</source>
            <translation>Write the periodic report on the plan (Word or PDF).</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="41" />
            <source>&amp;Xem tiến độ thực hiện…</source>
            <translation>&amp;Progress overview…</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="42" />
            <source>Biểu đồ hoàn thành theo nhóm nhiệm vụ và theo cơ quan chủ trì; danh sách nhiệm vụ quá hạn.</source>
            <translation>Completion charts by task group and by lead agency; the overdue tasks.</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="99" />
            <source>Kỳ báo cáo (số liệu chốt theo ngày ghi trong kế hoạch, mặc định ngày 15 theo Nghị định 09/2019):</source>
            <translation>Reporting period (data cut off on the plan's day, by default the 15th per Decree 09/2019):</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="111" />
            <source>Phiếu cập nhật tiến độ</source>
            <translation>Progress forms</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="117" />
            <source>Thư mục ghi phiếu</source>
            <translation>Folder for the forms</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="121" />
            <source>Đã lập %1 phiếu tiến độ trong %2</source>
            <translation>Wrote %1 progress forms in %2</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="137" />
            <source>Chọn các phiếu tiến độ đã điền</source>
            <translation>Choose the filled progress forms</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="138" />
            <source>Bảng tính Excel (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="146" />
            <source>Các phiếu không mang thay đổi nào.</source>
            <translation>The forms bring no change.</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="156" />
            <source>Đã nhập tiến độ của %1 nhiệm vụ (Hoàn tác: Ctrl+Z)</source>
            <translation>Imported the progress of %1 tasks (Undo: Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="162" />
            <location filename="../gui/progress.py" line="174" />
            <source>Nhập phiếu tiến độ</source>
            <translation>Import progress forms</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="163" />
            <source>Nhập các thay đổi dưới đây vào kế hoạch?</source>
            <translation>Import the changes below into the plan?</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="190" />
            <source>Nội dung báo cáo kỳ %1</source>
            <translation>Report text for %1</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="193" />
            <source>Số liệu, danh sách nhiệm vụ và đề xuất của các cơ quan được lập tự động từ tiến độ; phần văn thư viết dưới đây được lưu trong tệp kế hoạch và giữ nguyên khi lập lại báo cáo. Dòng bắt đầu bằng “- ” là một gạch đầu dòng.</source>
            <translation>Figures, task lists and the agencies' proposals are generated from the progress; what you write below is kept in the plan file and stays when the report is generated again. A line starting with “- ” is a bullet.</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="200" />
            <source>Ngày chốt số liệu hằng kỳ (15 theo Nghị định 09/2019; 1 = theo tháng dương lịch):</source>
            <translation>Cut-off day of each period (15 per Decree 09/2019; 1 = calendar months):</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="211" />
            <source>số liệu từ %1 đến %2</source>
            <translation>data from %1 to %2</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="217" />
            <source>I. Công tác lãnh đạo, chỉ đạo, điều hành</source>
            <translation>I. Leadership and direction</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="217" />
            <source>III. Đánh giá chung</source>
            <translation>III. General assessment</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="217" />
            <source>IV. Phương hướng, nhiệm vụ kỳ tới (thêm vào các nhiệm vụ đến hạn)</source>
            <translation>IV. Next steps (added to the tasks falling due)</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="217" />
            <source>V. Đề xuất, kiến nghị (thêm vào đề xuất của các cơ quan)</source>
            <translation>V. Proposals (added to the agencies' proposals)</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="252" />
            <source>Báo cáo kết quả thực hiện</source>
            <translation>Progress report</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="269" />
            <source>Văn bản Word (*.docx)</source>
            <translation>Word document (*.docx)</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="269" />
            <source>PDF để in (*.pdf)</source>
            <translation>PDF for printing (*.pdf)</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="270" />
            <source>Lưu báo cáo</source>
            <translation>Save the report</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="278" />
            <source>Đang lập báo cáo…</source>
            <translation>Writing the report…</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="282" />
            <source>Đã lập báo cáo: %1</source>
            <translation>Report written: %1</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="306" />
            <source>Tiến độ thực hiện kế hoạch</source>
            <translation>Progress of the plan</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="310" />
            <source>Kỳ báo cáo:</source>
            <translation>Reporting period:</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="334" />
            <source>Nhiệm vụ quá hạn tại mốc số liệu:</source>
            <translation>Tasks overdue at the cut-off:</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="335" />
            <source>Chỉ nhiệm vụ quá hạn</source>
            <translation>Overdue tasks only</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="340" />
            <source>Sửa tiến độ nhiệm vụ…</source>
            <translation>Edit the task's progress…</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="349" />
            <source>TT</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="349" />
            <source>Nhiệm vụ</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="349" />
            <source>Cơ quan chủ trì</source>
            <translation>Lead agency</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="349" />
            <source>Thời hạn</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="350" />
            <source>Tiến độ</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="377" />
            <source>Theo nhóm nhiệm vụ (phụ lục)</source>
            <translation>By task group (appendix)</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="378" />
            <source>Theo cơ quan chủ trì</source>
            <translation>By lead agency</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="417" />
            <source>Tiến độ nhiệm vụ</source>
            <translation>Task progress</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="422" />
            <source>Tiến độ tính từ ngày tháng:</source>
            <translation>Status from the dates:</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="426" />
            <source>ngày/tháng/năm</source>
            <translation>day/month/year</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="428" />
            <source>(theo ngày tháng)</source>
            <translation>(from the dates)</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="433" />
            <source>Kết quả thực hiện:</source>
            <translation>Result:</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="434" />
            <source>Khó khăn, đề xuất:</source>
            <translation>Difficulties, proposals:</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="435" />
            <source>Ngày hoàn thành:</source>
            <translation>Done on:</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="436" />
            <source>Văn thư đặt tiến độ:</source>
            <translation>Status set by the clerk:</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="437" />
            <source>Lý do:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="448" />
            <source>“%1” không phải ngày (ngày/tháng/năm).</source>
            <translation>“%1” is not a date (day/month/year).</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="452" />
            <source>Đặt tiến độ thay cho tiến độ tính từ ngày tháng cần ghi lý do.</source>
            <translation>Setting a status instead of the one from the dates needs a reason.</translation>
        </message>
        <message>
            <source>Lập báo cáo kết quả thực hiện kế hoạch theo kỳ (Word).</source>
            <translation type="vanished">Write the periodic report on the plan (Word).</translation>
        </message>
        <message>
            <source>Kỳ báo cáo (mốc số liệu ngày 15 đến ngày 14 theo Nghị định 09/2019):</source>
            <translation type="vanished">Reporting period (data from the 15th to the 14th, Decree 09/2019):</translation>
        </message>
    </context>
    <context>
        <name>RecipientsEditor</name>
        <message>
            <location filename="../gui/editors/forms.py" line="513" />
            <source>Nơi nhận</source>
            <translation>Recipients</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="514" />
            <source>Mỗi dòng một nơi nhận, viết như khi in (ví dụ: “- Như trên;”, “- Lưu: VT.”):</source>
            <translation>One recipient per line, written as printed (e.g. “- Như trên;”, “- Lưu: VT.”):</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../gui/dialogs/restore_dialog.py" line="25" />
            <source>Khôi phục từ bản sao lưu</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/restore_dialog.py" line="28" />
            <source>Chọn bản sao lưu để đưa kế hoạch về đúng nội dung lúc đó. Trước khi khôi phục, nội dung hiện tại được sao lưu thêm một bản, nên có thể quay lại bất cứ lúc nào bằng chính hộp thoại này.</source>
            <translation>Choose a backup to bring the plan back to its content at that time. Before restoring, the current content is backed up too, so you can always go back with this same dialog.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/restore_dialog.py" line="35" />
            <source>Thời điểm sao lưu</source>
            <translation>Backed up at</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/restore_dialog.py" line="35" />
            <source>Kích thước</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/restore_dialog.py" line="35" />
            <source>Nội dung</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/restore_dialog.py" line="48" />
            <source>Chưa có bản sao lưu nào của tệp này (chương trình tự sao lưu khi mở tệp và mười phút một lần khi có chỉnh sửa).</source>
            <translation>There is no backup of this file yet (the program backs up when a file is opened and every ten minutes while it is edited).</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/restore_dialog.py" line="51" />
            <source>Khôi phục bản này</source>
            <translation>Restore this backup</translation>
        </message>
    </context>
    <context>
        <name>SectionEditor</name>
        <message>
            <location filename="../gui/editors/forms.py" line="328" />
            <source>Tiêu đề mục (để trống nếu mục chỉ có đoạn văn)</source>
            <translation>Section title (leave blank if the section has only paragraphs)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="341" />
            <source>Đoạn kết của mục (in sau các mục con):</source>
            <translation>Closing paragraphs (printed after the subsections):</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="367" />
            <source>Cấp: </source>
            <translation>Level: </translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="367" />
            <source>Phần (A, B, C…)</source>
            <translation>Part (A, B, C…)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="367" />
            <source>Mục (I, II, III…)</source>
            <translation>Section (I, II, III…)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="367" />
            <source>Khoản (1, 2, 3…)</source>
            <translation>Clause (1, 2, 3…)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="367" />
            <source>Điểm (a, b, c…)</source>
            <translation>Point (a, b, c…)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="368" />
            <source> — số thứ tự tự tính theo vị trí</source>
            <translation> — numbered automatically by position</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="377" />
            <source>Mục con: </source>
            <translation>Subsections: </translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="379" />
            <source>Chưa có mục con (Ctrl+Shift+Enter để thêm).</source>
            <translation>No subsections yet (Ctrl+Shift+Enter adds one).</translation>
        </message>
    </context>
    <context>
        <name>SendCopy</name>
        <message>
            <location filename="../gui/send_copy.py" line="26" />
            <source>&amp;Gửi bản sao (USB, thư điện tử)…</source>
            <translation>Se&amp;nd a copy (USB, email)…</translation>
        </message>
        <message>
            <location filename="../gui/send_copy.py" line="27" />
            <source>Ghi một tệp gọn, đặt tên theo kế hoạch, để chép vào USB hoặc đính kèm thư; nơi nhận sửa xong gửi lại thì dùng Tệp → Gộp.</source>
            <translation>Write a compact file named after the plan, to copy to a USB stick or attach to an email; when the other office sends it back edited, use File → Merge.</translation>
        </message>
        <message>
            <location filename="../gui/send_copy.py" line="69" />
            <source>Tệp nén để gửi thư (*.zip)</source>
            <translation>Zip file for email (*.zip)</translation>
        </message>
        <message>
            <location filename="../gui/send_copy.py" line="69" />
            <source>Tệp kế hoạch (*.sqlite)</source>
            <translation>Plan file (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../gui/send_copy.py" line="72" />
            <source>Gửi bản sao</source>
            <translation>Send a copy</translation>
        </message>
        <message>
            <location filename="../gui/send_copy.py" line="82" />
            <source>Bản sao phải có tên khác tệp đang mở.</source>
            <translation>The copy must have a different name from the open file.</translation>
        </message>
        <message>
            <location filename="../gui/send_copy.py" line="86" />
            <source>Đang tạo bản sao để gửi…</source>
            <translation>Writing the copy to send…</translation>
        </message>
        <message>
            <location filename="../gui/send_copy.py" line="91" />
            <source>Đã tạo bản sao để gửi: %1 (%2 KB)</source>
            <translation>Copy to send written: %1 (%2 KB)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="35" />
            <location filename="../gui/dialogs/settings_dialog.py" line="201" />
            <location filename="../gui/dialogs/settings_dialog.py" line="204" />
            <source>Cài đặt</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="41" />
            <source>Tiếng Việt</source>
            <translation>Vietnamese</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="42" />
            <source>Tiếng Anh</source>
            <translation>English</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="44" />
            <source>Ngôn ngữ giao diện:</source>
            <translation>Interface language:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="47" />
            <source>Thông tin mặc định cho kế hoạch mới</source>
            <translation>Defaults for new plans</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="50" />
            <source>Cơ quan:</source>
            <translation>Office:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="53" />
            <source>Thêm cơ quan…</source>
            <translation>Add office…</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="56" />
            <source>Xóa</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="61" />
            <source>Chưa có cơ quan nào. Bấm “Thêm cơ quan…” và đặt tên (ví dụ: UBND xã Thanh Thủy) để nhập các thông tin dưới đây.</source>
            <translation>No office yet. Click “Add office…” and give it a name (for example: People's Committee of Thanh Thuy commune) to fill in the fields below.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="70" />
            <source>ví dụ: Xã Thanh Thủy</source>
            <translation>e.g. “Xã Thanh Thủy”</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="71" />
            <source>Đơn vị ban hành:</source>
            <translation>Issuing body:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="73" />
            <source>(nếu có) ví dụ: UBND TỈNH HÀ GIANG</source>
            <translation>(if any) e.g. “UBND TỈNH HÀ GIANG”</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="74" />
            <source>Cơ quan chủ quản:</source>
            <translation>Parent agency:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="77" />
            <source>Chữ viết tắt tên cơ quan:</source>
            <translation>Agency abbreviation:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="79" />
            <source>ví dụ: Vị Xuyên</source>
            <translation>e.g. “Vị Xuyên”</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="80" />
            <source>Địa danh:</source>
            <translation>Place:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="82" />
            <source>(theo mẫu)</source>
            <translation>(as in the template)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="82" />
            <source>TM. (thay mặt tập thể)</source>
            <translation>TM. (on behalf of the body)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="82" />
            <source>KT. (ký thay)</source>
            <translation>KT. (signing for the head)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="83" />
            <source>Q. (quyền)</source>
            <translation>Q. (acting)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="83" />
            <source>TL. (thừa lệnh)</source>
            <translation>TL. (by order)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="83" />
            <source>TUQ. (thừa ủy quyền)</source>
            <translation>TUQ. (by authorisation)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="86" />
            <source>Quyền hạn ký:</source>
            <translation>Signing authority:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="88" />
            <source>ví dụ: ỦY BAN NHÂN DÂN</source>
            <translation>e.g. “ỦY BAN NHÂN DÂN”</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="89" />
            <source>Tập thể:</source>
            <translation>Collective body:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="91" />
            <source>Mỗi dòng một chức vụ, ví dụ: CHỦ TỊCH</source>
            <translation>One title per line, e.g. “CHỦ TỊCH”</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="93" />
            <source>Chức vụ người ký:</source>
            <translation>Signer's titles:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="95" />
            <source>Họ và tên người ký:</source>
            <translation>Signer's full name:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="97" />
            <source>Mỗi dòng một nơi nhận, ví dụ: - Như trên;</source>
            <translation>One recipient per line, e.g. “- Như trên;”</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="99" />
            <source>Nơi nhận:</source>
            <translation>Recipients:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="101" />
            <source>(chưa chọn)</source>
            <translation>(not chosen)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="102" />
            <source>Kiểu cũ: hòa, thúy, Ủy ban</source>
            <translation>Old style: “hòa, thúy, Ủy ban”</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="103" />
            <source>Kiểu mới: hoà, thuý, Uỷ ban</source>
            <translation>New style: “hoà, thuý, Uỷ ban”</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="104" />
            <source>Kiểu Sửa → Thống nhất cách đặt dấu thanh đề xuất cho kế hoạch của cơ quan.</source>
            <translation>The style Edit → One tone-mark placement offers for this office's plans.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="105" />
            <source>Cách đặt dấu thanh:</source>
            <translation>Tone-mark placement:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="107" />
            <source>Ô để trống thì giữ nội dung của mẫu.</source>
            <translation>A blank field keeps the template's text.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="112" />
            <source>Cài đặt được lưu tại: %1</source>
            <translation>Settings are kept in: %1</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="117" />
            <source>Lưu</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="118" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="171" />
            <source>Thêm cơ quan</source>
            <translation>Add office</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="171" />
            <source>Tên cơ quan:</source>
            <translation>Office name:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="201" />
            <source>Không lưu được cài đặt: %1</source>
            <translation>Cannot save the settings: %1</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="205" />
            <source>Ngôn ngữ mới được dùng từ lần mở chương trình sau.</source>
            <translation>The new language is used from the next start of the program.</translation>
        </message>
        <message>
            <source>ví dụ: Huyện Vị Xuyên</source>
            <translation type="vanished">e.g. “Huyện Vị Xuyên”</translation>
        </message>
    </context>
    <context>
        <name>SignerEditor</name>
        <message>
            <location filename="../gui/editors/forms.py" line="422" />
            <source>Chữ ký</source>
            <translation>Signature</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="426" />
            <source>(không)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="426" />
            <source>TM. (thay mặt tập thể)</source>
            <translation>TM. (on behalf of the body)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="426" />
            <source>KT. (ký thay)</source>
            <translation>KT. (signing for the head)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="426" />
            <source>Q. (quyền)</source>
            <translation>Q. (acting)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="426" />
            <source>TL. (thừa lệnh)</source>
            <translation>TL. (by order)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="426" />
            <source>TUQ. (thừa ủy quyền)</source>
            <translation>TUQ. (by authorisation)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="427" />
            <source>Quyền hạn ký:</source>
            <translation>Signing authority:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="429" />
            <source>với TM.: tên tập thể, ví dụ ỦY BAN NHÂN DÂN</source>
            <translation>with TM.: the collective body, e.g. “ỦY BAN NHÂN DÂN”</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="430" />
            <source>Tập thể:</source>
            <translation>Collective body:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="432" />
            <source>Mỗi dòng một chức vụ, ví dụ:
CHỦ TỊCH
PHÓ CHỦ TỊCH
(cấp phó ký thay mặt tập thể: chọn TM., dòng đầu “KT. CHỦ TỊCH”)</source>
            <translation>One title per line, e.g. “CHỦ TỊCH”, then “PHÓ CHỦ TỊCH”
(a deputy signing on behalf of a collective body: choose TM., first line “KT. CHỦ TỊCH”)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="434" />
            <source>Chức vụ (mỗi dòng một dòng in):</source>
            <translation>Titles (one printed line each):</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="436" />
            <source>Họ và tên:</source>
            <translation>Full name:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="438" />
            <source>Khối chữ ký khi in:</source>
            <translation>Signature block as printed:</translation>
        </message>
        <message>
            <source>với TM. (hoặc KT., Q. thay mặt tập thể): tên tập thể, ví dụ ỦY BAN NHÂN DÂN</source>
            <translation type="vanished">with TM. (or KT., Q. on behalf of a collective body): the collective body, e.g. “ỦY BAN NHÂN DÂN”</translation>
        </message>
        <message>
            <source>Mỗi dòng một chức vụ, ví dụ:
CHỦ TỊCH
PHÓ CHỦ TỊCH</source>
            <translation type="vanished">One title per line, e.g.:
“CHỦ TỊCH”
“PHÓ CHỦ TỊCH”</translation>
        </message>
    </context>
    <context>
        <name>SignersOverview</name>
        <message>
            <location filename="../gui/editors/forms.py" line="494" />
            <source>Chữ ký</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="503" />
            <source>Chọn một khối chữ ký bên trái để sửa; Ctrl+Enter thêm khối mới.</source>
            <translation>Choose a signature block on the left to edit it; Ctrl+Enter adds a new one.</translation>
        </message>
    </context>
    <context>
        <name>Spell</name>
        <message>
            <location filename="../gui/spell.py" line="241" />
            <source>(không có gợi ý)</source>
            <translation>(no suggestions)</translation>
        </message>
        <message>
            <location filename="../gui/spell.py" line="244" />
            <source>Thêm vào từ điển cá nhân</source>
            <translation>Add to personal dictionary</translation>
        </message>
        <message>
            <location filename="../gui/spell.py" line="247" />
            <source>Bỏ qua</source>
            <translation>Ignore</translation>
        </message>
        <message>
            <location filename="../gui/spell.py" line="325" />
            <location filename="../gui/spell.py" line="348" />
            <location filename="../gui/spell.py" line="388" />
            <source>Từ điển cá nhân</source>
            <translation>Personal dictionary</translation>
        </message>
        <message>
            <location filename="../gui/spell.py" line="351" />
            <source>Các từ kiểm tra chính tả coi là đúng: tên cơ quan, từ viết tắt, tên riêng… (không phân biệt chữ hoa, chữ thường). Lưu tại: %1</source>
            <translation>Words the spell-check takes as right: agency names, abbreviations, proper names… (upper and lower case alike). Stored in: %1</translation>
        </message>
        <message>
            <location filename="../gui/spell.py" line="358" />
            <source>Từ mới, ví dụ: iGate</source>
            <translation>New word, e.g. iGate</translation>
        </message>
        <message>
            <location filename="../gui/spell.py" line="361" />
            <source>Thêm</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../gui/spell.py" line="368" />
            <source>Xóa từ đã chọn</source>
            <translation>Remove selected words</translation>
        </message>
        <message>
            <location filename="../gui/spell.py" line="373" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../gui/spell.py" line="416" />
            <source>&amp;Kiểm tra chính tả</source>
            <translation>&amp;Spell-check</translation>
        </message>
        <message>
            <location filename="../gui/spell.py" line="419" />
            <source>Gạch chân đỏ các từ viết sai chính tả tiếng Việt; nhấn chuột phải vào từ để xem gợi ý.</source>
            <translation>Underline misspelt Vietnamese words in red; right-click a word for suggestions.</translation>
        </message>
        <message>
            <location filename="../gui/spell.py" line="423" />
            <source>Từ điển cá &amp;nhân…</source>
            <translation>&amp;Personal dictionary…</translation>
        </message>
        <message>
            <location filename="../gui/spell.py" line="424" />
            <source>Xem, thêm, xóa các từ của từ điển cá nhân (tên cơ quan, từ viết tắt).</source>
            <translation>See, add and remove the words of the personal dictionary (agency names, abbreviations).</translation>
        </message>
    </context>
    <context>
        <name>TextTools</name>
        <message>
            <location filename="../gui/text_tools.py" line="24" />
            <source>Thống nhất cách đặt &amp;dấu thanh…</source>
            <translation>One &amp;tone-mark placement…</translation>
        </message>
        <message>
            <location filename="../gui/text_tools.py" line="25" />
            <source>Viết cả kế hoạch theo một kiểu đặt dấu thanh: kiểu cũ (hòa, Ủy ban, thúy) hoặc kiểu mới (hoà, Uỷ ban, thuý); hoàn tác được bằng Ctrl+Z.</source>
            <translation>Write the whole plan with one tone-mark placement: old style (“hòa, Ủy ban, thúy”) or new style (“hoà, Uỷ ban, thuý”); Ctrl+Z undoes it.</translation>
        </message>
        <message>
            <location filename="../gui/text_tools.py" line="42" />
            <source>Thống nhất cách đặt dấu thanh</source>
            <translation>One tone-mark placement</translation>
        </message>
        <message>
            <location filename="../gui/text_tools.py" line="44" />
            <source>Trong kế hoạch có %1 từ đặt dấu kiểu cũ và %2 từ kiểu mới. Chọn kiểu cơ quan dùng; chỉ vị trí dấu thanh thay đổi, chữ đậm và nghiêng giữ nguyên.</source>
            <translation>The plan has %1 words with the old tone placement and %2 with the new one. Choose the office's style; only the place of the tone mark changes, bold and italic stay.</translation>
        </message>
        <message>
            <location filename="../gui/text_tools.py" line="49" />
            <source>Kiểu cũ: hòa, khỏe, thúy, Ủy ban</source>
            <translation>Old style: “hòa, khỏe, thúy, Ủy ban”</translation>
        </message>
        <message>
            <location filename="../gui/text_tools.py" line="50" />
            <source>Kiểu mới: hoà, khoẻ, thuý, Uỷ ban</source>
            <translation>New style: “hoà, khoẻ, thuý, Uỷ ban”</translation>
        </message>
        <message>
            <location filename="../gui/text_tools.py" line="56" />
            <source>Ghi nhớ kiểu này cho cơ quan (Tệp → Cài đặt)</source>
            <translation>Remember this style for the office (File → Settings)</translation>
        </message>
        <message>
            <location filename="../gui/text_tools.py" line="60" />
            <source>Áp dụng</source>
            <translation>Apply</translation>
        </message>
        <message>
            <location filename="../gui/text_tools.py" line="61" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../gui/text_tools.py" line="96" />
            <source>Đã đổi %1 từ sang kiểu đặt dấu %2. Ctrl+Z để hoàn tác.</source>
            <translation>%1 words changed to the %2 tone placement. Ctrl+Z to undo.</translation>
        </message>
        <message>
            <location filename="../gui/text_tools.py" line="98" />
            <source>cũ</source>
            <translation>old</translation>
        </message>
        <message>
            <location filename="../gui/text_tools.py" line="98" />
            <source>mới</source>
            <translation>new</translation>
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <location filename="../gui/calendar/views.py" line="168" />
            <source>Tuần trước</source>
            <translation>Previous week</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="169" />
            <source>Tuần sau</source>
            <translation>Next week</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="170" />
            <source>Tuần có ngày hôm nay</source>
            <translation>The week of today</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="171" />
            <source>Nhiệm vụ</source>
            <translation>Task</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="171" />
            <source>Cơ quan chủ trì</source>
            <translation>Lead agency</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="171" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="190" />
            <source>{n} việc đến hạn</source>
            <translation>{n} due</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="191" />
            <source>không có việc đến hạn</source>
            <translation>nothing due</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="193" />
            <source>hôm nay</source>
            <translation>today</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../gui/welcome.py" line="54" />
            <source>Kế hoạch mới từ mẫu…</source>
            <translation>New plan from a template…</translation>
        </message>
        <message>
            <location filename="../gui/welcome.py" line="55" />
            <source>Tệp → Mới từ mẫu…: PAPI, PAR INDEX, SIPAS hoặc trống; điền sẵn cơ quan của mình</source>
            <translation>File → New from template…: PAPI, PAR INDEX, SIPAS or blank; your office filled in</translation>
        </message>
        <message>
            <location filename="../gui/welcome.py" line="56" />
            <source>Mở kế hoạch…</source>
            <translation>Open a plan…</translation>
        </message>
        <message>
            <location filename="../gui/welcome.py" line="56" />
            <source>Tệp → Mở…: tệp .sqlite, hoặc tệp .zip nhận qua thư</source>
            <translation>File → Open…: a .sqlite file, or a .zip received by email</translation>
        </message>
        <message>
            <location filename="../gui/welcome.py" line="57" />
            <source>Nhập từ Word…</source>
            <translation>Import from Word…</translation>
        </message>
        <message>
            <location filename="../gui/welcome.py" line="57" />
            <source>Tệp → Nhập từ Word (.docx)…: lập kế hoạch từ một văn bản đã có</source>
            <translation>File → Import from Word (.docx)…: make a plan from an existing document</translation>
        </message>
        <message>
            <location filename="../gui/welcome.py" line="59" />
            <source>Mở kế hoạch mẫu để xem thử</source>
            <translation>Open the sample plan to try things out</translation>
        </message>
        <message>
            <location filename="../gui/welcome.py" line="60" />
            <source>Bản sao của kế hoạch mẫu năm 2021 (huyện Vị Xuyên); tệp mẫu không bị sửa</source>
            <translation>A copy of the 2021 sample plan (Vi Xuyen district); the sample itself is not changed</translation>
        </message>
        <message>
            <location filename="../gui/welcome.py" line="82" />
            <source>Mở gần đây</source>
            <translation>Recent files</translation>
        </message>
        <message>
            <location filename="../gui/welcome.py" line="89" />
            <source>(chưa có tệp nào)</source>
            <translation>(none yet)</translation>
        </message>
        <message>
            <location filename="../gui/welcome.py" line="107" />
            <source>(không còn tệp này ở đây)</source>
            <translation>(this file is no longer here)</translation>
        </message>
        <message>
            <source>PAPI, PAR INDEX, SIPAS hoặc trống; điền sẵn cơ quan của mình</source>
            <translation type="vanished">PAPI, PAR INDEX, SIPAS or blank; your office filled in</translation>
        </message>
        <message>
            <source>Tệp .sqlite, hoặc tệp .zip nhận qua thư</source>
            <translation type="vanished">A .sqlite file, or a .zip received by email</translation>
        </message>
        <message>
            <source>Lập kế hoạch từ một văn bản .docx đã có</source>
            <translation type="vanished">Make a plan from an existing .docx document</translation>
        </message>
    </context>
    <context>
        <name>_PeriodView</name>
        <message>
            <location filename="../gui/calendar/views.py" line="58" />
            <source>Hôm nay</source>
            <translation>Today</translation>
        </message>
    </context>
</TS>
