"""Build and check the platform installer: Windows setup, macOS disk image, Linux archive.

Run after ``uv run tasks.py package`` (which leaves the bundle in dist/), on the system the
installer is for, as ``uv run tasks.py installer`` and ``uv run tasks.py installer-check``:

- Windows: an Inno Setup installer, ``supervisor-app-VERSION-windows-x64-setup.exe``: per user,
  without administrator rights, into %LOCALAPPDATA%/Programs, with a Start-menu entry and an
  uninstaller (installers/windows/supervisor-app.iss);
- macOS: ``supervisor-app-VERSION-macos-ARCH.dmg`` holding the app and a link to Applications;
- Linux: ``supervisor-app-VERSION-linux-ARCH.tar.gz`` of the app's folder.

``check`` installs (or unpacks) the installer as a user would, somewhere it removes afterwards,
and runs the installed app's ``--self-test`` from there; on Windows it also uninstalls again
and checks that the program and its Start-menu entry are gone.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from supervisor_app import APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
ISS = ROOT / "installers" / "windows" / "supervisor-app.iss"
MB = 1024 * 1024
UNINSTALL_WAIT_SECONDS = 120


def machine() -> str:
    """The architecture in the file name: x86_64, arm64, x64."""
    name = platform.machine().lower()
    return {"amd64": "x64", "aarch64": "arm64"}.get(name, name)


def folder_size(path: Path) -> int:
    """Bytes in every file below path (links not followed)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def run(*command: str | Path, cwd: Path | None = None) -> None:
    """Run a command, echoed first; stop with its exit code if it fails."""
    args = [str(part) for part in command]
    print("+", " ".join(args), flush=True)
    result = subprocess.run(args, cwd=cwd, check=False)
    if result.returncode != 0:
        raise SystemExit(result.returncode)


def report(bundle: Path, installer: Path) -> None:
    """The sizes the README quotes, as the workflow's log shows them."""
    print(
        f"Bundle size ({sys.platform}): {folder_size(bundle) / MB:.0f} MB unpacked; "
        f"{installer.name}: {installer.stat().st_size / MB:.0f} MB",
        flush=True,
    )


# --- Linux --------------------------------------------------------------------------------------


def linux_archive() -> Path:
    """dist/supervisor-app-VERSION-linux-ARCH.tar.gz."""
    return DIST / f"{APP_ID}-{__version__}-linux-{machine()}.tar.gz"


def build_linux() -> Path:
    """Archive the bundle's folder under a versioned top folder."""
    bundle = DIST / APP_ID
    target = linux_archive()
    with tarfile.open(target, "w:gz") as archive:
        archive.add(bundle, arcname=f"{APP_ID}-{__version__}")
    report(bundle, target)
    return target


def check_linux(work: Path) -> None:
    """Unpack the archive as a user would and self-test the unpacked app."""
    with tarfile.open(linux_archive()) as archive:
        archive.extractall(work, filter="tar")
    run(work / f"{APP_ID}-{__version__}" / APP_ID, "--self-test")


# --- macOS --------------------------------------------------------------------------------------


def mac_image() -> Path:
    """dist/supervisor-app-VERSION-macos-ARCH.dmg."""
    return DIST / f"{APP_ID}-{__version__}-macos-{machine()}.dmg"


def build_mac() -> Path:
    """A compressed disk image with the app and a link to /Applications to drag it onto."""
    app = DIST / f"{APP_NAME}.app"
    target = mac_image()
    target.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory(prefix="dmg-") as tmp:
        stage = Path(tmp) / APP_NAME
        stage.mkdir()
        # ditto keeps the bundle's symlinks, permissions and signatures as they are.
        run("ditto", app, stage / app.name)
        (stage / "Applications").symlink_to("/Applications")
        run("hdiutil", "create", "-volname", f"{APP_NAME} {__version__}", "-srcfolder", stage,
            "-fs", "HFS+", "-format", "UDZO", "-ov", target)  # fmt: skip
    report(app, target)
    return target


