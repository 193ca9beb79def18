<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="vi_VN">
    <context>
        <name />
        <message>
            <source>Chọn bản sao nhận từ nơi khác để gộp</source>
            <translation type="vanished">Chọn bản sao nhận từ nơi khác để gộp</translation>
        </message>
        <message>
            <source>Tệp kế hoạch (*.sqlite *.zip)</source>
            <translation type="vanished">Tệp kế hoạch (*.sqlite *.zip)</translation>
        </message>
        <message>
            <source>Gộp bản sao</source>
            <translation type="vanished">Gộp bản sao</translation>
        </message>
    </context>
    <context>
        <name>AboutBox</name>
        <message>
            <location filename="../gui/dialogs/about_dialog.py" line="21" />
            <source>Soạn, theo dõi và chia sẻ KẾ HOẠCH theo Nghị định 30/2020/NĐ-CP.

Mọi chỉnh sửa được ghi vào tệp ngay lập tức; Ctrl+Z để hoàn tác.</source>
            <translation>Soạn, theo dõi và chia sẻ KẾ HOẠCH theo Nghị định 30/2020/NĐ-CP.

Mọi chỉnh sửa được ghi vào tệp ngay lập tức; Ctrl+Z để hoàn tác.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/about_dialog.py" line="23" />
            <source>Khi chương trình gặp sự cố, xin gửi tệp nhật ký cho người hỗ trợ:
%1</source>
            <translation>Khi chương trình gặp sự cố, xin gửi tệp nhật ký cho người hỗ trợ:
