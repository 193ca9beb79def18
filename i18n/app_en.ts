<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
    <context>
        <name>AgendaView</name>
        <message>
            <location filename="../gui/calendar/view.py" line="234" />
            <source>Hạn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="234" />
            <source>Nhiệm vụ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="234" />
            <source>Chủ trì</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="234" />
            <source>Trạng thái</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="237" />
            <source>Cơ quan:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="239" />
            <source>Phụ lục:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="260" />
            <source>Tất cả</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="296" />
            <source>Quá hạn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="296" />
            <source>Tuần này</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="296" />
            <source>30 ngày tới</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppendixEditor</name>
        <message>
            <location filename="../gui/editors/appendix.py" line="55" />
            <source>Gõ tên cơ quan; nhiều cơ quan cách nhau bằng dấu ;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="202" />
            <source>Tên phụ lục</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="206" />
            <source>Đánh số nhóm:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="209" />
            <source>I, II, III</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="209" />
            <source>A, B, C</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="209" />
            <source>1, 2, 3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="211" />
            <source>Đánh số nhiệm vụ:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="214" />
            <source>1, 2, 3… liên tục</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="214" />
            <source>1, 2, 3… theo từng nhóm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="214" />
            <source>1.1, 1.2… theo nhóm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="226" />
            <source>+ Dòng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="226" />
            <source>Thêm nhiệm vụ dưới dòng đang chọn (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="227" />
            <source>+ Nhóm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="227" />
            <source>Thêm dòng nhóm (Ctrl+Shift+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="228" />
            <source>Xóa dòng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="228" />
            <source>Xóa các dòng đang chọn (Ctrl+Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="229" />
            <source>Chuyển lên (Alt+↑)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="230" />
            <source>Chuyển xuống (Alt+↓)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="231" />
            <source>+ Cột</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="231" />
            <source>Thêm cột bên phải cột đang chọn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="236" />
            <source>Nhấp đúp hoặc gõ để sửa ô; Enter lưu, Shift+Enter xuống dòng trong ô; Ctrl+V dán khối dòng từ Excel; nhấp đúp tên cột để đổi tên.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="408" />
            <location filename="../gui/editors/appendix.py" line="412" />
            <location filename="../gui/editors/appendix.py" line="496" />
            <source>Không thể di chuyển thêm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="435" />
            <source>Không thể đổi cấp thêm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="461" />
            <source>Thêm cột bên phải</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="463" />
            <source>Đổi tên cột…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="464" />
            <source>Chuyển cột sang trái</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="465" />
            <source>Chuyển cột sang phải</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="467" />
            <source>Xóa cột</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="475" />
            <source>Thêm cột</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="475" />
            <location filename="../gui/editors/appendix.py" line="486" />
            <source>Tên cột:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/appendix.py" line="486" />
            <source>Đổi tên cột</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppendixModel</name>
        <message>
            <location filename="../gui/models/appendix_model.py" line="112" />
            <source>Lưu ý khi nhập: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/models/appendix_model.py" line="116" />
            <source>Cơ quan: </source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <location filename="../gui/calendar/view.py" line="92" />
            <source>Hôm nay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="102" />
            <source>T2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="102" />
            <source>T3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="102" />
            <source>T4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="102" />
            <source>T5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="102" />
            <source>T6</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="102" />
            <source>T7</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="102" />
            <source>CN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="167" />
            <source>Tháng {m} năm {y}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="205" />
            <source>Ngày {d}: {n} việc đến hạn</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../gui/app.py" line="91" />
            <source>Lỗi không mong muốn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/app.py" line="94" />
            <source>Chương trình gặp lỗi không mong muốn. Các chỉnh sửa trước đó đã được ghi vào tệp và tệp vẫn nguyên vẹn; thao tác vừa rồi có thể chưa được thực hiện.
Xin gửi báo cáo dưới đây cho người hỗ trợ. Đã lưu tại: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/app.py" line="103" />
            <source>Sao chép báo cáo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/app.py" line="107" />
            <source>Đóng</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeadlineEditor</name>
        <message>
            <location filename="../gui/calendar/view.py" line="327" />
            <source>Thời hạn của nhiệm vụ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="333" />
            <source>(để trống)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="339" />
            <source>Đã kiểm tra, cách hiểu này đúng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="345" />
            <source>Ghi ngày xảy ra sự kiện</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="346" />
            <source>Như đã ghi:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="347" />
            <source>Đọc thành:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="351" />
            <source>Cách hiểu:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="359" />
            <source>Lưu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="360" />
            <source>Hủy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/calendar/view.py" line="382" />
            <source>Sự kiện: “{e}”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <location filename="../gui/document.py" line="119" />
            <source>Thêm mục</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="123" />
            <source>Xóa mục</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="126" />
            <location filename="../gui/document.py" line="136" />
            <source>Di chuyển mục</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="130" />
            <source>Lùi mục vào</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="133" />
            <source>Đưa mục ra</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="139" />
            <source>Sửa nội dung mục</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="148" />
            <source>Sửa phần đầu văn bản</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="157" />
            <source>Thêm người ký</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="163" />
            <source>Xóa người ký</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="170" />
            <location filename="../gui/document.py" line="245" />
            <source>Không thể di chuyển thêm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="174" />
            <source>Di chuyển người ký</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="186" />
            <source>Sửa người ký</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="217" />
            <source>Sửa Nơi nhận</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="231" />
            <source>Thêm phụ lục</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="238" />
            <source>Xóa phụ lục</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="249" />
            <source>Di chuyển phụ lục</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="257" />
            <source>Sửa phụ lục</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="261" />
            <location filename="../gui/document.py" line="271" />
            <source>Sửa ô</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="287" />
            <source>Thêm dòng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="290" />
            <source>Xóa dòng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="307" />
            <source>Di chuyển dòng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="319" />
            <source>Đổi loại dòng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="322" />
            <source>Thêm cột</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="325" />
            <source>Xóa cột</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="332" />
            <source>Đổi tên cột</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/document.py" line="341" />
            <source>Di chuyển cột</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormatBar</name>
        <message>
            <location filename="../gui/editors/forms.py" line="121" />
            <source>Chữ đậm (Ctrl+B)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="122" />
            <source>Chữ nghiêng (Ctrl+I)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="123" />
            <source>Dòng gạch đầu dòng “-”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="124" />
            <source>Dòng “+”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="125" />
            <source>Đoạn văn thường</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HeaderEditor</name>
        <message>
            <location filename="../gui/editors/forms.py" line="139" />
            <source>Đầu văn bản</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="145" />
            <source>(nếu có) ví dụ: UBND TỈNH HÀ GIANG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="146" />
            <source>Cơ quan chủ quản:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="148" />
            <source>Cơ quan ban hành:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="153" />
            <source>Tên dùng trong câu văn:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="156" />
            <source>Viết tắt:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="162" />
            <source>Số:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="165" />
            <source>khi ký</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="167" />
            <source>Ký hiệu:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="171" />
            <source>Loại văn bản:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="175" />
            <source>Ngày:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="180" />
            <source>để trống (ghi khi ký)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="182" />
            <source>Địa danh:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="184" />
            <source>(tùy chọn) ngày viết sẵn, ví dụ: ngày    tháng 6 năm 2021</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="185" />
            <source>Ngày ghi dạng chữ:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="187" />
            <source>Trích yếu:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="190" />
            <source>Năm/giai đoạn:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="198" />
            <source>Đoạn mở đầu (căn cứ, mục đích ban hành):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../gui/main_window.py" line="96" />
            <source>Mở một tệp kế hoạch (Ctrl+O) hoặc tạo mới từ mẫu (Ctrl+N).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="129" />
            <source>&amp;Mới từ mẫu…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="130" />
            <source>&amp;Mở…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="131" />
            <source>&amp;Lưu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="132" />
            <source>Mọi chỉnh sửa đã được lưu ngay khi gõ; Ctrl+S ghi bản làm việc về ổ USB (nếu có).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="133" />
            <source>Lưu &amp;bản sao thành…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="134" />
            <source>Xuất &amp;Word (.docx)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="135" />
            <source>Xuất &amp;PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="136" />
            <source>&amp;Nhập từ Word (.docx)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="137" />
            <source>&amp;Gộp với bản của nơi khác…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="138" />
            <source>&amp;Thoát</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="139" />
            <source>&amp;Hoàn tác</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="140" />
            <source>&amp;Làm lại</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="141" />
            <source>Thêm mục/dòng &amp;cùng cấp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="142" />
            <source>Thêm mục &amp;con / dòng nhóm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="143" />
            <source>&amp;Xóa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="144" />
            <source>Lùi &amp;vào một cấp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="145" />
            <source>Lùi &amp;ra một cấp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="146" />
            <source>Chuyển &amp;lên</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="147" />
            <source>Chuyển &amp;xuống</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="148" />
            <source>Đổi dòng nhóm ↔ nhiệm vụ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="149" />
            <source>Thêm cột…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="150" />
            <source>Thêm phụ lục</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="151" />
            <source>&amp;Lịch hạn công việc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="152" />
            <source>Việc sắp đến &amp;hạn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="153" />
            <source>&amp;Giới thiệu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="164" />
            <source>&amp;Tệp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="167" />
            <source>Mở &amp;gần đây</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="179" />
            <source>&amp;Sửa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="182" />
            <source>&amp;Cấu trúc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="186" />
            <source>&amp;Bảng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="189" />
            <source>&amp;Xem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="192" />
            <source>Trợ &amp;giúp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="194" />
            <source>Công cụ</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="198" />
            <source>Mới</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="198" />
            <source>Mở</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="198" />
            <source>Lưu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="199" />
            <source>Hoàn tác</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="199" />
            <source>Làm lại</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="200" />
            <source>+ Cùng cấp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="200" />
            <source>+ Cấp con</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="201" />
            <source>Xóa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="203" />
            <source>Lịch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="244" />
            <source>Mở tiếp?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="254" />
            <source>Lần trước chương trình đóng khi chưa ghi xong bản làm việc về ổ USB. Dùng bản làm việc (có các chỉnh sửa mới nhất)?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="270" />
            <source>Đang mở tệp…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="299" />
            <source>(đang sửa bản làm việc trên máy; Ctrl+S ghi về ổ USB)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="301" />
            <source>Đã mở</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="343" />
            <source>(chưa có)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="362" />
            <source>Mở kế hoạch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="363" />
            <source>Tệp kế hoạch (*.sqlite);;Mọi tệp (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="371" />
            <source>Đã lưu lúc %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="379" />
            <source>Lưu bản sao thành</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="380" />
            <location filename="../gui/main_window.py" line="411" />
            <source>Tệp kế hoạch (*.sqlite)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="384" />
            <source>Bản sao phải có tên khác tệp đang mở.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="385" />
            <source>Đang lưu bản sao…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="386" />
            <source>Đã lưu bản sao: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="396" />
            <location filename="../gui/main_window.py" line="406" />
            <source>Văn bản Word (*.docx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="396" />
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="397" />
            <source>Xuất</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="400" />
            <source>Đang xuất…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="401" />
            <source>Đã xuất: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="405" />
            <source>Nhập từ Word</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="409" />
            <source>Đang đọc văn bản Word…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="410" />
            <source>Lưu kế hoạch đã nhập</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="418" />
            <source>Báo cáo nhập</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="429" />
            <source>Soạn, theo dõi và chia sẻ KẾ HOẠCH theo Nghị định 30/2020/NĐ-CP.

Mọi chỉnh sửa được ghi vào tệp ngay lập tức; Ctrl+Z để hoàn tác.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="497" />
            <source>Chưa có lịch hạn công việc trong phiên bản này.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="503" />
            <source>Đã lưu vào tệp lúc %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/main_window.py" line="620" />
            <source>Đã xóa. Ctrl+Z để hoàn tác.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewPlanDialog</name>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="16" />
            <source>Kế hoạch mới từ mẫu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="23" />
            <source>Mẫu:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="25" />
            <source>ví dụ: huyện Vị Xuyên</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="26" />
            <source>Đơn vị ban hành (UBND …):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="28" />
            <source>ví dụ: Vị Xuyên</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="29" />
            <source>Địa danh:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="31" />
            <source>Năm/giai đoạn:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="35" />
            <source>Chọn…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="38" />
            <source>Lưu tại:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="41" />
            <source>Tạo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="42" />
            <source>Hủy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="48" />
            <source>Lưu kế hoạch mới</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/dialogs/new_plan.py" line="49" />
            <source>Tệp kế hoạch (*.sqlite)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanTreeModel</name>
        <message>
            <location filename="../gui/models/tree_model.py" line="135" />
            <source>Đầu văn bản: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/models/tree_model.py" line="141" />
            <source>(chưa có tiêu đề)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/models/tree_model.py" line="148" />
            <source>Chữ ký</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/models/tree_model.py" line="156" />
            <source>Nơi nhận (%1)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecipientsEditor</name>
        <message>
            <location filename="../gui/editors/forms.py" line="482" />
            <source>Nơi nhận</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="483" />
            <source>Mỗi dòng một nơi nhận, viết như khi in (ví dụ: “- Như trên;”, “- Lưu: VT.”):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SectionEditor</name>
        <message>
            <location filename="../gui/editors/forms.py" line="295" />
            <source>Tiêu đề mục (để trống nếu mục chỉ có đoạn văn)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="308" />
            <source>Đoạn kết của mục (in sau các mục con):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="334" />
            <source>Cấp: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="335" />
            <source> — số thứ tự tự tính theo vị trí</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="346" />
            <source>Mục con: </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="348" />
            <source>Chưa có mục con (Ctrl+Shift+Enter để thêm).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignerEditor</name>
        <message>
            <location filename="../gui/editors/forms.py" line="392" />
            <source>Chữ ký</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="396" />
            <source>(không)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="396" />
            <source>TM. (thay mặt tập thể)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="396" />
            <source>KT. (ký thay)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="396" />
            <source>Q. (quyền)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="396" />
            <source>TL. (thừa lệnh)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="396" />
            <source>TUQ. (thừa ủy quyền)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="397" />
            <source>Quyền hạn ký:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="399" />
            <source>với TM.: tên tập thể, ví dụ ỦY BAN NHÂN DÂN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="400" />
            <source>Tập thể:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="402" />
            <source>Mỗi dòng một chức vụ, ví dụ:
CHỦ TỊCH
PHÓ CHỦ TỊCH</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="403" />
            <source>Chức vụ (mỗi dòng một dòng in):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="405" />
            <source>Họ và tên:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="407" />
            <source>Khối chữ ký khi in:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignersOverview</name>
        <message>
            <location filename="../gui/editors/forms.py" line="463" />
            <source>Chữ ký</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../gui/editors/forms.py" line="472" />
            <source>Chọn một khối chữ ký bên trái để sửa; Ctrl+Enter thêm khối mới.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