def check_mac(work: Path) -> None:
    """Mount the image, drag the app to an Applications folder and self-test it there."""
    mount = work / "mount"
    mount.mkdir()
    run("hdiutil", "attach", "-nobrowse", "-readonly", "-mountpoint", mount, mac_image())
    try:
        link = mount / "Applications"
        if not link.is_symlink() or os.readlink(link) != "/Applications":
            raise SystemExit("the disk image has no link to /Applications")
        applications = work / "Applications"  # the user's own, as on a machine without admin
        applications.mkdir()
        run("ditto", mount / f"{APP_NAME}.app", applications / f"{APP_NAME}.app")
    finally:
        run("hdiutil", "detach", mount)
    run(applications / f"{APP_NAME}.app" / "Contents" / "MacOS" / APP_ID, "--self-test")


# --- Windows ------------------------------------------------------------------------------------


def windows_setup() -> Path:
    """dist/supervisor-app-VERSION-windows-x64-setup.exe."""
    return DIST / f"{APP_ID}-{__version__}-windows-{machine()}-setup.exe"


def iscc() -> str:
    """Inno Setup's compiler: on PATH, or where its installer puts it."""
    found = shutil.which("iscc")
    if found:
        return found
    for base in (os.environ.get("PROGRAMFILES(X86)"), os.environ.get("PROGRAMFILES")):
        candidate = Path(base or "C:/") / "Inno Setup 6" / "ISCC.exe"
        if candidate.is_file():
            return str(candidate)
    raise SystemExit("Inno Setup 6 is not installed (choco install innosetup)")


def build_windows() -> Path:
    """Compile the Inno Setup script around the bundle's folder."""
    bundle = DIST / APP_ID
    target = windows_setup()
    run(iscc(), "/Qp", f"/DAppVersion={__version__}", f"/DSourceDir={bundle}",
        f"/DOutputDir={target.parent}", f"/DOutputName={target.stem}",
        f"/DIconFile={ROOT / 'resources' / 'icons' / 'supervisor-app.ico'}", ISS)  # fmt: skip
    report(bundle, target)
    return target


def check_windows(work: Path) -> None:
    """Install silently for this user, self-test the installed app, then uninstall."""
    programs = Path(os.environ["LOCALAPPDATA"]) / "Programs" / APP_NAME
    shortcut = (
        Path(os.environ["APPDATA"]) / "Microsoft/Windows/Start Menu/Programs" / f"{APP_NAME}.lnk"
    )
    log = work / "install.log"
    run(windows_setup(), "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART", f"/LOG={log}")
    if not shortcut.is_file():
        raise SystemExit(f"no Start-menu entry after installing: {shortcut}")
    run(programs / f"{APP_ID}-cli.exe", "--self-test")
    uninstaller = programs / "unins000.exe"
    run(uninstaller, "/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART")
    # The uninstaller hands over to a copy of itself and returns at once: wait for it to finish.
    deadline = time.monotonic() + UNINSTALL_WAIT_SECONDS
    while (programs / f"{APP_ID}.exe").exists() or shortcut.exists():
        if time.monotonic() > deadline:
            raise SystemExit("the uninstaller left the program or its Start-menu entry behind")
        time.sleep(1)
    print(f"Installed in {programs}, self-tested, uninstalled.", flush=True)


# --- the command line ---------------------------------------------------------------------------


def main(argv: list[str]) -> int:
    """``build`` or ``check`` this system's installer."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=["build", "check"])
    args = parser.parse_args(argv)
    if sys.platform == "win32":
        build, check = build_windows, check_windows
    elif sys.platform == "darwin":
        build, check = build_mac, check_mac
    else:
        build, check = build_linux, check_linux
    if args.action == "build":
        print(f"Built {build()}")
    else:
        with tempfile.TemporaryDirectory(prefix="supervisor-app-install-") as tmp:
            check(Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