%1</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/about_dialog.py" line="25" />
            <source>Mở thư mục nhật ký</source>
            <translation>Mở thư mục nhật ký</translation>
        </message>
    </context>
    <context>
        <name>AgendaView</name>
        <message>
            <location filename="../gui/calendar/view.py" line="347" />
            <source>Hạn</source>
            <translation>Hạn</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="347" />
            <source>Nhiệm vụ</source>
            <translation>Nhiệm vụ</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="347" />
            <source>Chủ trì</source>
            <translation>Chủ trì</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="358" />
            <source>Cơ quan:</source>
            <translation>Cơ quan:</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="360" />
            <source>Phụ lục:</source>
            <translation>Phụ lục:</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="381" />
            <source>Tất cả</source>
            <translation>Tất cả</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="421" />
            <source>Quá hạn</source>
            <translation>Quá hạn</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="421" />
            <source>Tuần này</source>
            <translation>Tuần này</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="421" />
            <source>30 ngày tới</source>
            <translation>30 ngày tới</translation>
        </message>
        <message>
            <source>Trạng thái</source>
            <translation type="vanished">Trạng thái</translation>
        </message>
    </context>
    <context>
        <name>AppendixEditor</name>
        <message>
            <location filename="../gui/editors/appendix.py" line="63" />
            <source>Tên phụ lục</source>
            <translation>Tên phụ lục</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="67" />
            <source>Đánh số nhóm:</source>
            <translation>Đánh số nhóm:</translation>
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
            <translation>Đánh số nhiệm vụ:</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="75" />
            <source>1, 2, 3… liên tục</source>
            <translation>1, 2, 3… liên tục</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="75" />
            <source>1, 2, 3… theo từng nhóm</source>
            <translation>1, 2, 3… theo từng nhóm</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="75" />
            <source>1.1, 1.2… theo nhóm</source>
            <translation>1.1, 1.2… theo nhóm</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="77" />
            <source>Khổ in:</source>
            <translation>Khổ in:</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="79" />
            <source>Tự động</source>
            <translation>Tự động</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="79" />
            <source>Dọc</source>
            <translation>Dọc</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="79" />
            <source>Ngang</source>
            <translation>Ngang</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="81" />
            <source>Hướng trang của phụ lục khi xuất Word/PDF và khi in. Tự động: trang ngang khi bảng có từ 4 cột nội dung trở lên (ngoài cột TT) hoặc không vừa trang dọc.</source>
            <translation>Hướng trang của phụ lục khi xuất Word/PDF và khi in. Tự động: trang ngang khi bảng có từ 4 cột nội dung trở lên (ngoài cột TT) hoặc không vừa trang dọc.</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="98" />
            <source>+ Dòng</source>
            <translation>+ Dòng</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="98" />
            <source>Thêm nhiệm vụ dưới dòng đang chọn (Ctrl+Enter)</source>
            <translation>Thêm nhiệm vụ dưới dòng đang chọn (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="99" />
            <source>+ Nhóm</source>
            <translation>+ Nhóm</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="99" />
            <source>Thêm dòng nhóm (Ctrl+Shift+Enter)</source>
            <translation>Thêm dòng nhóm (Ctrl+Shift+Enter)</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="100" />
            <source>Xóa dòng</source>
            <translation>Xóa dòng</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="100" />
            <source>Xóa các dòng đang chọn (Ctrl+Delete)</source>
            <translation>Xóa các dòng đang chọn (Ctrl+Delete)</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="101" />
            <source>Chuyển lên (Alt+↑)</source>
            <translation>Chuyển lên (Alt+↑)</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="102" />
            <source>Chuyển xuống (Alt+↓)</source>
            <translation>Chuyển xuống (Alt+↓)</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="103" />
            <source>+ Cột</source>
            <translation>+ Cột</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="103" />
            <source>Thêm cột bên phải cột đang chọn</source>
            <translation>Thêm cột bên phải cột đang chọn</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="107" />
            <source>Lọc:</source>
            <translation>Lọc:</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="109" />
            <source>Cột để lọc</source>
            <translation>Cột để lọc</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="116" />
            <source>gõ chữ cần tìm để chỉ hiện các dòng có chữ đó</source>
            <translation>gõ chữ cần tìm để chỉ hiện các dòng có chữ đó</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="127" />
            <location filename="../gui/editors/appendix_view.py" line="223" />
            <source>Bỏ lọc và sắp xếp</source>
            <translation>Bỏ lọc và sắp xếp</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="144" />
            <source>Nhấp đúp hoặc gõ để sửa ô; Enter lưu, Shift+Enter xuống dòng trong ô; Ctrl+V dán khối ô từ Excel (ghi đè từ ô đang chọn trở xuống), Ctrl+Shift+V dán thành dòng mới; nhấp đúp tên cột để đổi tên; kéo mép cột để đổi độ rộng (cũng là tỉ lệ cột khi in).</source>
            <translation>Nhấp đúp hoặc gõ để sửa ô; Enter lưu, Shift+Enter xuống dòng trong ô; Ctrl+V dán khối ô từ Excel (ghi đè từ ô đang chọn trở xuống), Ctrl+Shift+V dán thành dòng mới; nhấp đúp tên cột để đổi tên; kéo mép cột để đổi độ rộng (cũng là tỉ lệ cột khi in).</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="163" />
            <source>Kéo mép cột để đổi độ rộng: tỉ lệ các cột được lưu trong tệp và dùng cả khi xuất Word/PDF (Ctrl+Z để hoàn tác).</source>
            <translation>Kéo mép cột để đổi độ rộng: tỉ lệ các cột được lưu trong tệp và dùng cả khi xuất Word/PDF (Ctrl+Z để hoàn tác).</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="237" />
            <source>Dùng tên trong danh mục: «%1» thay cho «%2»</source>
            <translation>Dùng tên trong danh mục: «%1» thay cho «%2»</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="415" />
            <location filename="../gui/editors/appendix.py" line="419" />
            <location filename="../gui/editors/appendix_view.py" line="260" />
            <source>Không thể di chuyển thêm.</source>
            <translation>Không thể di chuyển thêm.</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="442" />
            <source>Không thể đổi cấp thêm.</source>
            <translation>Không thể đổi cấp thêm.</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="503" />
            <source>Đã chép vùng chọn vào %1 ô — Ctrl+Z để hoàn tác.</source>
            <translation>Đã chép vùng chọn vào %1 ô — Ctrl+Z để hoàn tác.</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="562" />
            <source>Đã dán %1 dòng</source>
            <translation>Đã dán %1 dòng</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="564" />
            <source> (thêm %1 dòng mới ở cuối bảng)</source>
            <translation> (thêm %1 dòng mới ở cuối bảng)</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="569" />
            <source>; %1 tên cơ quan khác tên trong danh mục (xem gợi ý ở ô, chuột phải để dùng)</source>
            <translation>; %1 tên cơ quan khác tên trong danh mục (xem gợi ý ở ô, chuột phải để dùng)</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="571" />
            <source> — Ctrl+Z để hoàn tác.</source>
            <translation> — Ctrl+Z để hoàn tác.</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_delegates.py" line="65" />
            <source>Gõ tên cơ quan; nhiều cơ quan cách nhau bằng dấu ;</source>
            <translation>Gõ tên cơ quan; nhiều cơ quan cách nhau bằng dấu ;</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="99" />
            <source>Dán (ghi đè từ ô này)</source>
            <translation>Dán (ghi đè từ ô này)</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="100" />
            <source>Dán thành dòng mới</source>
            <translation>Dán thành dòng mới</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="210" />
            <source>Đã đổi độ rộng cột. Tỉ lệ các cột được lưu trong tệp và dùng cả khi xuất Word/PDF. Ctrl+Z để hoàn tác.</source>
            <translation>Đã đổi độ rộng cột. Tỉ lệ các cột được lưu trong tệp và dùng cả khi xuất Word/PDF. Ctrl+Z để hoàn tác.</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="218" />
            <source>Sắp xếp tăng dần theo cột này (chỉ trên màn hình)</source>
            <translation>Sắp xếp tăng dần theo cột này (chỉ trên màn hình)</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="219" />
            <source>Sắp xếp giảm dần theo cột này (chỉ trên màn hình)</source>
            <translation>Sắp xếp giảm dần theo cột này (chỉ trên màn hình)</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="220" />
            <source>Lọc theo cột này</source>
            <translation>Lọc theo cột này</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="225" />
            <source>Thêm cột bên phải</source>
            <translation>Thêm cột bên phải</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="227" />
            <source>Đổi tên cột…</source>
            <translation>Đổi tên cột…</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="228" />
            <source>Chuyển cột sang trái</source>
            <translation>Chuyển cột sang trái</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="229" />
            <source>Chuyển cột sang phải</source>
            <translation>Chuyển cột sang phải</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="231" />
            <source>Xóa cột</source>
            <translation>Xóa cột</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="239" />
            <source>Thêm cột</source>
            <translation>Thêm cột</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="239" />
            <location filename="../gui/editors/appendix_view.py" line="250" />
            <source>Tên cột:</source>
            <translation>Tên cột:</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="250" />
            <source>Đổi tên cột</source>
            <translation>Đổi tên cột</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="326" />
            <source>Mọi cột</source>
            <translation>Mọi cột</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="404" />
            <source>mọi cột</source>
            <translation>mọi cột</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="405" />
            <source>Đang lọc: hiện %1 trên %2 dòng có “%3” (%4)</source>
            <translation>Đang lọc: hiện %1 trên %2 dòng có “%3” (%4)</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="409" />
            <source>Đang sắp xếp theo “%1”, tăng dần</source>
            <translation>Đang sắp xếp theo “%1”, tăng dần</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="410" />
            <source>Đang sắp xếp theo “%1”, giảm dần</source>
            <translation>Đang sắp xếp theo “%1”, giảm dần</translation>
        </message>
        <message>
            <location filename="../gui/editors/appendix_view.py" line="413" />
            <source>chỉ trên màn hình: thứ tự và số thứ tự trong kế hoạch, bản in không đổi</source>
            <translation>chỉ trên màn hình: thứ tự và số thứ tự trong kế hoạch, bản in không đổi</translation>
        </message>
        <message>
            <source>Nhấp đúp hoặc gõ để sửa ô; Enter lưu, Shift+Enter xuống dòng trong ô; Ctrl+V dán khối dòng từ Excel; nhấp đúp tên cột để đổi tên; kéo mép cột để đổi độ rộng (cũng là tỉ lệ cột khi in).</source>
            <translation type="vanished">Nhấp đúp hoặc gõ để sửa ô; Enter lưu, Shift+Enter xuống dòng trong ô; Ctrl+V dán khối dòng từ Excel; nhấp đúp tên cột để đổi tên; kéo mép cột để đổi độ rộng (cũng là tỉ lệ cột khi in).</translation>
        </message>
        <message>
            <source>Nhấp đúp hoặc gõ để sửa ô; Enter lưu, Shift+Enter xuống dòng trong ô; Ctrl+V dán khối dòng từ Excel; nhấp đúp tên cột để đổi tên.</source>
            <translation type="vanished">Nhấp đúp hoặc gõ để sửa ô; Enter lưu, Shift+Enter xuống dòng trong ô; Ctrl+V dán khối dòng từ Excel; nhấp đúp tên cột để đổi tên.</translation>
        </message>
    </context>
    <context>
        <name>AppendixModel</name>
        <message>
            <location filename="../gui/models/appendix_model.py" line="148" />
            <source>Lưu ý khi nhập: </source>
            <translation>Lưu ý khi nhập: </translation>
        </message>
        <message>
            <location filename="../gui/models/appendix_model.py" line="152" />
            <source>Cơ quan: </source>
            <translation>Cơ quan: </translation>
        </message>
        <message>
            <location filename="../gui/models/appendix_model.py" line="154" />
            <source>«%1» không có trong danh mục — có phải: %2? (chuột phải để dùng tên trong danh mục)</source>
            <translation>«%1» không có trong danh mục — có phải: %2? (chuột phải để dùng tên trong danh mục)</translation>
        </message>
        <message>
            <location filename="../gui/models/appendix_model.py" line="185" />
            <source>Bấm để chọn cả dòng (Shift, Ctrl: nhiều dòng)</source>
            <translation>Bấm để chọn cả dòng (Shift, Ctrl: nhiều dòng)</translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <location filename="../gui/calendar/view.py" line="161" />
            <source>Hôm nay</source>
            <translation>Hôm nay</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="171" />
            <source>T2</source>
            <translation>T2</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="171" />
            <source>T3</source>
            <translation>T3</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="171" />
            <source>T4</source>
            <translation>T4</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="171" />
            <source>T5</source>
            <translation>T5</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="171" />
            <source>T6</source>
            <translation>T6</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="171" />
            <source>T7</source>
            <translation>T7</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="171" />
            <source>CN</source>
            <translation>CN</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="242" />
            <source>{month} năm {y}</source>
            <translation>{month} năm {y}</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="313" />
            <source>{w}, ngày {d}: {n} việc đến hạn</source>
            <translation>{w}, ngày {d}: {n} việc đến hạn</translation>
        </message>
        <message>
            <source>Tháng {m} năm {y}</source>
            <translation type="vanished">Tháng {m} năm {y}</translation>
        </message>
        <message>
            <source>Ngày {d}: {n} việc đến hạn</source>
            <translation type="vanished">Ngày {d}: {n} việc đến hạn</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../gui/app.py" line="107" />
            <source>Lỗi không mong muốn</source>
            <translation>Lỗi không mong muốn</translation>
        </message>
        <message>
            <location filename="../gui/app.py" line="110" />
            <source>Chương trình gặp lỗi không mong muốn. Các chỉnh sửa trước đó đã được ghi vào tệp và tệp vẫn nguyên vẹn; thao tác vừa rồi có thể chưa được thực hiện.
Xin gửi báo cáo dưới đây cho người hỗ trợ. Đã lưu tại: %1</source>
            <translation>Chương trình gặp lỗi không mong muốn. Các chỉnh sửa trước đó đã được ghi vào tệp và tệp vẫn nguyên vẹn; thao tác vừa rồi có thể chưa được thực hiện.
Xin gửi báo cáo dưới đây cho người hỗ trợ. Đã lưu tại: %1</translation>
        </message>
        <message>
            <location filename="../gui/app.py" line="119" />
            <source>Sao chép báo cáo</source>
            <translation>Sao chép báo cáo</translation>
        </message>
        <message>
            <location filename="../gui/app.py" line="123" />
            <source>Đóng</source>
            <translation>Đóng</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <location filename="../gui/editors/dates.py" line="44" />
            <source>ngày/tháng/năm</source>
            <translation>ngày/tháng/năm</translation>
        </message>
        <message>
            <location filename="../gui/editors/dates.py" line="47" />
            <source>Gõ ngày/tháng/năm, ví dụ 15/01/2026, 15/1/26, 15-01-2026 hoặc 15012026.</source>
            <translation>Gõ ngày/tháng/năm, ví dụ 15/01/2026, 15/1/26, 15-01-2026 hoặc 15012026.</translation>
        </message>
        <message>
            <location filename="../gui/editors/dates.py" line="52" />
            <source>Chọn trên lịch</source>
            <translation>Chọn trên lịch</translation>
        </message>
        <message>
            <location filename="../gui/editors/dates.py" line="66" />
            <source>Chưa có ngày. {help}</source>
            <translation>Chưa có ngày. {help}</translation>
        </message>
    </context>
    <context>
        <name>DeadlineCells</name>
        <message>
            <location filename="../gui/calendar/cells.py" line="214" />
            <location filename="../gui/calendar/view.py" line="99" />
            <source>Một lần</source>
            <translation>Một lần</translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="214" />
            <location filename="../gui/calendar/view.py" line="99" />
            <source>Định kỳ</source>
            <translation>Định kỳ</translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="214" />
            <location filename="../gui/calendar/view.py" line="99" />
            <source>Thường xuyên</source>
            <translation>Thường xuyên</translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="214" />
            <location filename="../gui/calendar/view.py" line="99" />
            <source>Theo sự kiện</source>
            <translation>Theo sự kiện</translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="214" />
            <location filename="../gui/calendar/view.py" line="99" />
            <source>Không có hạn cụ thể</source>
            <translation>Không có hạn cụ thể</translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="218" />
            <location filename="../gui/calendar/view.py" line="102" />
            <source>Hạn sắp tới: </source>
            <translation>Hạn sắp tới: </translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="220" />
            <source>Hạn cuối: </source>
            <translation>Hạn cuối: </translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="221" />
            <source>Đã hoàn thành {n}/{m} lần đến hạn</source>
            <translation>Đã hoàn thành {n}/{m} lần đến hạn</translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="222" />
            <source> trong thời gian kế hoạch</source>
            <translation> trong thời gian kế hoạch</translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="225" />
            <source>⛔ Quá hạn, chưa hoàn thành: </source>
            <translation>⛔ Quá hạn, chưa hoàn thành: </translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="228" />
            <source>⏰ Sắp đến hạn: </source>
            <translation>⏰ Sắp đến hạn: </translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="229" />
            <source>hôm nay</source>
            <translation>hôm nay</translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="229" />
            <source>còn {k} ngày</source>
            <translation>còn {k} ngày</translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="231" />
            <source>Chưa ghi ngày xảy ra sự kiện (Bảng → Thời hạn…, Ctrl+T).</source>
            <translation>Chưa ghi ngày xảy ra sự kiện (Bảng → Thời hạn…, Ctrl+T).</translation>
        </message>
        <message>
            <location filename="../gui/calendar/cells.py" line="233" />
            <source>⚠ Không đọc được thời hạn này: cần kiểm tra và xác nhận (Ctrl+T).</source>
            <translation>⚠ Không đọc được thời hạn này: cần kiểm tra và xác nhận (Ctrl+T).</translation>
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="104" />
            <source>⚠ Cần kiểm tra lại thời hạn này.</source>
            <translation>⚠ Cần kiểm tra lại thời hạn này.</translation>
        </message>
    </context>
    <context>
        <name>DeadlineEditor</name>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="52" />
            <source>Thời hạn của nhiệm vụ</source>
            <translation>Thời hạn của nhiệm vụ</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="61" />
            <source>(để trống)</source>
            <translation>(để trống)</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="67" />
            <source>Đã kiểm tra, cách hiểu này đúng</source>
            <translation>Đã kiểm tra, cách hiểu này đúng</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="71" />
            <source>Ghi ngày xảy ra sự kiện</source>
            <translation>Ghi ngày xảy ra sự kiện</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="72" />
            <source>Như đã ghi:</source>
            <translation>Như đã ghi:</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="73" />
            <source>Hiểu là:</source>
            <translation>Hiểu là:</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="77" />
            <source>Cách hiểu:</source>
            <translation>Cách hiểu:</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="87" />
            <source>Hạn</source>
            <translation>Hạn</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="87" />
            <source>Trạng thái</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="87" />
            <source>Ngày hoàn thành</source>
            <translation>Ngày hoàn thành</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="88" />
            <source>Ghi chú</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="95" />
            <source>Ghi chú (số văn bản báo cáo, kết quả…)</source>
            <translation>Ghi chú (số văn bản báo cáo, kết quả…)</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="96" />
            <location filename="../gui/calendar/deadline_dialog.py" line="268" />
            <source>Đánh dấu đã hoàn thành</source>
            <translation>Đánh dấu đã hoàn thành</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="97" />
            <source>Bỏ đánh dấu</source>
            <translation>Bỏ đánh dấu</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="99" />
            <source>Hoàn thành ngày:</source>
            <translation>Hoàn thành ngày:</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="105" />
            <source>Lưu</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="106" />
            <source>Hủy</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="151" />
            <source>Sự kiện: “{e}”</source>
            <translation>Sự kiện: “{e}”</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="239" />
            <source>Các lần đến hạn trong thời gian kế hoạch: {n} (đã hoàn thành {k})</source>
            <translation>Các lần đến hạn trong thời gian kế hoạch: {n} (đã hoàn thành {k})</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="240" />
            <source>Không có lần đến hạn nào có ngày cụ thể.</source>
            <translation>Không có lần đến hạn nào có ngày cụ thể.</translation>
        </message>
        <message>
            <location filename="../gui/calendar/deadline_dialog.py" line="268" />
            <source>Sửa ngày hoàn thành</source>
            <translation>Sửa ngày hoàn thành</translation>
        </message>
        <message>
            <source>Các lần đến hạn: {n} (đã hoàn thành {k})</source>
            <translation type="vanished">Các lần đến hạn: {n} (đã hoàn thành {k})</translation>
        </message>
        <message>
            <source>Đọc thành:</source>
            <translation type="vanished">Đọc thành:</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesPage</name>
        <message>
            <location filename="../gui/calendar/page.py" line="99" />
            <source>Lịch hạn công việc</source>
            <translation>Lịch hạn công việc</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="118" />
            <source>Tháng</source>
            <translation>Tháng</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="118" />
            <source>Lịch tháng, bên cạnh danh sách việc sắp đến hạn (Ctrl+1)</source>
            <translation>Lịch tháng, bên cạnh danh sách việc sắp đến hạn (Ctrl+1)</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="119" />
            <source>Tuần</source>
            <translation>Tuần</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="119" />
            <source>Các ngày trong tuần, từ Thứ Hai đến Chủ nhật (Ctrl+2)</source>
            <translation>Các ngày trong tuần, từ Thứ Hai đến Chủ nhật (Ctrl+2)</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="120" />
            <source>Danh sách</source>
            <translation>Danh sách</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="120" />
            <source>Mọi việc đến hạn trong tháng, theo ngày (Ctrl+3)</source>
            <translation>Mọi việc đến hạn trong tháng, theo ngày (Ctrl+3)</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="132" />
            <source>&amp;In lịch công tác…</source>
            <translation>&amp;In lịch công tác…</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="133" />
            <source>In các việc đến hạn của tuần hoặc tháng đang xem thành một bảng trên một trang A4 (Alt+I)</source>
            <translation>In các việc đến hạn của tuần hoặc tháng đang xem thành một bảng trên một trang A4 (Alt+I)</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="252" />
            <source>Lịch công tác</source>
            <translation>Lịch công tác</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="256" />
            <source>Xem trước lịch công tác</source>
            <translation>Xem trước lịch công tác</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="277" />
            <source>Lịch công tác này không vừa một trang A4, kể cả với cỡ chữ nhỏ nhất ({pt} pt): bản in có {n} trang. Có thể in theo tuần thay vì cả tháng.</source>
            <translation>Lịch công tác này không vừa một trang A4, kể cả với cỡ chữ nhỏ nhất ({pt} pt): bản in có {n} trang. Có thể in theo tuần thay vì cả tháng.</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="309" />
            <source>Hôm nay {d}</source>
            <translation>Hôm nay {d}</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="310" />
            <source>quá hạn: {n}</source>
            <translation>quá hạn: {n}</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="311" />
            <source>trong 7 ngày: {n}</source>
            <translation>trong 7 ngày: {n}</translation>
        </message>
        <message>
            <location filename="../gui/calendar/page.py" line="312" />
            <source>30 ngày tới: {n}</source>
            <translation>30 ngày tới: {n}</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>Thêm mục</source>
            <translation type="vanished">Thêm mục</translation>
        </message>
        <message>
            <source>Xóa mục</source>
            <translation type="vanished">Xóa mục</translation>
        </message>
        <message>
            <source>Di chuyển mục</source>
            <translation type="vanished">Di chuyển mục</translation>
        </message>
        <message>
            <source>Lùi mục vào</source>
            <translation type="vanished">Lùi mục vào</translation>
        </message>
        <message>
            <source>Đưa mục ra</source>
            <translation type="vanished">Đưa mục ra</translation>
        </message>
        <message>
            <source>Sửa nội dung mục</source>
            <translation type="vanished">Sửa nội dung mục</translation>
        </message>
        <message>
            <source>Sửa phần đầu văn bản</source>
            <translation type="vanished">Sửa phần đầu văn bản</translation>
        </message>
        <message>
            <source>Thêm người ký</source>
            <translation type="vanished">Thêm người ký</translation>
        </message>
        <message>
            <source>Xóa người ký</source>
            <translation type="vanished">Xóa người ký</translation>
        </message>
        <message>
            <source>Không thể di chuyển thêm.</source>
            <translation type="vanished">Không thể di chuyển thêm.</translation>
        </message>
        <message>
            <source>Di chuyển người ký</source>
            <translation type="vanished">Di chuyển người ký</translation>
        </message>
        <message>
            <source>Sửa người ký</source>
            <translation type="vanished">Sửa người ký</translation>
        </message>
        <message>
            <source>Sửa Nơi nhận</source>
            <translation type="vanished">Sửa Nơi nhận</translation>
        </message>
        <message>
            <source>Thêm phụ lục</source>
            <translation type="vanished">Thêm phụ lục</translation>
        </message>
        <message>
            <source>Xóa phụ lục</source>
            <translation type="vanished">Xóa phụ lục</translation>
        </message>
        <message>
            <source>Di chuyển phụ lục</source>
            <translation type="vanished">Di chuyển phụ lục</translation>
        </message>
        <message>
            <source>Sửa phụ lục</source>
            <translation type="vanished">Sửa phụ lục</translation>
        </message>
        <message>
            <source>Sửa ô</source>
            <translation type="vanished">Sửa ô</translation>
        </message>
        <message>
            <source>Thêm dòng</source>
            <translation type="vanished">Thêm dòng</translation>
        </message>
        <message>
            <source>Dán từ Excel</source>
            <translation type="vanished">Dán từ Excel</translation>
        </message>
        <message>
            <source>Xóa dòng</source>
            <translation type="vanished">Xóa dòng</translation>
        </message>
        <message>
            <source>Di chuyển dòng</source>
            <translation type="vanished">Di chuyển dòng</translation>
        </message>
        <message>
            <source>Đổi loại dòng</source>
            <translation type="vanished">Đổi loại dòng</translation>
        </message>
        <message>
            <source>Thêm cột</source>
            <translation type="vanished">Thêm cột</translation>
        </message>
        <message>
            <source>Xóa cột</source>
            <translation type="vanished">Xóa cột</translation>
        </message>
        <message>
            <source>Đổi tên cột</source>
            <translation type="vanished">Đổi tên cột</translation>
        </message>
        <message>
            <source>Đổi độ rộng cột</source>
            <translation type="vanished">Đổi độ rộng cột</translation>
        </message>
        <message>
            <source>Di chuyển cột</source>
            <translation type="vanished">Di chuyển cột</translation>
        </message>
    </context>
    <context>
        <name>FindPanel</name>
        <message>
            <location filename="../gui/find.py" line="71" />
            <location filename="../gui/find.py" line="180" />
            <source>Tìm và thay thế</source>
            <translation>Tìm và thay thế</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="82" />
            <source>Tìm:</source>
            <translation>Tìm:</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="84" />
            <source>ví dụ: uy ban mttq</source>
            <translation>ví dụ: uy ban mttq</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="87" />
            <source>Thay bằng:</source>
            <translation>Thay bằng:</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="93" />
            <source>Phân biệt dấu</source>
            <translation>Phân biệt dấu</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="94" />
            <source>Bỏ chọn: “uy ban” tìm thấy cả “Ủy ban” và “Uỷ ban”. Cách đặt dấu thanh (hòa/hoà) không bao giờ được tính là khác.</source>
            <translation>Bỏ chọn: “uy ban” tìm thấy cả “Ủy ban” và “Uỷ ban”. Cách đặt dấu thanh (hòa/hoà) không bao giờ được tính là khác.</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="96" />
            <source>Phân biệt hoa/thường</source>
            <translation>Phân biệt hoa/thường</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="97" />
            <source>Cả từ</source>
            <translation>Cả từ</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="106" />
            <source>Thay thế</source>
            <translation>Thay thế</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="107" />
            <source>Thay thế tất cả</source>
            <translation>Thay thế tất cả</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="114" />
            <source>Vị trí</source>
            <translation>Vị trí</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="114" />
            <source>Nội dung</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="180" />
            <source>Tìm</source>
            <translation>Tìm</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="240" />
            <source>Không tìm thấy</source>
            <translation>Không tìm thấy</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="242" />
            <source>%1 kết quả (hiện %2 đầu tiên)</source>
            <translation>%1 kết quả (hiện %2 đầu tiên)</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="245" />
            <source>%1 kết quả</source>
            <translation>%1 kết quả</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="306" />
            <source>Đã thay %1 chỗ. Ctrl+Z để hoàn tác.</source>
            <translation>Đã thay %1 chỗ. Ctrl+Z để hoàn tác.</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="386" />
            <source>&amp;Tìm…</source>
            <translation>&amp;Tìm…</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="387" />
            <source>Tìm và &amp;thay thế…</source>
            <translation>Tìm và &amp;thay thế…</translation>
        </message>
        <message>
            <location filename="../gui/find.py" line="388" />
            <source>Tìm trong cả kế hoạch: phần đầu, các mục, bảng phụ lục, người ký, nơi nhận; có hoặc không phân biệt dấu.</source>
            <translation>Tìm trong cả kế hoạch: phần đầu, các mục, bảng phụ lục, người ký, nơi nhận; có hoặc không phân biệt dấu.</translation>
        </message>
    </context>
    <context>
        <name>FormatBar</name>
        <message>
            <location filename="../gui/editors/forms.py" line="151" />
            <source>Chữ đậm (Ctrl+B)</source>
            <translation>Chữ đậm (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="152" />
            <source>Chữ nghiêng (Ctrl+I)</source>
            <translation>Chữ nghiêng (Ctrl+I)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="153" />
            <source>Dòng gạch đầu dòng “-”</source>
            <translation>Dòng gạch đầu dòng “-”</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="154" />
            <source>Dòng “+”</source>
            <translation>Dòng “+”</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="155" />
            <source>Đoạn văn thường</source>
            <translation>Đoạn văn thường</translation>
        </message>
    </context>
    <context>
        <name>FormatCheckDialog</name>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="44" />
            <location filename="../gui/dialogs/format_check_dialog.py" line="154" />
            <source>Kiểm tra thể thức văn bản Word</source>
            <translation>Kiểm tra thể thức văn bản Word</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="48" />
            <source>Tệp Word:</source>
            <translation>Tệp Word:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="52" />
            <source>Chọn tệp Word…</source>
            <translation>Chọn tệp Word…</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="62" />
            <source>Mức</source>
            <translation>Mức</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="62" />
            <source>Vị trí</source>
            <translation>Vị trí</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="62" />
            <source>Sai sót</source>
            <translation>Sai sót</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="62" />
            <source>Căn cứ (Nghị định 30/2020)</source>
            <translation>Căn cứ (Nghị định 30/2020)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="63" />
            <source>Sửa tự động</source>
            <translation>Sửa tự động</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="68" />
            <source>Ghi &amp;bản đã sửa…</source>
            <translation>Ghi &amp;bản đã sửa…</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="69" />
            <source>Ghi một bản sao đã sửa các lỗi sửa được (cỡ chữ, đậm/nghiêng, căn lề, lề trang, đường kẻ, số trang…); tệp gốc không bị thay đổi.</source>
            <translation>Ghi một bản sao đã sửa các lỗi sửa được (cỡ chữ, đậm/nghiêng, căn lề, lề trang, đường kẻ, số trang…); tệp gốc không bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="97" />
            <source>Chọn một văn bản Word (.docx) để kiểm tra.</source>
            <translation>Chọn một văn bản Word (.docx) để kiểm tra.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="100" />
            <source>văn bản</source>
            <translation>văn bản</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="102" />
            <source>%1 (%2): không phát hiện sai sót, thể thức đúng Nghị định 30/2020.</source>
            <translation>%1 (%2): không phát hiện sai sót, thể thức đúng Nghị định 30/2020.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="105" />
            <source>%1 (%2): %3 lỗi thể thức, %4 điểm cần xem; %5 điểm sửa được tự động.</source>
            <translation>%1 (%2): %3 lỗi thể thức, %4 điểm cần xem; %5 điểm sửa được tự động.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="110" />
            <source>Lỗi</source>
            <translation>Lỗi</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="110" />
            <source>Cần xem</source>
            <translation>Cần xem</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="111" />
            <source>Có</source>
            <translation>Có</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="111" />
            <source>Không</source>
            <translation>Không</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="121" />
            <source>Chọn văn bản Word</source>
            <translation>Chọn văn bản Word</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="122" />
            <location filename="../gui/dialogs/format_check_dialog.py" line="138" />
            <location filename="../gui/dialogs/format_check_dialog.py" line="155" />
            <source>Văn bản Word (*.docx)</source>
            <translation>Văn bản Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="129" />
            <source> (đã sửa thể thức)</source>
            <translation> (đã sửa thể thức)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="138" />
            <source>Ghi bản đã sửa</source>
            <translation>Ghi bản đã sửa</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/format_check_dialog.py" line="148" />
            <source>Đã ghi %1: đã sửa %2 điểm; còn %3 lỗi thể thức cần người soạn sửa (chữ, phần còn thiếu).</source>
            <translation>Đã ghi %1: đã sửa %2 điểm; còn %3 lỗi thể thức cần người soạn sửa (chữ, phần còn thiếu).</translation>
        </message>
    </context>
    <context>
        <name>HeaderEditor</name>
        <message>
            <location filename="../gui/editors/forms.py" line="169" />
            <source>Đầu văn bản</source>
            <translation>Đầu văn bản</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="175" />
            <source>(nếu có) ví dụ: UBND TỈNH HÀ GIANG</source>
            <translation>(nếu có) ví dụ: UBND TỈNH HÀ GIANG</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="176" />
            <source>Cơ quan chủ quản:</source>
            <translation>Cơ quan chủ quản:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="178" />
            <source>Cơ quan ban hành:</source>
            <translation>Cơ quan ban hành:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="183" />
            <source>Tên dùng trong câu văn:</source>
            <translation>Tên dùng trong câu văn:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="186" />
            <source>Viết tắt:</source>
            <translation>Viết tắt:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="192" />
            <source>Số:</source>
            <translation>Số:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="195" />
            <source>khi ký</source>
            <translation>khi ký</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="197" />
            <source>Ký hiệu:</source>
            <translation>Ký hiệu:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="201" />
            <source>Loại văn bản:</source>
            <translation>Loại văn bản:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="205" />
            <source>Ngày:</source>
            <translation>Ngày:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="208" />
            <source>để trống (ghi khi ký)</source>
            <translation>để trống (ghi khi ký)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="210" />
            <source>Địa danh:</source>
            <translation>Địa danh:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="212" />
            <source>(tùy chọn) ngày viết sẵn, ví dụ: ngày    tháng 6 năm 2021</source>
            <translation>(tùy chọn) ngày viết sẵn, ví dụ: ngày    tháng 6 năm 2021</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="213" />
            <source>Ngày ghi dạng chữ:</source>
            <translation>Ngày ghi dạng chữ:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="215" />
            <source>Trích yếu:</source>
            <translation>Trích yếu:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="218" />
            <source>Năm/giai đoạn:</source>
            <translation>Năm/giai đoạn:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="226" />
            <source>Đoạn mở đầu (căn cứ, mục đích ban hành):</source>
            <translation>Đoạn mở đầu (căn cứ, mục đích ban hành):</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="50" />
            <source>Trong cây mục: xóa mục / đổi tên mục</source>
            <translation>Trong cây mục: xóa mục / đổi tên mục</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="51" />
            <source>Trong cây mục hoặc bảng: xóa mục hoặc các dòng đang chọn</source>
            <translation>Trong cây mục hoặc bảng: xóa mục hoặc các dòng đang chọn</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="52" />
            <source>Trong ô soạn thảo: chữ đậm / chữ nghiêng</source>
            <translation>Trong ô soạn thảo: chữ đậm / chữ nghiêng</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="53" />
            <source>Trong bảng: chép / dán các ô (cả khối ô từ Excel)</source>
            <translation>Trong bảng: chép / dán các ô (cả khối ô từ Excel)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="54" />
            <source>Trong bảng: dán thành các dòng mới bên dưới</source>
            <translation>Trong bảng: dán thành các dòng mới bên dưới</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="55" />
            <source>Trong ô của bảng: lưu ô / xuống dòng trong ô</source>
            <translation>Trong ô của bảng: lưu ô / xuống dòng trong ô</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="56" />
            <source>Trong bảng: chép ô trên xuống / ô trái sang các ô đang chọn (như Excel)</source>
            <translation>Trong bảng: chép ô trên xuống / ô trái sang các ô đang chọn (như Excel)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="57" />
            <source>Kéo ô vuông ở góc vùng chọn</source>
            <translation>Kéo ô vuông ở góc vùng chọn</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="57" />
            <source>Trong bảng: chép các ô đang chọn xuống các dòng bên dưới / sang các cột bên phải (như Excel); Esc để thôi</source>
            <translation>Trong bảng: chép các ô đang chọn xuống các dòng bên dưới / sang các cột bên phải (như Excel); Esc để thôi</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="59" />
            <source>lăn chuột</source>
            <translation>lăn chuột</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="59" />
            <source>Phóng to, thu nhỏ chữ của nội dung mục và bảng</source>
            <translation>Phóng to, thu nhỏ chữ của nội dung mục và bảng</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="60" />
            <source>Trong lịch hạn: xem theo tháng / tuần / danh sách</source>
            <translation>Trong lịch hạn: xem theo tháng / tuần / danh sách</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="61" />
            <source>Alt+I</source>
            <translation>Alt+I</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="61" />
            <source>Trong lịch hạn: in lịch công tác của tuần hoặc tháng đang xem</source>
            <translation>Trong lịch hạn: in lịch công tác của tuần hoặc tháng đang xem</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="62" />
            <source>Mở thực đơn bằng bàn phím (chữ gạch chân)</source>
            <translation>Mở thực đơn bằng bàn phím (chữ gạch chân)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="100" />
            <source>Hướng dẫn sử dụng</source>
            <translation>Hướng dẫn sử dụng</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/help_dialog.py" line="111" />
            <source>Đóng</source>
            <translation>Đóng</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="50" />
            <source>Nhập kế hoạch từ Word</source>
            <translation>Nhập kế hoạch từ Word</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="58" />
            <source>Chọn tệp Word…</source>
            <translation>Chọn tệp Word…</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="61" />
            <source>Tệp Word:</source>
            <translation>Tệp Word:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="70" />
            <source>Nội dung đã nhận ra</source>
            <translation>Nội dung đã nhận ra</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="70" />
            <source>Chi tiết</source>
            <translation>Chi tiết</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="76" />
            <source>Báo cáo nhập (những gì cần kiểm tra lại; được lưu kèm trong tệp):</source>
            <translation>Báo cáo nhập (những gì cần kiểm tra lại; được lưu kèm trong tệp):</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="88" />
            <source>Chọn…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="91" />
            <source>Lưu thành tệp kế hoạch:</source>
            <translation>Lưu thành tệp kế hoạch:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="96" />
            <source>Lưu kế hoạch</source>
            <translation>Lưu kế hoạch</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="97" />
            <source>Hủy</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="117" />
            <source>Không đọc được tệp: </source>
            <translation>Không đọc được tệp: </translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="121" />
            <source>Không nhập được: </source>
            <translation>Không nhập được: </translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="136" />
            <source>Đã đọc: {0} mục, {1} phụ lục, {2} dòng bảng, {3} người ký, {4} nơi nhận; {5} ghi chú cần xem.</source>
            <translation>Đã đọc: {0} mục, {1} phụ lục, {2} dòng bảng, {3} người ký, {4} nơi nhận; {5} ghi chú cần xem.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="140" />
            <source>Phần đầu</source>
            <translation>Phần đầu</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="141" />
            <source>Cơ quan</source>
            <translation>Cơ quan</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="141" />
            <source>Số, ký hiệu</source>
            <translation>Số, ký hiệu</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="142" />
            <source>Địa danh, ngày</source>
            <translation>Địa danh, ngày</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="142" />
            <source>Trích yếu</source>
            <translation>Trích yếu</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="143" />
            <source>Đoạn mở đầu</source>
            <translation>Đoạn mở đầu</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="152" />
            <source>{0} đoạn</source>
            <translation>{0} đoạn</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="155" />
            <source>Nội dung</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="155" />
            <source>{0} mục</source>
            <translation>{0} mục</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="163" />
            <source>{0} cột, {1} dòng ({2} nhóm, {3} dòng cần kiểm tra)</source>
            <translation>{0} cột, {1} dòng ({2} nhóm, {3} dòng cần kiểm tra)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="168" />
            <source>Người ký</source>
            <translation>Người ký</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="172" />
            <source>Nơi nhận</source>
            <translation>Nơi nhận</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="183" />
            <source>Không có ghi chú: mọi phần đều đã được xếp vào kế hoạch.</source>
            <translation>Không có ghi chú: mọi phần đều đã được xếp vào kế hoạch.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="196" />
            <source>Chọn văn bản Word</source>
            <translation>Chọn văn bản Word</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="197" />
            <location filename="../gui/dialogs/import_dialog.py" line="225" />
            <source>Văn bản Word (*.docx *.doc)</source>
            <translation>Văn bản Word (*.docx *.doc)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="203" />
            <source>Lưu kế hoạch đã nhập</source>
            <translation>Lưu kế hoạch đã nhập</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="204" />
            <source>Tệp kế hoạch (*.sqlite)</source>
            <translation>Tệp kế hoạch (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="213" />
            <source>Chọn nơi lưu tệp kế hoạch.</source>
            <translation>Chọn nơi lưu tệp kế hoạch.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="216" />
            <source>Tệp “{0}” đã có; chọn tên khác.</source>
            <translation>Tệp “{0}” đã có; chọn tên khác.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/import_dialog.py" line="224" />
            <source>Nhập từ Word</source>
            <translation>Nhập từ Word</translation>
        </message>
    </context>
    <context>
        <name>ListView</name>
        <message>
            <location filename="../gui/calendar/views.py" line="222" />
            <source>Tháng trước</source>
            <translation>Tháng trước</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="223" />
            <source>Tháng sau</source>
            <translation>Tháng sau</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="224" />
            <source>Tháng có ngày hôm nay</source>
            <translation>Tháng có ngày hôm nay</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="225" />
            <source>Ngày</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="225" />
            <source>Nhiệm vụ</source>
            <translation>Nhiệm vụ</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="225" />
            <source>Cơ quan chủ trì</source>
            <translation>Cơ quan chủ trì</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="226" />
            <source>Trạng thái</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="250" />
            <source>Không có việc đến hạn trong tháng này.</source>
            <translation>Không có việc đến hạn trong tháng này.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="275" />
            <source>Chọn bản sao nhận từ nơi khác để gộp</source>
            <translation>Chọn bản sao nhận từ nơi khác để gộp</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="277" />
            <source>Tệp kế hoạch (*.sqlite *.zip)</source>
            <translation>Tệp kế hoạch (*.sqlite *.zip)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="300" />
            <location filename="../gui/dialogs/merge_dialog.py" line="322" />
            <location filename="../gui/dialogs/merge_dialog.py" line="334" />
            <location filename="../gui/dialogs/merge_dialog.py" line="341" />
            <source>Gộp bản sao</source>
            <translation>Gộp bản sao</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="321" />
            <source>Đã gộp bản “%1” vào kế hoạch đang mở.</source>
            <translation>Đã gộp bản “%1” vào kế hoạch đang mở.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="341" />
            <source>Kế hoạch không còn xung đột gộp nào chờ xử lý.</source>
            <translation>Kế hoạch không còn xung đột gộp nào chờ xử lý.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="321" />
            <source>&amp;Mới từ mẫu…</source>
            <translation>&amp;Mới từ mẫu…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="322" />
            <source>&amp;Mở…</source>
            <translation>&amp;Mở…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="323" />
            <source>&amp;Lưu</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="324" />
            <source>Mọi chỉnh sửa đã được lưu ngay khi gõ; Ctrl+S ghi bản làm việc về ổ USB (nếu có).</source>
            <translation>Mọi chỉnh sửa đã được lưu ngay khi gõ; Ctrl+S ghi bản làm việc về ổ USB (nếu có).</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="325" />
            <source>Lưu &amp;bản sao thành…</source>
            <translation>Lưu &amp;bản sao thành…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="326" />
            <source>&amp;Khôi phục từ bản sao lưu…</source>
            <translation>&amp;Khôi phục từ bản sao lưu…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="327" />
            <source>Đưa kế hoạch về nội dung của một bản sao lưu tự động; nội dung hiện tại được sao lưu trước.</source>
            <translation>Đưa kế hoạch về nội dung của một bản sao lưu tự động; nội dung hiện tại được sao lưu trước.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="333" />
            <source>Xuất &amp;Word (.docx)…</source>
            <translation>Xuất &amp;Word (.docx)…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="334" />
            <source>Xuất &amp;PDF…</source>
            <translation>Xuất &amp;PDF…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="335" />
            <source>Xuất &amp;Excel (bảng phụ lục)…</source>
            <translation>Xuất &amp;Excel (bảng phụ lục)…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="336" />
            <source>Mỗi phụ lục thành một trang tính Excel, sẵn để in.</source>
            <translation>Mỗi phụ lục thành một trang tính Excel, sẵn để in.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="337" />
            <source>&amp;Nhập từ Word (.docx)…</source>
            <translation>&amp;Nhập từ Word (.docx)…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="338" />
            <source>Kiểm tra t&amp;hể thức văn bản Word…</source>
            <translation>Kiểm tra t&amp;hể thức văn bản Word…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="339" />
            <source>Kiểm tra một văn bản Word bất kỳ theo Nghị định 30/2020 và ghi bản đã sửa.</source>
            <translation>Kiểm tra một văn bản Word bất kỳ theo Nghị định 30/2020 và ghi bản đã sửa.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="340" />
            <source>&amp;Gộp với bản của nơi khác…</source>
            <translation>&amp;Gộp với bản của nơi khác…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="341" />
            <source>&amp;Xung đột gộp còn chờ xử lý…</source>
            <translation>&amp;Xung đột gộp còn chờ xử lý…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="342" />
            <source>Các xung đột để lại (“Để sau”) từ lần gộp trước: chọn bản nào giữ.</source>
            <translation>Các xung đột để lại (“Để sau”) từ lần gộp trước: chọn bản nào giữ.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="343" />
            <source>&amp;Thoát</source>
            <translation>&amp;Thoát</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="344" />
            <location filename="../gui/main_window.py" line="489" />
            <source>&amp;Hoàn tác</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="347" />
            <location filename="../gui/main_window.py" line="490" />
            <source>&amp;Làm lại</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="348" />
            <source>Thêm mục/dòng &amp;cùng cấp</source>
            <translation>Thêm mục/dòng &amp;cùng cấp</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="349" />
            <source>Thêm mục &amp;con / dòng nhóm</source>
            <translation>Thêm mục &amp;con / dòng nhóm</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="350" />
            <source>&amp;Xóa</source>
            <translation>&amp;Xóa</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="366" />
            <source>Lùi &amp;vào một cấp</source>
            <translation>Lùi &amp;vào một cấp</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="367" />
            <source>Lùi &amp;ra một cấp</source>
            <translation>Lùi &amp;ra một cấp</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="368" />
            <source>Chuyển &amp;lên</source>
            <translation>Chuyển &amp;lên</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="369" />
            <source>Chuyển &amp;xuống</source>
            <translation>Chuyển &amp;xuống</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="370" />
            <source>Đổi dòng &amp;nhóm ↔ nhiệm vụ</source>
            <translation>Đổi dòng &amp;nhóm ↔ nhiệm vụ</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="371" />
            <source>Thêm &amp;cột…</source>
            <translation>Thêm &amp;cột…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="372" />
            <source>Thêm &amp;phụ lục</source>
            <translation>Thêm &amp;phụ lục</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="373" />
            <source>&amp;Lịch hạn công việc</source>
            <translation>&amp;Lịch hạn công việc</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="374" />
            <source>Việc sắp đến &amp;hạn</source>
            <translation>Việc sắp đến &amp;hạn</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="376" />
            <source>&amp;Chuyển giữa cây mục và nội dung</source>
            <translation>&amp;Chuyển giữa cây mục và nội dung</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="377" />
            <source>&amp;Phóng to chữ</source>
            <translation>&amp;Phóng to chữ</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="379" />
            <source>&amp;Thu nhỏ chữ</source>
            <translation>&amp;Thu nhỏ chữ</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="380" />
            <source>Cỡ chữ &amp;mặc định (100%)</source>
            <translation>Cỡ chữ &amp;mặc định (100%)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="382" />
            <source>&amp;Ghi chú của kế hoạch</source>
            <translation>&amp;Ghi chú của kế hoạch</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="383" />
            <source>Các thông báo dài (lưu ý khi xuất, khi mở tệp nén…) của kế hoạch đang mở.</source>
            <translation>Các thông báo dài (lưu ý khi xuất, khi mở tệp nén…) của kế hoạch đang mở.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="384" />
            <source>&amp;Thời hạn…</source>
            <translation>&amp;Thời hạn…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="385" />
            <source>Cách hiểu thời hạn của dòng đang chọn; ghi ngày sự kiện; đánh dấu đã hoàn thành.</source>
            <translation>Cách hiểu thời hạn của dòng đang chọn; ghi ngày sự kiện; đánh dấu đã hoàn thành.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="386" />
            <source>&amp;Giới thiệu</source>
            <translation>&amp;Giới thiệu</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="400" />
            <source>&amp;Tệp</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="403" />
            <source>Mở &amp;gần đây</source>
            <translation>Mở &amp;gần đây</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="419" />
            <source>&amp;Sửa</source>
            <translation>&amp;Sửa</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="422" />
            <source>&amp;Cấu trúc</source>
            <translation>&amp;Cấu trúc</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="426" />
            <source>&amp;Bảng</source>
            <translation>&amp;Bảng</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="431" />
            <source>&amp;Xem</source>
            <translation>&amp;Xem</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="441" />
            <source>Trợ &amp;giúp</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="443" />
            <source>Công cụ</source>
            <translation>Công cụ</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="447" />
            <source>Mới</source>
            <translation>Mới</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="447" />
            <source>Mở</source>
            <translation>Mở</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="447" />
            <source>Lưu</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="448" />
            <source>Hoàn tác</source>
            <translation>Hoàn tác</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="448" />
            <source>Làm lại</source>
            <translation>Làm lại</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="449" />
            <source>+ Cùng cấp</source>
            <translation>+ Cùng cấp</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="449" />
            <source>+ Cấp con</source>
            <translation>+ Cấp con</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="450" />
            <source>Xóa</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="452" />
            <source>Lịch</source>
            <translation>Lịch</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="498" />
            <source>Chưa mở kế hoạch nào.</source>
            <translation>Chưa mở kế hoạch nào.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="499" />
            <source>Chọn một việc để bắt đầu:</source>
            <translation>Chọn một việc để bắt đầu:</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="506" />
            <source>Ghi chú của kế hoạch</source>
            <translation>Ghi chú của kế hoạch</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="522" />
            <source>(chi tiết: Xem → Ghi chú của kế hoạch)</source>
            <translation>(chi tiết: Xem → Ghi chú của kế hoạch)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="588" />
            <source>“%1” là văn bản Word, không phải tệp kế hoạch. Để lập kế hoạch từ văn bản này, dùng Tệp → Nhập từ Word (.docx)… (Ctrl+Shift+I).</source>
            <translation>“%1” là văn bản Word, không phải tệp kế hoạch. Để lập kế hoạch từ văn bản này, dùng Tệp → Nhập từ Word (.docx)… (Ctrl+Shift+I).</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="591" />
            <source>Nhập văn bản này ngay?</source>
            <translation>Nhập văn bản này ngay?</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="597" />
            <source>“%1” là bảng tính Excel, không phải tệp kế hoạch. Để đưa bảng vào kế hoạch: mở hoặc tạo kế hoạch, chọn phụ lục, chép các ô trong Excel (Ctrl+C) rồi dán vào bảng (Ctrl+V).</source>
            <translation>“%1” là bảng tính Excel, không phải tệp kế hoạch. Để đưa bảng vào kế hoạch: mở hoặc tạo kế hoạch, chọn phụ lục, chép các ô trong Excel (Ctrl+C) rồi dán vào bảng (Ctrl+V).</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="614" />
            <source>Đang mở tệp nén…</source>
            <translation>Đang mở tệp nén…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="617" />
            <source>Đã mở kế hoạch trong tệp nén “%1”.</source>
            <translation>Đã mở kế hoạch trong tệp nén “%1”.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="618" />
            <source>Đã mở kế hoạch trong tệp nén “%1”; bản làm việc: %2. Để gộp với bản của mình, dùng Tệp → Gộp với bản của nơi khác…</source>
            <translation>Đã mở kế hoạch trong tệp nén “%1”; bản làm việc: %2. Để gộp với bản của mình, dùng Tệp → Gộp với bản của nơi khác…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="628" />
            <location filename="../gui/screens.py" line="344" />
            <source>Mở tiếp?</source>
            <translation>Mở tiếp?</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="638" />
            <source>Lần trước chương trình đóng khi chưa ghi xong bản làm việc về ổ USB. Dùng bản làm việc (có các chỉnh sửa mới nhất)?</source>
            <translation>Lần trước chương trình đóng khi chưa ghi xong bản làm việc về ổ USB. Dùng bản làm việc (có các chỉnh sửa mới nhất)?</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="657" />
            <source>Đang mở tệp…</source>
            <translation>Đang mở tệp…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="689" />
            <source>(đang sửa bản làm việc trên máy; Ctrl+S ghi về ổ USB)</source>
            <translation>(đang sửa bản làm việc trên máy; Ctrl+S ghi về ổ USB)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="692" />
            <source>Đã mở</source>
            <translation>Đã mở</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="713" />
            <source>Còn %1 xung đột gộp chưa xử lý: Tệp → Xung đột gộp còn chờ xử lý…</source>
            <translation>Còn %1 xung đột gộp chưa xử lý: Tệp → Xung đột gộp còn chờ xử lý…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="760" />
            <source>Cỡ chữ: %1% (Ctrl+0: mặc định)</source>
            <translation>Cỡ chữ: %1% (Ctrl+0: mặc định)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="797" />
            <source>Bản mẫu (bản sao để xem thử)</source>
            <translation>Bản mẫu (bản sao để xem thử)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="798" />
            <source>Đây là bản sao của một kế hoạch mẫu (năm 2021) để xem thử; tệp mẫu không bị sửa. Để lập kế hoạch của mình: Tệp → Mới từ mẫu…</source>
            <translation>Đây là bản sao của một kế hoạch mẫu (năm 2021) để xem thử; tệp mẫu không bị sửa. Để lập kế hoạch của mình: Tệp → Mới từ mẫu…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="818" />
            <source>(chưa có)</source>
            <translation>(chưa có)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="857" />
            <location filename="../gui/screens.py" line="337" />
            <source>Mở kế hoạch</source>
            <translation>Mở kế hoạch</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="858" />
            <source>Tệp kế hoạch (*.sqlite *.zip);;Mọi tệp (*)</source>
            <translation>Tệp kế hoạch (*.sqlite *.zip);;Mọi tệp (*)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="866" />
            <source>Đã lưu lúc %1</source>
            <translation>Đã lưu lúc %1</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="874" />
            <source>Lưu bản sao thành</source>
            <translation>Lưu bản sao thành</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="875" />
            <source>Tệp kế hoạch (*.sqlite)</source>
            <translation>Tệp kế hoạch (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="880" />
            <source>Bản sao phải có tên khác tệp đang mở.</source>
            <translation>Bản sao phải có tên khác tệp đang mở.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="883" />
            <source>Đang lưu bản sao…</source>
            <translation>Đang lưu bản sao…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="885" />
            <source>Đã lưu bản sao: %1</source>
            <translation>Đã lưu bản sao: %1</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="899" />
            <source>Đang đọc các bản sao lưu…</source>
            <translation>Đang đọc các bản sao lưu…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="906" />
            <source>Không tìm thấy bản sao lưu này.</source>
            <translation>Không tìm thấy bản sao lưu này.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="908" />
            <source>Đang khôi phục…</source>
            <translation>Đang khôi phục…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="910" />
            <source>Bản sao lưu này giống hệt nội dung hiện tại; không có gì thay đổi.</source>
            <translation>Bản sao lưu này giống hệt nội dung hiện tại; không có gì thay đổi.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="919" />
            <source>Đã khôi phục nội dung của bản sao lưu lúc %1.</source>
            <translation>Đã khôi phục nội dung của bản sao lưu lúc %1.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="921" />
            <source>Nội dung ngay trước khi khôi phục đã được sao lưu (lúc %1); muốn quay lại, chọn bản đó trong Tệp → Khôi phục từ bản sao lưu…</source>
            <translation>Nội dung ngay trước khi khôi phục đã được sao lưu (lúc %1); muốn quay lại, chọn bản đó trong Tệp → Khôi phục từ bản sao lưu…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="934" />
            <source>Kế hoạch chưa có phụ lục nào để xuất ra Excel.</source>
            <translation>Kế hoạch chưa có phụ lục nào để xuất ra Excel.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="937" />
            <source>Văn bản Word (*.docx)</source>
            <translation>Văn bản Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="937" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="938" />
            <source>Bảng tính Excel (*.xlsx)</source>
            <translation>Bảng tính Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="939" />
            <source>Xuất</source>
            <translation>Xuất</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="944" />
            <source>Đang xuất…</source>
            <translation>Đang xuất…</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="946" />
            <location filename="../gui/main_window.py" line="957" />
            <source>Đã xuất: %1</source>
            <translation>Đã xuất: %1</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="956" />
            <source>%1 lưu ý trước khi in</source>
            <translation>%1 lưu ý trước khi in</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="957" />
            <source>Lưu ý: %1</source>
            <translation>Lưu ý: %1</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="985" />
            <source>Báo cáo nhập</source>
            <translation>Báo cáo nhập</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1095" />
            <source>Chưa có lịch hạn công việc trong phiên bản này.</source>
            <translation>Chưa có lịch hạn công việc trong phiên bản này.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1142" />
            <source>(F8: lịch hạn)</source>
            <translation>(F8: lịch hạn)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1166" />
            <source>Chọn một dòng nhiệm vụ trong bảng phụ lục để xem thời hạn.</source>
            <translation>Chọn một dòng nhiệm vụ trong bảng phụ lục để xem thời hạn.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1170" />
            <source>Không tìm thấy dòng này.</source>
            <translation>Không tìm thấy dòng này.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1172" />
            <source>Dòng nhóm không có thời hạn; chọn một dòng nhiệm vụ.</source>
            <translation>Dòng nhóm không có thời hạn; chọn một dòng nhiệm vụ.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1180" />
            <source>Đã lưu thời hạn. Ctrl+Z để hoàn tác.</source>
            <translation>Đã lưu thời hạn. Ctrl+Z để hoàn tác.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1195" />
            <source>Đã lưu vào tệp lúc %1</source>
            <translation>Đã lưu vào tệp lúc %1</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1327" />
            <source>Ctrl+Z để hoàn tác.</source>
            <translation>Ctrl+Z để hoàn tác.</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1332" />
            <source>Đã xóa %1 dòng — %2</source>
            <translation>Đã xóa %1 dòng — %2</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1339" />
            <source>(mục không tiêu đề)</source>
            <translation>(mục không tiêu đề)</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1341" />
            <source>Xóa mục “%1” cùng %2 mục con của nó?</source>
            <translation>Xóa mục “%1” cùng %2 mục con của nó?</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1345" />
            <source>Đã xóa mục “%1” và %2 mục con — %3</source>
            <translation>Đã xóa mục “%1” và %2 mục con — %3</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1345" />
            <source>Đã xóa mục “%1” — %3</source>
            <translation>Đã xóa mục “%1” — %3</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1349" />
            <source>Đã xóa khối chữ ký — %1</source>
            <translation>Đã xóa khối chữ ký — %1</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1353" />
            <source>Xóa cả %1 (%2 dòng)?</source>
            <translation>Xóa cả %1 (%2 dòng)?</translation>
        </message>
        <message>
            <location filename="../gui/main_window.py" line="1357" />
            <source>Đã xóa %1 (%2 dòng) — %3</source>
            <translation>Đã xóa %1 (%2 dòng) — %3</translation>
        </message>
        <message>
            <location filename="../gui/screens.py" line="337" />
            <source>Tệp kế hoạch (*.sqlite);;Mọi tệp (*)</source>
            <translation>Tệp kế hoạch (*.sqlite);;Mọi tệp (*)</translation>
        </message>
        <message>
            <source>Mở một tệp kế hoạch (.sqlite, hoặc tệp .zip nhận qua thư)</source>
            <translation type="vanished">Mở một tệp kế hoạch (.sqlite, hoặc tệp .zip nhận qua thư)</translation>
        </message>
        <message>
            <source>Tệp → Mở…</source>
            <translation type="vanished">Tệp → Mở…</translation>
        </message>
        <message>
            <source>Tạo kế hoạch mới từ mẫu</source>
            <translation type="vanished">Tạo kế hoạch mới từ mẫu</translation>
        </message>
        <message>
            <source>Tệp → Mới từ mẫu…</source>
            <translation type="vanished">Tệp → Mới từ mẫu…</translation>
        </message>
        <message>
            <source>Lập kế hoạch từ một văn bản Word</source>
            <translation type="vanished">Lập kế hoạch từ một văn bản Word</translation>
        </message>
        <message>
            <source>Tệp → Nhập từ Word (.docx)…</source>
            <translation type="vanished">Tệp → Nhập từ Word (.docx)…</translation>
        </message>
        <message>
            <source>Đổi dòng nhóm ↔ nhiệm vụ</source>
            <translation type="vanished">Đổi dòng nhóm ↔ nhiệm vụ</translation>
        </message>
        <message>
            <source>Thêm cột…</source>
            <translation type="vanished">Thêm cột…</translation>
        </message>
        <message>
            <source>Thêm phụ lục</source>
            <translation type="vanished">Thêm phụ lục</translation>
        </message>
        <message>
            <source>(Ctrl+L: lịch hạn)</source>
            <translation type="vanished">(Ctrl+L: lịch hạn)</translation>
        </message>
        <message>
            <source>Mở một tệp kế hoạch (Ctrl+O) hoặc tạo mới từ mẫu (Ctrl+N).</source>
            <translation type="vanished">Mở một tệp kế hoạch (Ctrl+O) hoặc tạo mới từ mẫu (Ctrl+N).</translation>
        </message>
        <message>
            <source>Sửa thời hạn</source>
            <translation type="vanished">Sửa thời hạn</translation>
        </message>
        <message>
            <source>Soạn, theo dõi và chia sẻ KẾ HOẠCH theo Nghị định 30/2020/NĐ-CP.

Mọi chỉnh sửa được ghi vào tệp ngay lập tức; Ctrl+Z để hoàn tác.</source>
            <translation type="vanished">Soạn, theo dõi và chia sẻ KẾ HOẠCH theo Nghị định 30/2020/NĐ-CP.

Mọi chỉnh sửa được ghi vào tệp ngay lập tức; Ctrl+Z để hoàn tác.</translation>
        </message>
        <message>
            <source>Đã xóa. Ctrl+Z để hoàn tác.</source>
            <translation type="vanished">Đã xóa. Ctrl+Z để hoàn tác.</translation>
        </message>
        <message>
            <source>Nhập từ Word</source>
            <translation type="vanished">Nhập từ Word</translation>
        </message>
        <message>
            <source>Đang đọc văn bản Word…</source>
            <translation type="vanished">Đang đọc văn bản Word…</translation>
        </message>
        <message>
            <source>Lưu kế hoạch đã nhập</source>
            <translation type="vanished">Lưu kế hoạch đã nhập</translation>
        </message>
    </context>
    <context>
        <name>MainWindowExtras</name>
        <message>
            <location filename="../gui/extras.py" line="48" />
            <source>&amp;In…</source>
            <translation>&amp;In…</translation>
        </message>
        <message>
            <location filename="../gui/extras.py" line="49" />
            <source>Xem trước và in; các trang giống hệt tệp PDF xuất ra.</source>
            <translation>Xem trước và in; các trang giống hệt tệp PDF xuất ra.</translation>
        </message>
        <message>
            <location filename="../gui/extras.py" line="50" />
            <source>&amp;Cài đặt…</source>
            <translation>&amp;Cài đặt…</translation>
        </message>
        <message>
            <location filename="../gui/extras.py" line="51" />
            <source>&amp;Hướng dẫn sử dụng</source>
            <translation>&amp;Hướng dẫn sử dụng</translation>
        </message>
        <message>
            <location filename="../gui/extras.py" line="89" />
            <source>Đang chuẩn bị bản in…</source>
            <translation>Đang chuẩn bị bản in…</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="68" />
            <source>Gộp bản sao — xử lý xung đột</source>
            <translation>Gộp bản sao — xử lý xung đột</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="82" />
            <source>Vị trí</source>
            <translation>Vị trí</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="82" />
            <source>Nội dung</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="82" />
            <location filename="../gui/dialogs/merge_dialog.py" line="125" />
            <source>Bản của mình</source>
            <translation>Bản của mình</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="83" />
            <location filename="../gui/dialogs/merge_dialog.py" line="125" />
            <source>Bản nhận về</source>
            <translation>Bản nhận về</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="83" />
            <source>Chọn</source>
            <translation>Chọn</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="101" />
            <source>— Chưa chọn —</source>
            <translation>— Chưa chọn —</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="103" />
            <source>Giữ lại</source>
            <translation>Giữ lại</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="104" />
            <source>Xóa</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="106" />
            <source>Giữ bản của mình</source>
            <translation>Giữ bản của mình</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="107" />
            <source>Lấy bản nhận về</source>
            <translation>Lấy bản nhận về</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="109" />
            <source>Tự sửa…</source>
            <translation>Tự sửa…</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="123" />
            <source>Chọn “Tự sửa…” để nhập nội dung thống nhất</source>
            <translation>Chọn “Tự sửa…” để nhập nội dung thống nhất</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="126" />
            <source>Nội dung thống nhất</source>
            <translation>Nội dung thống nhất</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="135" />
            <source>Áp dụng</source>
            <translation>Áp dụng</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="136" />
            <source>Tất cả: bản của mình</source>
            <translation>Tất cả: bản của mình</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="137" />
            <source>Tất cả: bản nhận về</source>
            <translation>Tất cả: bản nhận về</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="138" />
            <source>Để sau</source>
            <translation>Để sau</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="159" />
            <source>Đã gộp bản “%1”: %2 thay đổi lấy từ bản nhận về, %3 dòng/mục thêm, %4 xóa, %5 kết hợp hai bên.</source>
            <translation>Đã gộp bản “%1”: %2 thay đổi lấy từ bản nhận về, %3 dòng/mục thêm, %4 xóa, %5 kết hợp hai bên.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="165" />
            <source>Còn %1 xung đột: cùng một chỗ được sửa khác nhau ở hai nơi. Hãy chọn cho từng dòng rồi bấm “Áp dụng”; dòng chưa chọn được giữ lại để xử lý sau.</source>
            <translation>Còn %1 xung đột: cùng một chỗ được sửa khác nhau ở hai nơi. Hãy chọn cho từng dòng rồi bấm “Áp dụng”; dòng chưa chọn được giữ lại để xử lý sau.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="168" />
            <source>Không có xung đột.</source>
            <translation>Không có xung đột.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="242" />
            <source>Đã áp dụng %1 lựa chọn.</source>
            <translation>Đã áp dụng %1 lựa chọn.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="243" />
            <source>Còn %1 xung đột chờ xử lý: Tệp → Xung đột gộp còn chờ xử lý…</source>
            <translation>Còn %1 xung đột chờ xử lý: Tệp → Xung đột gộp còn chờ xử lý…</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/merge_dialog.py" line="244" />
            <source>Không còn xung đột nào.</source>
            <translation>Không còn xung đột nào.</translation>
        </message>
        <message>
            <source>Xoá</source>
            <translation type="vanished">Xoá</translation>
        </message>
        <message>
            <source>Đã gộp bản “%1”: %2 thay đổi lấy từ bản nhận về, %3 dòng/mục thêm, %4 xoá, %5 kết hợp hai bên.</source>
            <translation type="vanished">Đã gộp bản “%1”: %2 thay đổi lấy từ bản nhận về, %3 dòng/mục thêm, %4 xoá, %5 kết hợp hai bên.</translation>
        </message>
        <message>
            <source>Còn %1 xung đột: cùng một chỗ được sửa khác nhau ở hai nơi. Tệp đang tạm giữ bản của mình; hãy chọn cho từng dòng rồi bấm “Áp dụng”.</source>
            <translation type="vanished">Còn %1 xung đột: cùng một chỗ được sửa khác nhau ở hai nơi. Tệp đang tạm giữ bản của mình; hãy chọn cho từng dòng rồi bấm “Áp dụng”.</translation>
        </message>
    </context>
    <context>
        <name>NewPlanDialog</name>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="42" />
            <source>Kế hoạch mới từ mẫu</source>
            <translation>Kế hoạch mới từ mẫu</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="49" />
            <source>Mẫu:</source>
            <translation>Mẫu:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="51" />
            <source>ví dụ: xã Thanh Thủy</source>
            <translation>ví dụ: xã Thanh Thủy</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="52" />
            <source>Đơn vị ban hành (UBND …):</source>
            <translation>Đơn vị ban hành (UBND …):</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="54" />
            <source>ví dụ: Vị Xuyên</source>
            <translation>ví dụ: Vị Xuyên</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="55" />
            <source>Địa danh:</source>
            <translation>Địa danh:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="57" />
            <source>Năm/giai đoạn:</source>
            <translation>Năm/giai đoạn:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="62" />
            <source>Chọn…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="65" />
            <source>Lưu tại:</source>
            <translation>Lưu tại:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="68" />
            <source>Tạo</source>
            <translation>Tạo</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="69" />
            <source>Hủy</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="81" />
            <source>Lưu kế hoạch mới</source>
            <translation>Lưu kế hoạch mới</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="82" />
            <source>Tệp kế hoạch (*.sqlite)</source>
            <translation>Tệp kế hoạch (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="106" />
            <source>Thư mục “%1” không có; chọn nơi lưu khác.</source>
            <translation>Thư mục “%1” không có; chọn nơi lưu khác.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="115" />
            <source>Tệp “%1” đang mở trong cửa sổ này; chọn tên khác cho kế hoạch mới.</source>
            <translation>Tệp “%1” đang mở trong cửa sổ này; chọn tên khác cho kế hoạch mới.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="121" />
            <source>Tệp “%1” đã có. Ghi đè bằng kế hoạch mới? Nội dung cũ của tệp sẽ mất.</source>
            <translation>Tệp “%1” đã có. Ghi đè bằng kế hoạch mới? Nội dung cũ của tệp sẽ mất.</translation>
        </message>
        <message>
            <location filename="../gui/i18n.py" line="38" />
            <source>PAPI — Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh</source>
            <translation>PAPI — Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh</translation>
        </message>
        <message>
            <location filename="../gui/i18n.py" line="39" />
            <source>PAR INDEX — Chỉ số cải cách hành chính</source>
            <translation>PAR INDEX — Chỉ số cải cách hành chính</translation>
        </message>
        <message>
            <location filename="../gui/i18n.py" line="40" />
            <source>SIPAS — Chỉ số hài lòng về sự phục vụ hành chính</source>
            <translation>SIPAS — Chỉ số hài lòng về sự phục vụ hành chính</translation>
        </message>
        <message>
            <location filename="../gui/i18n.py" line="41" />
            <source>Kế hoạch trống</source>
            <translation>Kế hoạch trống</translation>
        </message>
        <message>
            <source>ví dụ: xã Thanh Thủy (từ 01/7/2025 không còn cấp huyện)</source>
            <translation type="vanished">ví dụ: xã Thanh Thủy (từ 01/7/2025 không còn cấp huyện)</translation>
        </message>
        <message>
            <source>ví dụ: huyện Vị Xuyên</source>
            <translation type="vanished">ví dụ: huyện Vị Xuyên</translation>
        </message>
    </context>
    <context>
        <name>NextYear</name>
        <message>
            <location filename="../gui/next_year.py" line="25" />
            <source>Lập kế hoạch &amp;năm sau từ kế hoạch này…</source>
            <translation>Lập kế hoạch &amp;năm sau từ kế hoạch này…</translation>
        </message>
        <message>
            <location filename="../gui/next_year.py" line="26" />
            <source>Chép kế hoạch đang mở thành kế hoạch mới cho năm sau: lùi năm, xóa số và ngày ban hành, giữ nhiệm vụ để sửa; kế hoạch cũ không bị thay đổi.</source>
            <translation>Chép kế hoạch đang mở thành kế hoạch mới cho năm sau: lùi năm, xóa số và ngày ban hành, giữ nhiệm vụ để sửa; kế hoạch cũ không bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../gui/next_year.py" line="62" />
            <source>Lưu kế hoạch năm sau</source>
            <translation>Lưu kế hoạch năm sau</translation>
        </message>
        <message>
            <location filename="../gui/next_year.py" line="63" />
            <source>Tệp kế hoạch (*.sqlite)</source>
            <translation>Tệp kế hoạch (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../gui/next_year.py" line="70" />
            <source>Kế hoạch năm sau phải được lưu thành tệp khác tệp đang mở.</source>
            <translation>Kế hoạch năm sau phải được lưu thành tệp khác tệp đang mở.</translation>
        </message>
        <message>
            <location filename="../gui/next_year.py" line="74" />
            <source>Kế hoạch năm sau</source>
            <translation>Kế hoạch năm sau</translation>
        </message>
        <message>
            <location filename="../gui/next_year.py" line="75" />
            <source>Đã lập kế hoạch năm %1: %2</source>
            <translation>Đã lập kế hoạch năm %1: %2</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <location filename="../gui/calendar/notice.py" line="45" />
            <source>Xem lịch hạn</source>
            <translation>Xem lịch hạn</translation>
        </message>
        <message>
            <location filename="../gui/calendar/notice.py" line="49" />
            <source>Đóng thông báo</source>
            <translation>Đóng thông báo</translation>
        </message>
        <message>
            <source>… (xem đủ trong lịch hạn, F8)</source>
            <translation type="vanished">… (xem đủ trong lịch hạn, F8)</translation>
        </message>
        <message>
            <source>… (xem đủ trong lịch hạn, Ctrl+L)</source>
            <translation type="vanished">… (xem đủ trong lịch hạn, Ctrl+L)</translation>
        </message>
    </context>
    <context>
        <name>PlanCheckPanel</name>
        <message>
            <location filename="../gui/plan_check.py" line="35" />
            <source>Kiểm tra trước khi in</source>
            <translation>Kiểm tra trước khi in</translation>
        </message>
        <message>
            <location filename="../gui/plan_check.py" line="48" />
            <source>Ở đâu</source>
            <translation>Ở đâu</translation>
        </message>
        <message>
            <location filename="../gui/plan_check.py" line="48" />
            <source>Vấn đề</source>
            <translation>Vấn đề</translation>
        </message>
        <message>
            <location filename="../gui/plan_check.py" line="54" />
            <source>Đi tới</source>
            <translation>Đi tới</translation>
        </message>
        <message>
            <location filename="../gui/plan_check.py" line="56" />
            <source>Áp dụng gợi ý</source>
            <translation>Áp dụng gợi ý</translation>
        </message>
        <message>
            <location filename="../gui/plan_check.py" line="57" />
            <source>Ghi giá trị được gợi ý (có thể hoàn tác bằng Ctrl+Z).</source>
            <translation>Ghi giá trị được gợi ý (có thể hoàn tác bằng Ctrl+Z).</translation>
        </message>
        <message>
            <location filename="../gui/plan_check.py" line="59" />
            <source>Kiểm tra lại</source>
            <translation>Kiểm tra lại</translation>
        </message>
        <message>
            <location filename="../gui/plan_check.py" line="80" />
            <source>Không còn vấn đề nào: kế hoạch sẵn sàng để in.</source>
            <translation>Không còn vấn đề nào: kế hoạch sẵn sàng để in.</translation>
        </message>
        <message>
            <location filename="../gui/plan_check.py" line="199" />
            <source>In kế hoạch</source>
            <translation>In kế hoạch</translation>
        </message>
        <message>
            <location filename="../gui/plan_check.py" line="200" />
            <source>Vẫn in? (Chọn “Không” để xem danh sách và sửa trước.)</source>
            <translation>Vẫn in? (Chọn “Không” để xem danh sách và sửa trước.)</translation>
        </message>
        <message>
            <location filename="../gui/plan_check.py" line="209" />
            <source>Kiểm tra kế hoạch t&amp;rước khi in</source>
            <translation>Kiểm tra kế hoạch t&amp;rước khi in</translation>
        </message>
        <message>
            <location filename="../gui/plan_check.py" line="211" />
            <source>Danh sách những chỗ còn thiếu hoặc sai so với Nghị định 30/2020, mỗi chỗ bấm là tới.</source>
            <translation>Danh sách những chỗ còn thiếu hoặc sai so với Nghị định 30/2020, mỗi chỗ bấm là tới.</translation>
        </message>
    </context>
    <context>
        <name>PlanTreeModel</name>
        <message>
            <location filename="../gui/models/tree_model.py" line="138" />
            <source>Đầu văn bản: %1</source>
            <translation>Đầu văn bản: %1</translation>
        </message>
        <message>
            <location filename="../gui/models/tree_model.py" line="144" />
            <source>(chưa có tiêu đề)</source>
            <translation>(chưa có tiêu đề)</translation>
        </message>
        <message>
            <location filename="../gui/models/tree_model.py" line="151" />
            <source>Chữ ký</source>
            <translation>Chữ ký</translation>
        </message>
        <message>
            <location filename="../gui/models/tree_model.py" line="159" />
            <source>Nơi nhận (%1)</source>
            <translation>Nơi nhận (%1)</translation>
        </message>
    </context>
    <context>
        <name>PlansPage</name>
        <message>
            <location filename="../gui/plans_page.py" line="73" />
            <source>Các kế hoạch</source>
            <translation>Các kế hoạch</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="83" />
            <source>Thêm thư mục…</source>
            <translation>Thêm thư mục…</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="86" />
            <source>Cập nhật</source>
            <translation>Cập nhật</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="92" />
            <source>Năm</source>
            <translation>Năm</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="92" />
            <source>Số</source>
            <translation>Số</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="92" />
            <source>Trích yếu</source>
            <translation>Trích yếu</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="92" />
            <source>Cơ quan</source>
            <translation>Cơ quan</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="92" />
            <location filename="../gui/plans_page.py" line="98" />
            <source>Đến hạn tuần này</source>
            <translation>Đến hạn tuần này</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="93" />
            <source>Quá hạn</source>
            <translation>Quá hạn</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="93" />
            <location filename="../gui/plans_page.py" line="108" />
            <source>Tệp</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="95" />
            <location filename="../gui/plans_page.py" line="96" />
            <source>Kế hoạch</source>
            <translation>Kế hoạch</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="96" />
            <source>Hạn</source>
            <translation>Hạn</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="96" />
            <source>TT</source>
            <translation>TT</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="96" />
            <source>Nhiệm vụ</source>
            <translation>Nhiệm vụ</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="96" />
            <source>Chủ trì</source>
            <translation>Chủ trì</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="103" />
            <source>Tìm trong mọi kế hoạch, ví dụ: uy ban mttq</source>
            <translation>Tìm trong mọi kế hoạch, ví dụ: uy ban mttq</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="108" />
            <source>Vị trí</source>
            <translation>Vị trí</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="108" />
            <source>Nội dung</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="111" />
            <source>Tìm trong mọi kế hoạch</source>
            <translation>Tìm trong mọi kế hoạch</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="147" />
            <source>Đang đọc các kế hoạch…</source>
            <translation>Đang đọc các kế hoạch…</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="206" />
            <source>Đến hạn tuần này (%1)</source>
            <translation>Đến hạn tuần này (%1)</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="207" />
            <source>Kế hoạch (%1)</source>
            <translation>Kế hoạch (%1)</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="225" />
            <source>%1 kết quả trong %2 tệp</source>
            <translation>%1 kết quả trong %2 tệp</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="238" />
            <source>Chọn thư mục chứa kế hoạch</source>
            <translation>Chọn thư mục chứa kế hoạch</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="250" />
            <source>Các &amp;kế hoạch (mọi thư mục)</source>
            <translation>Các &amp;kế hoạch (mọi thư mục)</translation>
        </message>
        <message>
            <location filename="../gui/plans_page.py" line="252" />
            <source>Mọi kế hoạch trong các thư mục đã chọn: việc đến hạn, quá hạn; tìm trong tất cả.</source>
            <translation>Mọi kế hoạch trong các thư mục đã chọn: việc đến hạn, quá hạn; tìm trong tất cả.</translation>
        </message>
    </context>
    <context>
        <name>PrintJob</name>
        <message>
            <source>Xem trước khi in</source>
            <translation type="vanished">Xem trước khi in</translation>
        </message>
    </context>
    <context>
        <name>Progress</name>
        <message>
            <location filename="../gui/progress.py" line="34" />
            <source>Phiếu cập nhật &amp;tiến độ…</source>
            <translation>Phiếu cập nhật &amp;tiến độ…</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="35" />
            <source>Lập cho mỗi cơ quan chủ trì một tệp Excel chỉ gồm nhiệm vụ của cơ quan đó để điền tiến độ.</source>
            <translation>Lập cho mỗi cơ quan chủ trì một tệp Excel chỉ gồm nhiệm vụ của cơ quan đó để điền tiến độ.</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="37" />
            <source>&amp;Nhập phiếu tiến độ…</source>
            <translation>&amp;Nhập phiếu tiến độ…</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="38" />
            <source>Đọc các phiếu tiến độ đã điền vào kế hoạch (xem trước; một bước hoàn tác).</source>
            <translation>Đọc các phiếu tiến độ đã điền vào kế hoạch (xem trước; một bước hoàn tác).</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="39" />
            <source>&amp;Báo cáo kết quả thực hiện…</source>
            <translation>&amp;Báo cáo kết quả thực hiện…</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="40" />
            <source>Lập báo cáo kết quả thực hiện kế hoạch theo kỳ (Word hoặc PDF).</source>
            <translation>Lập báo cáo kết quả thực hiện kế hoạch theo kỳ (Word hoặc PDF).</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="41" />
            <source>&amp;Xem tiến độ thực hiện…</source>
            <translation>&amp;Xem tiến độ thực hiện…</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="42" />
            <source>Biểu đồ hoàn thành theo nhóm nhiệm vụ và theo cơ quan chủ trì; danh sách nhiệm vụ quá hạn.</source>
            <translation>Biểu đồ hoàn thành theo nhóm nhiệm vụ và theo cơ quan chủ trì; danh sách nhiệm vụ quá hạn.</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="99" />
            <source>Kỳ báo cáo (số liệu chốt theo ngày ghi trong kế hoạch, mặc định ngày 15 theo Nghị định 09/2019):</source>
            <translation>Kỳ báo cáo (số liệu chốt theo ngày ghi trong kế hoạch, mặc định ngày 15 theo Nghị định 09/2019):</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="111" />
            <source>Phiếu cập nhật tiến độ</source>
            <translation>Phiếu cập nhật tiến độ</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="117" />
            <source>Thư mục ghi phiếu</source>
            <translation>Thư mục ghi phiếu</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="121" />
            <source>Đã lập %1 phiếu tiến độ trong %2</source>
            <translation>Đã lập %1 phiếu tiến độ trong %2</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="137" />
            <source>Chọn các phiếu tiến độ đã điền</source>
            <translation>Chọn các phiếu tiến độ đã điền</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="138" />
            <source>Bảng tính Excel (*.xlsx)</source>
            <translation>Bảng tính Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="146" />
            <source>Các phiếu không mang thay đổi nào.</source>
            <translation>Các phiếu không mang thay đổi nào.</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="156" />
            <source>Đã nhập tiến độ của %1 nhiệm vụ (Hoàn tác: Ctrl+Z)</source>
            <translation>Đã nhập tiến độ của %1 nhiệm vụ (Hoàn tác: Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="162" />
            <location filename="../gui/progress.py" line="174" />
            <source>Nhập phiếu tiến độ</source>
            <translation>Nhập phiếu tiến độ</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="163" />
            <source>Nhập các thay đổi dưới đây vào kế hoạch?</source>
            <translation>Nhập các thay đổi dưới đây vào kế hoạch?</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="190" />
            <source>Nội dung báo cáo kỳ %1</source>
            <translation>Nội dung báo cáo kỳ %1</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="193" />
            <source>Số liệu, danh sách nhiệm vụ và đề xuất của các cơ quan được lập tự động từ tiến độ; phần văn thư viết dưới đây được lưu trong tệp kế hoạch và giữ nguyên khi lập lại báo cáo. Dòng bắt đầu bằng “- ” là một gạch đầu dòng.</source>
            <translation>Số liệu, danh sách nhiệm vụ và đề xuất của các cơ quan được lập tự động từ tiến độ; phần văn thư viết dưới đây được lưu trong tệp kế hoạch và giữ nguyên khi lập lại báo cáo. Dòng bắt đầu bằng “- ” là một gạch đầu dòng.</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="200" />
            <source>Ngày chốt số liệu hằng kỳ (15 theo Nghị định 09/2019; 1 = theo tháng dương lịch):</source>
            <translation>Ngày chốt số liệu hằng kỳ (15 theo Nghị định 09/2019; 1 = theo tháng dương lịch):</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="211" />
            <source>số liệu từ %1 đến %2</source>
            <translation>số liệu từ %1 đến %2</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="217" />
            <source>I. Công tác lãnh đạo, chỉ đạo, điều hành</source>
            <translation>I. Công tác lãnh đạo, chỉ đạo, điều hành</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="217" />
            <source>III. Đánh giá chung</source>
            <translation>III. Đánh giá chung</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="217" />
            <source>IV. Phương hướng, nhiệm vụ kỳ tới (thêm vào các nhiệm vụ đến hạn)</source>
            <translation>IV. Phương hướng, nhiệm vụ kỳ tới (thêm vào các nhiệm vụ đến hạn)</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="217" />
            <source>V. Đề xuất, kiến nghị (thêm vào đề xuất của các cơ quan)</source>
            <translation>V. Đề xuất, kiến nghị (thêm vào đề xuất của các cơ quan)</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="252" />
            <source>Báo cáo kết quả thực hiện</source>
            <translation>Báo cáo kết quả thực hiện</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="269" />
            <source>Văn bản Word (*.docx)</source>
            <translation>Văn bản Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="269" />
            <source>PDF để in (*.pdf)</source>
            <translation>PDF để in (*.pdf)</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="270" />
            <source>Lưu báo cáo</source>
            <translation>Lưu báo cáo</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="278" />
            <source>Đang lập báo cáo…</source>
            <translation>Đang lập báo cáo…</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="282" />
            <source>Đã lập báo cáo: %1</source>
            <translation>Đã lập báo cáo: %1</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="306" />
            <source>Tiến độ thực hiện kế hoạch</source>
            <translation>Tiến độ thực hiện kế hoạch</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="310" />
            <source>Kỳ báo cáo:</source>
            <translation>Kỳ báo cáo:</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="334" />
            <source>Nhiệm vụ quá hạn tại mốc số liệu:</source>
            <translation>Nhiệm vụ quá hạn tại mốc số liệu:</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="335" />
            <source>Chỉ nhiệm vụ quá hạn</source>
            <translation>Chỉ nhiệm vụ quá hạn</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="340" />
            <source>Sửa tiến độ nhiệm vụ…</source>
            <translation>Sửa tiến độ nhiệm vụ…</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="349" />
            <source>TT</source>
            <translation>TT</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="349" />
            <source>Nhiệm vụ</source>
            <translation>Nhiệm vụ</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="349" />
            <source>Cơ quan chủ trì</source>
            <translation>Cơ quan chủ trì</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="349" />
            <source>Thời hạn</source>
            <translation>Thời hạn</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="350" />
            <source>Tiến độ</source>
            <translation>Tiến độ</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="377" />
            <source>Theo nhóm nhiệm vụ (phụ lục)</source>
            <translation>Theo nhóm nhiệm vụ (phụ lục)</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="378" />
            <source>Theo cơ quan chủ trì</source>
            <translation>Theo cơ quan chủ trì</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="417" />
            <source>Tiến độ nhiệm vụ</source>
            <translation>Tiến độ nhiệm vụ</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="422" />
            <source>Tiến độ tính từ ngày tháng:</source>
            <translation>Tiến độ tính từ ngày tháng:</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="426" />
            <source>ngày/tháng/năm</source>
            <translation>ngày/tháng/năm</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="428" />
            <source>(theo ngày tháng)</source>
            <translation>(theo ngày tháng)</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="433" />
            <source>Kết quả thực hiện:</source>
            <translation>Kết quả thực hiện:</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="434" />
            <source>Khó khăn, đề xuất:</source>
            <translation>Khó khăn, đề xuất:</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="435" />
            <source>Ngày hoàn thành:</source>
            <translation>Ngày hoàn thành:</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="436" />
            <source>Văn thư đặt tiến độ:</source>
            <translation>Văn thư đặt tiến độ:</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="437" />
            <source>Lý do:</source>
            <translation>Lý do:</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="448" />
            <source>“%1” không phải ngày (ngày/tháng/năm).</source>
            <translation>“%1” không phải ngày (ngày/tháng/năm).</translation>
        </message>
        <message>
            <location filename="../gui/progress.py" line="452" />
            <source>Đặt tiến độ thay cho tiến độ tính từ ngày tháng cần ghi lý do.</source>
            <translation>Đặt tiến độ thay cho tiến độ tính từ ngày tháng cần ghi lý do.</translation>
        </message>
        <message>
            <source>Lập báo cáo kết quả thực hiện kế hoạch theo kỳ (Word).</source>
            <translation type="vanished">Lập báo cáo kết quả thực hiện kế hoạch theo kỳ (Word).</translation>
        </message>
        <message>
            <source>Kỳ báo cáo (mốc số liệu ngày 15 đến ngày 14 theo Nghị định 09/2019):</source>
            <translation type="vanished">Kỳ báo cáo (mốc số liệu ngày 15 đến ngày 14 theo Nghị định 09/2019):</translation>
        </message>
    </context>
    <context>
        <name>RecipientsEditor</name>
        <message>
            <location filename="../gui/editors/forms.py" line="513" />
            <source>Nơi nhận</source>
            <translation>Nơi nhận</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="514" />
            <source>Mỗi dòng một nơi nhận, viết như khi in (ví dụ: “- Như trên;”, “- Lưu: VT.”):</source>
            <translation>Mỗi dòng một nơi nhận, viết như khi in (ví dụ: “- Như trên;”, “- Lưu: VT.”):</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../gui/dialogs/restore_dialog.py" line="25" />
            <source>Khôi phục từ bản sao lưu</source>
            <translation>Khôi phục từ bản sao lưu</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/restore_dialog.py" line="28" />
            <source>Chọn bản sao lưu để đưa kế hoạch về đúng nội dung lúc đó. Trước khi khôi phục, nội dung hiện tại được sao lưu thêm một bản, nên có thể quay lại bất cứ lúc nào bằng chính hộp thoại này.</source>
            <translation>Chọn bản sao lưu để đưa kế hoạch về đúng nội dung lúc đó. Trước khi khôi phục, nội dung hiện tại được sao lưu thêm một bản, nên có thể quay lại bất cứ lúc nào bằng chính hộp thoại này.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/restore_dialog.py" line="35" />
            <source>Thời điểm sao lưu</source>
            <translation>Thời điểm sao lưu</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/restore_dialog.py" line="35" />
            <source>Kích thước</source>
            <translation>Kích thước</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/restore_dialog.py" line="35" />
            <source>Nội dung</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/restore_dialog.py" line="48" />
            <source>Chưa có bản sao lưu nào của tệp này (chương trình tự sao lưu khi mở tệp và mười phút một lần khi có chỉnh sửa).</source>
            <translation>Chưa có bản sao lưu nào của tệp này (chương trình tự sao lưu khi mở tệp và mười phút một lần khi có chỉnh sửa).</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/restore_dialog.py" line="51" />
            <source>Khôi phục bản này</source>
            <translation>Khôi phục bản này</translation>
        </message>
    </context>
    <context>
        <name>SectionEditor</name>
        <message>
            <location filename="../gui/editors/forms.py" line="328" />
            <source>Tiêu đề mục (để trống nếu mục chỉ có đoạn văn)</source>
            <translation>Tiêu đề mục (để trống nếu mục chỉ có đoạn văn)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="341" />
            <source>Đoạn kết của mục (in sau các mục con):</source>
            <translation>Đoạn kết của mục (in sau các mục con):</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="367" />
            <source>Cấp: </source>
            <translation>Cấp: </translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="367" />
            <source>Phần (A, B, C…)</source>
            <translation>Phần (A, B, C…)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="367" />
            <source>Mục (I, II, III…)</source>
            <translation>Mục (I, II, III…)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="367" />
            <source>Khoản (1, 2, 3…)</source>
            <translation>Khoản (1, 2, 3…)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="367" />
            <source>Điểm (a, b, c…)</source>
            <translation>Điểm (a, b, c…)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="368" />
            <source> — số thứ tự tự tính theo vị trí</source>
            <translation> — số thứ tự tự tính theo vị trí</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="377" />
            <source>Mục con: </source>
            <translation>Mục con: </translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="379" />
            <source>Chưa có mục con (Ctrl+Shift+Enter để thêm).</source>
            <translation>Chưa có mục con (Ctrl+Shift+Enter để thêm).</translation>
        </message>
    </context>
    <context>
        <name>SendCopy</name>
        <message>
            <location filename="../gui/send_copy.py" line="26" />
            <source>&amp;Gửi bản sao (USB, thư điện tử)…</source>
            <translation>&amp;Gửi bản sao (USB, thư điện tử)…</translation>
        </message>
        <message>
            <location filename="../gui/send_copy.py" line="27" />
            <source>Ghi một tệp gọn, đặt tên theo kế hoạch, để chép vào USB hoặc đính kèm thư; nơi nhận sửa xong gửi lại thì dùng Tệp → Gộp.</source>
            <translation>Ghi một tệp gọn, đặt tên theo kế hoạch, để chép vào USB hoặc đính kèm thư; nơi nhận sửa xong gửi lại thì dùng Tệp → Gộp.</translation>
        </message>
        <message>
            <location filename="../gui/send_copy.py" line="69" />
            <source>Tệp nén để gửi thư (*.zip)</source>
            <translation>Tệp nén để gửi thư (*.zip)</translation>
        </message>
        <message>
            <location filename="../gui/send_copy.py" line="69" />
            <source>Tệp kế hoạch (*.sqlite)</source>
            <translation>Tệp kế hoạch (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../gui/send_copy.py" line="72" />
            <source>Gửi bản sao</source>
            <translation>Gửi bản sao</translation>
        </message>
        <message>
            <location filename="../gui/send_copy.py" line="82" />
            <source>Bản sao phải có tên khác tệp đang mở.</source>
            <translation>Bản sao phải có tên khác tệp đang mở.</translation>
        </message>
        <message>
            <location filename="../gui/send_copy.py" line="86" />
            <source>Đang tạo bản sao để gửi…</source>
            <translation>Đang tạo bản sao để gửi…</translation>
        </message>
        <message>
            <location filename="../gui/send_copy.py" line="91" />
            <source>Đã tạo bản sao để gửi: %1 (%2 KB)</source>
            <translation>Đã tạo bản sao để gửi: %1 (%2 KB)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="35" />
            <location filename="../gui/dialogs/settings_dialog.py" line="201" />
            <location filename="../gui/dialogs/settings_dialog.py" line="204" />
            <source>Cài đặt</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="41" />
            <source>Tiếng Việt</source>
            <translation>Tiếng Việt</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="42" />
            <source>Tiếng Anh</source>
            <translation>Tiếng Anh</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="44" />
            <source>Ngôn ngữ giao diện:</source>
            <translation>Ngôn ngữ giao diện:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="47" />
            <source>Thông tin mặc định cho kế hoạch mới</source>
            <translation>Thông tin mặc định cho kế hoạch mới</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="50" />
            <source>Cơ quan:</source>
            <translation>Cơ quan:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="53" />
            <source>Thêm cơ quan…</source>
            <translation>Thêm cơ quan…</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="56" />
            <source>Xóa</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="61" />
            <source>Chưa có cơ quan nào. Bấm “Thêm cơ quan…” và đặt tên (ví dụ: UBND xã Thanh Thủy) để nhập các thông tin dưới đây.</source>
            <translation>Chưa có cơ quan nào. Bấm “Thêm cơ quan…” và đặt tên (ví dụ: UBND xã Thanh Thủy) để nhập các thông tin dưới đây.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="70" />
            <source>ví dụ: Xã Thanh Thủy</source>
            <translation>ví dụ: Xã Thanh Thủy</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="71" />
            <source>Đơn vị ban hành:</source>
            <translation>Đơn vị ban hành:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="73" />
            <source>(nếu có) ví dụ: UBND TỈNH HÀ GIANG</source>
            <translation>(nếu có) ví dụ: UBND TỈNH HÀ GIANG</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="74" />
            <source>Cơ quan chủ quản:</source>
            <translation>Cơ quan chủ quản:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="77" />
            <source>Chữ viết tắt tên cơ quan:</source>
            <translation>Chữ viết tắt tên cơ quan:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="79" />
            <source>ví dụ: Vị Xuyên</source>
            <translation>ví dụ: Vị Xuyên</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="80" />
            <source>Địa danh:</source>
            <translation>Địa danh:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="82" />
            <source>(theo mẫu)</source>
            <translation>(theo mẫu)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="82" />
            <source>TM. (thay mặt tập thể)</source>
            <translation>TM. (thay mặt tập thể)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="82" />
            <source>KT. (ký thay)</source>
            <translation>KT. (ký thay)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="83" />
            <source>Q. (quyền)</source>
            <translation>Q. (quyền)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="83" />
            <source>TL. (thừa lệnh)</source>
            <translation>TL. (thừa lệnh)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="83" />
            <source>TUQ. (thừa ủy quyền)</source>
            <translation>TUQ. (thừa ủy quyền)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="86" />
            <source>Quyền hạn ký:</source>
            <translation>Quyền hạn ký:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="88" />
            <source>ví dụ: ỦY BAN NHÂN DÂN</source>
            <translation>ví dụ: ỦY BAN NHÂN DÂN</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="89" />
            <source>Tập thể:</source>
            <translation>Tập thể:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="91" />
            <source>Mỗi dòng một chức vụ, ví dụ: CHỦ TỊCH</source>
            <translation>Mỗi dòng một chức vụ, ví dụ: CHỦ TỊCH</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="93" />
            <source>Chức vụ người ký:</source>
            <translation>Chức vụ người ký:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="95" />
            <source>Họ và tên người ký:</source>
            <translation>Họ và tên người ký:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="97" />
            <source>Mỗi dòng một nơi nhận, ví dụ: - Như trên;</source>
            <translation>Mỗi dòng một nơi nhận, ví dụ: - Như trên;</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="99" />
            <source>Nơi nhận:</source>
            <translation>Nơi nhận:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="101" />
            <source>(chưa chọn)</source>
            <translation>(chưa chọn)</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="102" />
            <source>Kiểu cũ: hòa, thúy, Ủy ban</source>
            <translation>Kiểu cũ: hòa, thúy, Ủy ban</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="103" />
            <source>Kiểu mới: hoà, thuý, Uỷ ban</source>
            <translation>Kiểu mới: hoà, thuý, Uỷ ban</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="104" />
            <source>Kiểu Sửa → Thống nhất cách đặt dấu thanh đề xuất cho kế hoạch của cơ quan.</source>
            <translation>Kiểu Sửa → Thống nhất cách đặt dấu thanh đề xuất cho kế hoạch của cơ quan.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="105" />
            <source>Cách đặt dấu thanh:</source>
            <translation>Cách đặt dấu thanh:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="107" />
            <source>Ô để trống thì giữ nội dung của mẫu.</source>
            <translation>Ô để trống thì giữ nội dung của mẫu.</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="112" />
            <source>Cài đặt được lưu tại: %1</source>
            <translation>Cài đặt được lưu tại: %1</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="117" />
            <source>Lưu</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="118" />
            <source>Hủy</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="171" />
            <source>Thêm cơ quan</source>
            <translation>Thêm cơ quan</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="171" />
            <source>Tên cơ quan:</source>
            <translation>Tên cơ quan:</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="201" />
            <source>Không lưu được cài đặt: %1</source>
            <translation>Không lưu được cài đặt: %1</translation>
        </message>
        <message>
            <location filename="../gui/dialogs/settings_dialog.py" line="205" />
            <source>Ngôn ngữ mới được dùng từ lần mở chương trình sau.</source>
            <translation>Ngôn ngữ mới được dùng từ lần mở chương trình sau.</translation>
        </message>
        <message>
            <source>ví dụ: Huyện Vị Xuyên</source>
            <translation type="vanished">ví dụ: Huyện Vị Xuyên</translation>
        </message>
    </context>
    <context>
        <name>SignerEditor</name>
        <message>
            <location filename="../gui/editors/forms.py" line="422" />
            <source>Chữ ký</source>
            <translation>Chữ ký</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="426" />
            <source>(không)</source>
            <translation>(không)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="426" />
            <source>TM. (thay mặt tập thể)</source>
            <translation>TM. (thay mặt tập thể)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="426" />
            <source>KT. (ký thay)</source>
            <translation>KT. (ký thay)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="426" />
            <source>Q. (quyền)</source>
            <translation>Q. (quyền)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="426" />
            <source>TL. (thừa lệnh)</source>
            <translation>TL. (thừa lệnh)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="426" />
            <source>TUQ. (thừa ủy quyền)</source>
            <translation>TUQ. (thừa ủy quyền)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="427" />
            <source>Quyền hạn ký:</source>
            <translation>Quyền hạn ký:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="429" />
            <source>với TM.: tên tập thể, ví dụ ỦY BAN NHÂN DÂN</source>
            <translation>với TM.: tên tập thể, ví dụ ỦY BAN NHÂN DÂN</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="430" />
            <source>Tập thể:</source>
            <translation>Tập thể:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="432" />
            <source>Mỗi dòng một chức vụ, ví dụ:
CHỦ TỊCH
PHÓ CHỦ TỊCH
(cấp phó ký thay mặt tập thể: chọn TM., dòng đầu “KT. CHỦ TỊCH”)</source>
            <translation>Mỗi dòng một chức vụ, ví dụ:
CHỦ TỊCH
PHÓ CHỦ TỊCH
(cấp phó ký thay mặt tập thể: chọn TM., dòng đầu “KT. CHỦ TỊCH”)</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="434" />
            <source>Chức vụ (mỗi dòng một dòng in):</source>
            <translation>Chức vụ (mỗi dòng một dòng in):</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="436" />
            <source>Họ và tên:</source>
            <translation>Họ và tên:</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="438" />
            <source>Khối chữ ký khi in:</source>
            <translation>Khối chữ ký khi in:</translation>
        </message>
        <message>
            <source>với TM. (hoặc KT., Q. thay mặt tập thể): tên tập thể, ví dụ ỦY BAN NHÂN DÂN</source>
            <translation type="vanished">với TM. (hoặc KT., Q. thay mặt tập thể): tên tập thể, ví dụ ỦY BAN NHÂN DÂN</translation>
        </message>
        <message>
            <source>Mỗi dòng một chức vụ, ví dụ:
CHỦ TỊCH
PHÓ CHỦ TỊCH</source>
            <translation type="vanished">Mỗi dòng một chức vụ, ví dụ:
CHỦ TỊCH
PHÓ CHỦ TỊCH</translation>
        </message>
    </context>
    <context>
        <name>SignersOverview</name>
        <message>
            <location filename="../gui/editors/forms.py" line="494" />
            <source>Chữ ký</source>
            <translation>Chữ ký</translation>
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="503" />
            <source>Chọn một khối chữ ký bên trái để sửa; Ctrl+Enter thêm khối mới.</source>
            <translation>Chọn một khối chữ ký bên trái để sửa; Ctrl+Enter thêm khối mới.</translation>
        </message>
    </context>
    <context>
        <name>Spell</name>
        <message>
            <location filename="../gui/spell.py" line="241" />
            <source>(không có gợi ý)</source>
            <translation>(không có gợi ý)</translation>
        </message>
        <message>
            <location filename="../gui/spell.py" line="244" />
            <source>Thêm vào từ điển cá nhân</source>
            <translation>Thêm vào từ điển cá nhân</translation>
        </message>
        <message>
            <location filename="../gui/spell.py" line="247" />
            <source>Bỏ qua</source>
            <translation>Bỏ qua</translation>
        </message>
        <message>
            <location filename="../gui/spell.py" line="325" />
            <location filename="../gui/spell.py" line="348" />
            <location filename="../gui/spell.py" line="388" />
            <source>Từ điển cá nhân</source>
            <translation>Từ điển cá nhân</translation>
        </message>
        <message>
            <location filename="../gui/spell.py" line="351" />
            <source>Các từ kiểm tra chính tả coi là đúng: tên cơ quan, từ viết tắt, tên riêng… (không phân biệt chữ hoa, chữ thường). Lưu tại: %1</source>
            <translation>Các từ kiểm tra chính tả coi là đúng: tên cơ quan, từ viết tắt, tên riêng… (không phân biệt chữ hoa, chữ thường). Lưu tại: %1</translation>
        </message>
        <message>
            <location filename="../gui/spell.py" line="358" />
            <source>Từ mới, ví dụ: iGate</source>
            <translation>Từ mới, ví dụ: iGate</translation>
        </message>
        <message>
            <location filename="../gui/spell.py" line="361" />
            <source>Thêm</source>
            <translation>Thêm</translation>
        </message>
        <message>
            <location filename="../gui/spell.py" line="368" />
            <source>Xóa từ đã chọn</source>
            <translation>Xóa từ đã chọn</translation>
        </message>
        <message>
            <location filename="../gui/spell.py" line="373" />
            <source>Đóng</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <location filename="../gui/spell.py" line="416" />
            <source>&amp;Kiểm tra chính tả</source>
            <translation>&amp;Kiểm tra chính tả</translation>
        </message>
        <message>
            <location filename="../gui/spell.py" line="419" />
            <source>Gạch chân đỏ các từ viết sai chính tả tiếng Việt; nhấn chuột phải vào từ để xem gợi ý.</source>
            <translation>Gạch chân đỏ các từ viết sai chính tả tiếng Việt; nhấn chuột phải vào từ để xem gợi ý.</translation>
        </message>
        <message>
            <location filename="../gui/spell.py" line="423" />
            <source>Từ điển cá &amp;nhân…</source>
            <translation>Từ điển cá &amp;nhân…</translation>
        </message>
        <message>
            <location filename="../gui/spell.py" line="424" />
            <source>Xem, thêm, xóa các từ của từ điển cá nhân (tên cơ quan, từ viết tắt).</source>
            <translation>Xem, thêm, xóa các từ của từ điển cá nhân (tên cơ quan, từ viết tắt).</translation>
        </message>
    </context>
    <context>
        <name>TextTools</name>
        <message>
            <location filename="../gui/text_tools.py" line="24" />
            <source>Thống nhất cách đặt &amp;dấu thanh…</source>
            <translation>Thống nhất cách đặt &amp;dấu thanh…</translation>
        </message>
        <message>
            <location filename="../gui/text_tools.py" line="25" />
            <source>Viết cả kế hoạch theo một kiểu đặt dấu thanh: kiểu cũ (hòa, Ủy ban, thúy) hoặc kiểu mới (hoà, Uỷ ban, thuý); hoàn tác được bằng Ctrl+Z.</source>
            <translation>Viết cả kế hoạch theo một kiểu đặt dấu thanh: kiểu cũ (hòa, Ủy ban, thúy) hoặc kiểu mới (hoà, Uỷ ban, thuý); hoàn tác được bằng Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../gui/text_tools.py" line="42" />
            <source>Thống nhất cách đặt dấu thanh</source>
            <translation>Thống nhất cách đặt dấu thanh</translation>
        </message>
        <message>
            <location filename="../gui/text_tools.py" line="44" />
            <source>Trong kế hoạch có %1 từ đặt dấu kiểu cũ và %2 từ kiểu mới. Chọn kiểu cơ quan dùng; chỉ vị trí dấu thanh thay đổi, chữ đậm và nghiêng giữ nguyên.</source>
            <translation>Trong kế hoạch có %1 từ đặt dấu kiểu cũ và %2 từ kiểu mới. Chọn kiểu cơ quan dùng; chỉ vị trí dấu thanh thay đổi, chữ đậm và nghiêng giữ nguyên.</translation>
        </message>
        <message>
            <location filename="../gui/text_tools.py" line="49" />
            <source>Kiểu cũ: hòa, khỏe, thúy, Ủy ban</source>
            <translation>Kiểu cũ: hòa, khỏe, thúy, Ủy ban</translation>
        </message>
        <message>
            <location filename="../gui/text_tools.py" line="50" />
            <source>Kiểu mới: hoà, khoẻ, thuý, Uỷ ban</source>
            <translation>Kiểu mới: hoà, khoẻ, thuý, Uỷ ban</translation>
        </message>
        <message>
            <location filename="../gui/text_tools.py" line="56" />
            <source>Ghi nhớ kiểu này cho cơ quan (Tệp → Cài đặt)</source>
            <translation>Ghi nhớ kiểu này cho cơ quan (Tệp → Cài đặt)</translation>
        </message>
        <message>
            <location filename="../gui/text_tools.py" line="60" />
            <source>Áp dụng</source>
            <translation>Áp dụng</translation>
        </message>
        <message>
            <location filename="../gui/text_tools.py" line="61" />
            <source>Hủy</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../gui/text_tools.py" line="96" />
            <source>Đã đổi %1 từ sang kiểu đặt dấu %2. Ctrl+Z để hoàn tác.</source>
            <translation>Đã đổi %1 từ sang kiểu đặt dấu %2. Ctrl+Z để hoàn tác.</translation>
        </message>
        <message>
            <location filename="../gui/text_tools.py" line="98" />
            <source>cũ</source>
            <translation>cũ</translation>
        </message>
        <message>
            <location filename="../gui/text_tools.py" line="98" />
            <source>mới</source>
            <translation>mới</translation>
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <location filename="../gui/calendar/views.py" line="168" />
            <source>Tuần trước</source>
            <translation>Tuần trước</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="169" />
            <source>Tuần sau</source>
            <translation>Tuần sau</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="170" />
            <source>Tuần có ngày hôm nay</source>
            <translation>Tuần có ngày hôm nay</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="171" />
            <source>Nhiệm vụ</source>
            <translation>Nhiệm vụ</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="171" />
            <source>Cơ quan chủ trì</source>
            <translation>Cơ quan chủ trì</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="171" />
            <source>Trạng thái</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="190" />
            <source>{n} việc đến hạn</source>
            <translation>{n} việc đến hạn</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="191" />
            <source>không có việc đến hạn</source>
            <translation>không có việc đến hạn</translation>
        </message>
        <message>
            <location filename="../gui/calendar/views.py" line="193" />
            <source>hôm nay</source>
            <translation>hôm nay</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../gui/welcome.py" line="54" />
            <source>Kế hoạch mới từ mẫu…</source>
            <translation>Kế hoạch mới từ mẫu…</translation>
        </message>
        <message>
            <location filename="../gui/welcome.py" line="55" />
            <source>Tệp → Mới từ mẫu…: PAPI, PAR INDEX, SIPAS hoặc trống; điền sẵn cơ quan của mình</source>
            <translation>Tệp → Mới từ mẫu…: PAPI, PAR INDEX, SIPAS hoặc trống; điền sẵn cơ quan của mình</translation>
        </message>
        <message>
            <location filename="../gui/welcome.py" line="56" />
            <source>Mở kế hoạch…</source>
            <translation>Mở kế hoạch…</translation>
        </message>
        <message>
            <location filename="../gui/welcome.py" line="56" />
            <source>Tệp → Mở…: tệp .sqlite, hoặc tệp .zip nhận qua thư</source>
            <translation>Tệp → Mở…: tệp .sqlite, hoặc tệp .zip nhận qua thư</translation>
        </message>
        <message>
            <location filename="../gui/welcome.py" line="57" />
            <source>Nhập từ Word…</source>
            <translation>Nhập từ Word…</translation>
        </message>
        <message>
            <location filename="../gui/welcome.py" line="57" />
            <source>Tệp → Nhập từ Word (.docx)…: lập kế hoạch từ một văn bản đã có</source>
            <translation>Tệp → Nhập từ Word (.docx)…: lập kế hoạch từ một văn bản đã có</translation>
        </message>
        <message>
            <location filename="../gui/welcome.py" line="59" />
            <source>Mở kế hoạch mẫu để xem thử</source>
            <translation>Mở kế hoạch mẫu để xem thử</translation>
        </message>
        <message>
            <location filename="../gui/welcome.py" line="60" />
            <source>Bản sao của kế hoạch mẫu năm 2021 (huyện Vị Xuyên); tệp mẫu không bị sửa</source>
            <translation>Bản sao của kế hoạch mẫu năm 2021 (huyện Vị Xuyên); tệp mẫu không bị sửa</translation>
        </message>
        <message>
            <location filename="../gui/welcome.py" line="82" />
            <source>Mở gần đây</source>
            <translation>Mở gần đây</translation>
        </message>
        <message>
            <location filename="../gui/welcome.py" line="89" />
            <source>(chưa có tệp nào)</source>
            <translation>(chưa có tệp nào)</translation>
        </message>
        <message>
            <location filename="../gui/welcome.py" line="107" />
            <source>(không còn tệp này ở đây)</source>
            <translation>(không còn tệp này ở đây)</translation>
        </message>
        <message>
            <source>PAPI, PAR INDEX, SIPAS hoặc trống; điền sẵn cơ quan của mình</source>
            <translation type="vanished">PAPI, PAR INDEX, SIPAS hoặc trống; điền sẵn cơ quan của mình</translation>
        </message>
        <message>
            <source>Tệp .sqlite, hoặc tệp .zip nhận qua thư</source>
            <translation type="vanished">Tệp .sqlite, hoặc tệp .zip nhận qua thư</translation>
        </message>
        <message>
            <source>Lập kế hoạch từ một văn bản .docx đã có</source>
            <translation type="vanished">Lập kế hoạch từ một văn bản .docx đã có</translation>
        </message>
    </context>
    <context>
        <name>_PeriodView</name>
        <message>
            <location filename="../gui/calendar/views.py" line="58" />
            <source>Hôm nay</source>
            <translation>Hôm nay</translation>
        </message>
    </context>
</TS>
