; Inno Setup 6: the Windows installer around the one-folder app in dist\supervisor-app.
; Built by installers\installer.py, which passes AppVersion, SourceDir, OutputDir, OutputName
; and IconFile. It installs for the current user only, without administrator rights, into
; %LOCALAPPDATA%\Programs\Supervisor App, with a Start-menu entry and an uninstaller.
; Uninstalling removes the program only: vaults, settings and logs live in the user's data
; folders and stay, as a user's documents do.

#ifndef AppVersion
  #error Pass /DAppVersion=..., /DSourceDir=..., /DOutputDir=..., /DOutputName=... and /DIconFile=...
#endif

[Setup]
; One id for every version, so a new version replaces the old one in place.
AppId={{9E0D16FA-B20F-48D8-B0E1-BEF6A345A771}
AppName=Supervisor App
AppVersion={#AppVersion}
AppVerName=Supervisor App {#AppVersion}
AppPublisher=Supervisor App
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\Supervisor App
DisableProgramGroupPage=yes
; Per user: {autopf} is then %LOCALAPPDATA%\Programs and {autoprograms} the user's Start menu.
PrivilegesRequired=lowest
ArchitecturesAllowed=x64
ArchitecturesInstallIn64BitMode=x64
OutputDir={#OutputDir}
OutputBaseFilename={#OutputName}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\supervisor-app.exe
UninstallDisplayName=Supervisor App {#AppVersion}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; The app must not run while its files are replaced or removed.
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Supervisor App"; Filename: "{app}\supervisor-app.exe"
Name: "{autodesktop}\Supervisor App"; Filename: "{app}\supervisor-app.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\supervisor-app.exe"; Description: "{cm:LaunchProgram,Supervisor App}"; Flags: nowait postinstall skipifsilent
