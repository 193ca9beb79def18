; Inno Setup 6 script for Kế hoạch — per-user install without administrator rights.
;
;   1. Build the bundle on Windows:   .venv\Scripts\python installer\build.py
;   2. Compile this script:           "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" installer\kehoach.iss
;      (or: .venv\Scripts\python installer\build.py --installer)
;   Output: dist\installer\KeHoach-Setup-<version>.exe
;
; Choices (see installer/README.md):
; - PrivilegesRequired=lowest: installs into %LOCALAPPDATA%\Programs\KeHoach and HKCU without admin rights;
;   PrivilegesRequiredOverridesAllowed=dialog offers "install for all users" when the clerk may elevate.
; - Plan files are ordinary .sqlite files.  We do NOT take over .sqlite as the default program (other
;   programs use it); we register a ProgID "KeHoach.Plan" and add it to .sqlite's "Open with" list
;   (OpenWithProgids), so right-click → Open with → Kế hoạch works and the clerk may choose it as default.
; - Uninstall removes the program folder only; plans, settings (%APPDATA%\KeHoach) and backups are kept.
; - Vietnamese is the installer's first language.  Vietnamese.isl is one of Inno Setup's *unofficial*
;   translations (Files\Languages\Unofficial in Inno Setup's source): it is taken from the compiler's
;   Languages folder when it is there, else from beside this script, where the Windows workflow
;   (.github/workflows/windows.yml) puts it.
; - Windows 7 / 8 / 8.1: Qt 6 does not run there.  MinVersion lets Setup itself start on Windows 7 SP1 so
;   that InitializeSetup (below) can say so in the clerk's language, with what to do, instead of the
;   program crashing at its first start after a "successful" install.

#define AppName "Kế hoạch"
#define AppExeName "kehoach.exe"
; build.py passes /DAppVersion=<the version in pyproject.toml>
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppPublisher "Kế hoạch"
#define AppId "{{6B7A2C1E-4C55-4E0B-9A51-7D3E1F0B8A21}"
#ifndef ViMessages
  #if FileExists(AddBackslash(CompilerPath) + "Languages\Vietnamese.isl")
    #define ViMessages "compiler:Languages\Vietnamese.isl"
  #else
    #define ViMessages "Vietnamese.isl"
  #endif
#endif

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\KeHoach
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
UsedUserAreasWarning=no
OutputDir=..\dist\installer
OutputBaseFilename=KeHoach-Setup-{#AppVersion}
SetupIconFile=..\resources\icons\kehoach.ico
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=6.1sp1
ChangesAssociations=yes
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "vi"; MessagesFile: "{#ViMessages}"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vi.DesktopIcon=Tạo biểu tượng trên màn hình
en.DesktopIcon=Create a desktop shortcut
vi.AssocOpenWith=Thêm “Kế hoạch” vào mục “Mở bằng” của tệp .sqlite
en.AssocOpenWith=Add “Kế hoạch” to the “Open with” list of .sqlite files
vi.Portable=Bản mang theo (lưu cài đặt trong thư mục chương trình)
en.Portable=Portable (keep the settings in the program folder)
vi.PlanFile=Tệp kế hoạch
en.PlanFile=Plan file
vi.LaunchApp=Mở chương trình Kế hoạch
en.LaunchApp=Start Kế hoạch
vi.UserGuide=Hướng dẫn sử dụng
en.UserGuide=User guide
vi.OldWindows=Máy tính này đang chạy Windows %1. Chương trình Kế hoạch cần Windows 10 hoặc Windows 11 (64-bit): thư viện giao diện Qt 6 mà chương trình dùng không chạy trên Windows 7, 8 và 8.1, nên nếu cài vào đây chương trình sẽ không mở được.%n%nCách làm:%n• Nâng cấp máy lên Windows 10 hoặc 11 (hỏi bộ phận công nghệ thông tin của cơ quan), hoặc%n• Cài Kế hoạch trên một máy khác chạy Windows 10/11 và chép tệp kế hoạch (.sqlite) sang bằng USB hoặc thư điện tử — tệp dùng được trên mọi máy.%n%nChưa có gì được cài đặt hay thay đổi trên máy này.
en.OldWindows=This computer runs Windows %1. Kế hoạch needs Windows 10 or Windows 11 (64-bit): the Qt 6 interface library it uses does not run on Windows 7, 8 or 8.1, so installed here the program would not start.%n%nWhat to do:%n• Upgrade this computer to Windows 10 or 11 (ask your office's IT staff), or%n• Install Kế hoạch on another computer with Windows 10/11 and copy the plan file (.sqlite) across by USB stick or email — the file works on any computer.%n%nNothing has been installed or changed on this computer.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked
Name: "openwith"; Description: "{cm:AssocOpenWith}"
Name: "portable"; Description: "{cm:Portable}"; Flags: unchecked

[Files]
; the whole PyInstaller one-folder bundle
Source: "..\dist\kehoach\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; portable mode marker (settings then live beside kehoach.exe)
Source: "portable.txt"; DestDir: "{app}"; Tasks: portable; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; IconFilename: "{app}\_internal\resources\icons\kehoach.ico"
Name: "{autoprograms}\{#AppName} — {cm:UserGuide}"; Filename: "{app}\_internal\resources\help\index.vi.html"; Languages: vi
Name: "{autoprograms}\{#AppName} — {cm:UserGuide}"; Filename: "{app}\_internal\resources\help\index.en.html"; Languages: en
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; IconFilename: "{app}\_internal\resources\icons\kehoach.ico"; Tasks: desktopicon

[Registry]
; ProgID for plan files (HKCU when per-user, HKLM when installed for all users: HKA picks it)
Root: HKA; Subkey: "Software\Classes\KeHoach.Plan"; ValueType: string; ValueName: ""; ValueData: "{cm:PlanFile}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\KeHoach.Plan\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\_internal\resources\icons\kehoach.ico"; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\KeHoach.Plan\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""; Tasks: openwith
; "Open with" entry for .sqlite — never replaces the default program of .sqlite
Root: HKA; Subkey: "Software\Classes\.sqlite\OpenWithProgids"; ValueType: string; ValueName: "KeHoach.Plan"; ValueData: ""; Flags: uninsdeletevalue; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".sqlite"; ValueData: ""; Tasks: openwith
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""; Tasks: openwith

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the program itself wrote inside its folder; plans and %APPDATA%\KeHoach are left alone
Type: files; Name: "{app}\settings.json.bad"
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

; Note: no [UninstallDelete] entry touches {userappdata}\KeHoach, {localappdata}\KeHoach (backups,
; scratch copies, logs) or any .sqlite file: uninstalling keeps every plan and the settings.
; In portable mode settings.json sits in {app} and is also kept (it was not installed by Setup).

[Code]
// Qt 6 needs Windows 10 (version 10.0) or later.  Say so before anything is installed (Setup itself
// runs from Windows 7 SP1 on: MinVersion above), with what to do, in the language chosen for Setup.
function WindowsName(Major, Minor: Cardinal): String;
begin
  if (Major = 6) and (Minor = 1) then
    Result := '7'
  else if (Major = 6) and (Minor = 2) then
    Result := '8'
  else if (Major = 6) and (Minor = 3) then
    Result := '8.1'
  else
    Result := IntToStr(Major) + '.' + IntToStr(Minor);
end;

function InitializeSetup(): Boolean;
var
  Version: TWindowsVersion;
begin
  GetWindowsVersionEx(Version);
  Result := Version.Major >= 10;
  if not Result then
    SuppressibleMsgBox(FmtMessage(CustomMessage('OldWindows'), [WindowsName(Version.Major, Version.Minor)]),
                       mbCriticalError, MB_OK, IDOK);
end;
