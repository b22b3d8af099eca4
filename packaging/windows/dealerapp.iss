; Inno Setup script for the Windows installer of dealerapp.
; Build the folder first (python packaging\build.py), then:
;     iscc /DAppVersion=0.1.0 packaging\windows\dealerapp.iss
; It installs per user (no administrator needed), adds Start menu entries for the
; window, and puts dealerapp-cli.exe (the commands) beside it. Written here, built
; only by .github/workflows/bundles.yml: this project's own machine has no Windows.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C3B7A4E-1D0F-4B9E-9C8A-2F5D0E7A1B42}
AppName=dealerapp
AppVersion={#AppVersion}
AppPublisher=dealerapp
AppComments=Allocations, waitlists and customer letters for a car there is not enough of
LicenseFile=..\..\LICENSE
DefaultDirName={autopf}\dealerapp
DefaultGroupName=dealerapp
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=dealerapp-{#AppVersion}-windows-setup
SetupIconFile=..\..\resources\icons\dealerapp.ico
UninstallDisplayIcon={app}\dealerapp.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\dealerapp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\dealerapp"; Filename: "{app}\dealerapp.exe"
Name: "{group}\dealerapp with the demo data"; Filename: "{app}\dealerapp.exe"; Parameters: "--with-demo"
Name: "{group}\{cm:UninstallProgram,dealerapp}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\dealerapp"; Filename: "{app}\dealerapp.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\dealerapp.exe"; Description: "{cm:LaunchProgram,dealerapp}"; Flags: nowait postinstall skipifsilent
