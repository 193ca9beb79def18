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
; - Vietnamese is the installer's first language (Languages\Vietnamese.isl ships with Inno Setup 6.1+;
;   if your copy lacks it, take it from the Inno Setup translations page and put it beside this script).

#define AppName "Kế hoạch"
#define AppExeName "kehoach.exe"
#define AppVersion "0.1.0"
#define AppPublisher "Kế hoạch"
#define AppId "{{6B7A2C1E-4C55-4E0B-9A51-7D3E1F0B8A21}"

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
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"
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
